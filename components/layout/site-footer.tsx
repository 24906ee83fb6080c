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
        <p>
          <Link href="/du-lieu-mo" className="inline-flex min-h-11 items-center">
            {tApi("footerLink")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
