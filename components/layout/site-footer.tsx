import Link from "next/link";
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Footer");
  const tApi = useTranslations("ApiReference");
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-5xl gap-2 px-4 py-6 text-sm">
        <p className="text-base font-semibold">{t("agency")}</p>
        <p>
          {t("hotlineLabel")}{" "}
          <a href="tel:1022" className="font-semibold">
            {t("hotline")}
          </a>{" "}
          <span className="text-muted">{t("hotlineNote")}</span>
        </p>
        <p className="text-muted">{t("dataSource")}</p>
        <ul className="flex flex-wrap gap-x-6">
          {(
            [
              ["/thong-ke", t("statisticsLink")],
              ["/thong-ke/chi-so", t("indexLink")],
              ["/du-lieu-mo", tApi("footerLink")],
            ] as const
          ).map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="inline-flex min-h-11 items-center">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
