// The national index's ranking for a year: the page rendered per request (a wrong year) and its
// cached twin (app/[locale]/(cached)/thong-ke/chi-so-nam/[year]) share it.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { cityIndex, indexYear } from "@/lib/national-index/city-index";
import { INDEX_GROUPS } from "@/lib/national-index/scoring";

export async function indexMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("NationalIndex"))("title") };
}

const points = (value: number | null, english: boolean) => (value === null ? "—" : value.toLocaleString(english ? "en-GB" : "vi-VN", { maximumFractionDigits: 2 }));

/** The national index (QĐ 766) of every agency for a year, ranked, computed live from the portal's records. */
export async function IndexRankingView({ params }: { params: Record<string, string | string[] | undefined> }) {
  const raw = typeof params.nam === "string" ? params.nam : undefined;
  const now = new Date();
  const year = indexYear(raw, now);
  const shownYear = year ?? indexYear(undefined, now)!;
  const [t, english, ranking] = await Promise.all([getTranslations("NationalIndex"), getLocale().then((l) => l === "en"), cityIndex(shownYear, now)]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <TextInput id="index-year" name="nam" label={t("year")} defaultValue={raw ?? String(shownYear)} inputMode="numeric" inputClassName="max-w-32" error={year === null ? t("yearError") : undefined} />
        <Button type="submit">{t("show")}</Button>
      </form>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-semibold">{t("caption", { year: shownYear })}</caption>
          <thead>
            <tr className="border-b-2">
              <th scope="col" className="p-2">{t("colRank")}</th>
              <th scope="col" className="p-2">{t("colAgency")}</th>
              <th scope="col" className="p-2 text-right">{t("colTotal")}</th>
              {INDEX_GROUPS.map((group) => <th key={group} scope="col" className="p-2 text-right">{t(`group_${group}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {ranking.map((agency) => (
              <tr key={agency.slug} className="border-b">
                <td className="p-2">{agency.rank ?? "—"}</td>
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/thong-ke/chi-so/${agency.slug}?nam=${shownYear}`}>{english && agency.nameEn ? agency.nameEn : agency.name}</Link>
                </th>
                <td className="p-2 text-right font-semibold">{agency.score.total === null ? t("notScored") : points(agency.score.total, english)}</td>
                {agency.score.groups.map((group) => <td key={group.group} className="p-2 text-right">{points(group.points, english)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-8 text-xl font-semibold">{t("notMeasuredHeading")}</h2>
      <p className="mt-2 max-w-3xl">{t("notMeasuredText")}</p>
    </div>
  );
}
