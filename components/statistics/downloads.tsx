import { useTranslations } from "next-intl";
import type { DownloadId } from "@/lib/statistics-pages/csv";

export type DownloadLink = { id: DownloadId | "json"; label: string; href: string; fileName: string };

/** Every table of the page as CSV, and the whole page as JSON, named by scope and period. */
export function Downloads({ links }: { links: DownloadLink[] }) {
  const t = useTranslations("StatisticsPages.downloads");
  return (
    <section aria-labelledby="downloads-heading" className="mt-10" data-testid="downloads">
      <h2 id="downloads-heading" className="border-b-2 border-brand-100 pb-1 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-3">{t("lead")}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.href} download={link.fileName} className="inline-flex min-h-11 items-center" data-download={link.id}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
