// One agency's national index for a year: the page rendered per request and its cached twin
// (app/[locale]/(cached)/thong-ke/chi-so-nam/[year]/[agency]) share it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localDateOf } from "@/lib/calendar/local-time";
import { indexAgency, indexYear } from "@/lib/national-index/city-index";
import { agencyIndex } from "@/lib/national-index/measures";
import { yearPeriod } from "@/lib/statistics/period";

const agencyOf = indexAgency;

export async function agencyIndexMetadata(slug: string): Promise<Metadata> {
  const agency = await agencyOf(slug);
  const t = await getTranslations("NationalIndex");
  return { title: agency ? t("titleAgency", { agency: agency.name }) : t("title") };
}

/** One agency's national index: each group and sub-indicator with its value, points and formula. */
export async function AgencyIndexView({ slug, query }: { slug: string; query: Record<string, string | string[] | undefined> }) {
  const agency = await agencyOf(slug);
  if (!agency) notFound();
  const now = new Date();
  const year = indexYear(typeof query.nam === "string" ? query.nam : undefined, now);
  if (year === null) notFound();
  const [t, english] = await Promise.all([getTranslations("NationalIndex"), getLocale().then((l) => l === "en")]);
  const { score } = await agencyIndex(agency.slug, yearPeriod(year, localDateOf(now)), now);
  const number = (value: number) => value.toLocaleString(english ? "en-GB" : "vi-VN", { maximumFractionDigits: 2 });
  const percent = (value: number) => `${(value * 100).toLocaleString(english ? "en-GB" : "vi-VN", { maximumFractionDigits: 1 })} %`;
  const name = english && agency.nameEn ? agency.nameEn : agency.name;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("titleAgency", { agency: name })}</h1>
      <p className="mt-3 text-lg font-semibold">
        {score.total === null ? t("totalNone", { year }) : t("totalLine", { total: number(score.total), earned: number(score.earned), measurable: number(score.measurable) })}
      </p>
      <p className="mt-1">{t("caption", { year })} · <Link href={`/thong-ke/chi-so?nam=${year}`}>{t("backToList")}</Link></p>
      {score.groups.map((group) => (
        <div key={group.group} className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-lg font-semibold">
              {t("groupCaption", { group: t(`group_${group.group}`), points: group.points === null ? "—" : number(group.points), max: number(group.maxPoints) })}
            </caption>
            <thead>
              <tr className="border-b-2">
                <th scope="col" className="p-2">{t("colIndicator")}</th>
                <th scope="col" className="p-2">{t("colValue")}</th>
                <th scope="col" className="p-2">{t("colPoints")}</th>
                <th scope="col" className="p-2">{t("colFormula")}</th>
              </tr>
            </thead>
            <tbody>
              {group.indicators.map((indicator) => (
                <tr key={indicator.key} className="border-b align-top">
                  <th scope="row" className="p-2 font-normal">{t(`indicator_${indicator.key}`)}</th>
                  <td className="p-2">
                    {indicator.rate === null ? t("notMeasured") : t("valueOf", { numerator: number(indicator.numerator), denominator: number(indicator.denominator), percent: percent(indicator.rate) })}
                  </td>
                  <td className="p-2 whitespace-nowrap">{t("pointsOf", { points: indicator.points === null ? "—" : number(indicator.points), max: number(indicator.maxPoints) })}</td>
                  <td className="p-2">
                    {t(`formula_${indicator.key}`)}
                    <br />
                    <span className="text-muted">{t("pointsRule", { threshold: percent(indicator.fullAt), points: number(indicator.maxPoints) })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <h2 className="mt-8 text-xl font-semibold">{t("notMeasuredHeading")}</h2>
      <p className="mt-2 max-w-3xl">{t("notMeasuredText")}</p>
    </div>
  );
}
