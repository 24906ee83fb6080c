import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { agencyDirectory } from "@/lib/statistics-pages/load-view";
import { PERIOD_PARAMETERS, type SearchParams } from "@/lib/statistics-pages/page-data";
import { scopePath } from "@/lib/statistics-pages/urls";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("StatisticsPages.agencyIndex");
  return { title: t("title") };
}

/**
 * The agencies with statistics. With ?agency=<slug> (the chooser of the city page, a plain form)
 * it sends the visitor to that agency's page, keeping the period.
 */
export default async function AgencyIndexPage({ searchParams }: Props) {
  const query = await searchParams;
  const agencies = await agencyDirectory();
  const chosen = typeof query.agency === "string" ? agencies.find((agency) => agency.slug === query.agency) : undefined;
  if (chosen) {
    const params = new URLSearchParams();
    for (const key of PERIOD_PARAMETERS) if (typeof query[key] === "string" && query[key] !== "") params.set(key, query[key]);
    redirect(`${scopePath({ kind: "agency", key: chosen.slug })}${params.size > 0 ? `?${params}` : ""}`);
  }
  const t = await getTranslations("StatisticsPages");
  const tLayout = await getTranslations("Layout");
  const locale = await getLocale();
  const levels = ["PROVINCE", "COMMUNE", "CENTRAL"].filter((level) => agencies.some((agency) => agency.level === level));
  return (
    <div className="mx-auto max-w-5xl px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ label: tLayout("home"), href: "/" }, { label: t("title"), href: "/thong-ke" }, { label: t("agencyIndex.title") }]} />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{t("agencyIndex.title")}</h1>
      <p className="mt-2">{t("agencyIndex.lead")}</p>
      {levels.map((level) => (
        <section key={level} aria-labelledby={`cap-${level}`} className="mt-8">
          <h2 id={`cap-${level}`} className="text-xl font-bold">
            {t(`agencyChooser.level.${level}` as "agencyChooser.level.COMMUNE")}
          </h2>
          <ul className="mt-3 grid gap-1 sm:grid-cols-2">
            {agencies
              .filter((agency) => agency.level === level)
              .map((agency) => (
                <li key={agency.slug}>
                  <Link href={scopePath({ kind: "agency", key: agency.slug })} className="inline-flex min-h-11 items-center">
                    {locale === "en" && agency.nameEn ? agency.nameEn : agency.name}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
