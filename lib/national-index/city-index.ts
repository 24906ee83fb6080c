import "server-only";
import { unstable_cache } from "next/cache";
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { STATISTICS_TAG } from "@/lib/statistics/cache-policy";
import { yearPeriod } from "@/lib/statistics/period";
import { agencyIndex } from "./measures";
import type { IndexScore, IndicatorSetting } from "./scoring";
import { loadIndicatorSettings } from "./settings";

export { FIRST_INDEX_YEAR, indexYear } from "./year";

export type RankedAgency = { slug: string; name: string; nameEn: string | null; rank: number | null; score: IndexScore };

/**
 * Every agency's index for a year, best first (agencies without a score last, unranked).
 * Computed from the rollups agency by agency, so the result is kept in Next.js's data cache for
 * five minutes (a closed year for a day), tagged with the statistics.
 */
export async function cityIndex(year: number, now: Date): Promise<RankedAgency[]> {
  const today = localDateOf(now);
  const isOpen = `${year}-12-31` >= today;
  // The weights are part of the key: a change by the administrator shows at once, in every process.
  const weights = await loadIndicatorSettings();
  return unstable_cache(() => computeCityIndex(year, today, now, weights), ["national-index", String(year), isOpen ? today : "closed", JSON.stringify(weights)], {
    tags: [STATISTICS_TAG],
    revalidate: isOpen ? 300 : 86_400,
  })();
}

async function computeCityIndex(year: number, today: string, now: Date, weights: IndicatorSetting[]): Promise<RankedAgency[]> {
  // The agencies that existed in that year (the 2025 reform dissolved the districts on 30 June 2025).
  const agencies = await db.agency.findMany({
    where: { OR: [{ validTo: null }, { validTo: { gte: new Date(`${year}-01-01T00:00:00+07:00`) } }] },
    select: { slug: true, name: true, nameEn: true }, orderBy: { name: "asc" },
  });
  const period = yearPeriod(year, today);
  const scored: Omit<RankedAgency, "rank">[] = [];
  for (const agency of agencies) scored.push({ ...agency, score: (await agencyIndex(agency.slug, period, now, weights)).score });
  scored.sort((a, b) => (b.score.total ?? -1) - (a.score.total ?? -1) || a.name.localeCompare(b.name, "vi"));
  let rank = 0;
  return scored.map((agency) => ({ ...agency, rank: agency.score.total === null ? null : ++rank }));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){0,10}$/;

/** The agency a page of the index is about, by its slug; null for anything else. */
export async function indexAgency(slug: string): Promise<{ slug: string; name: string; nameEn: string | null } | null> {
  return SLUG.test(slug) ? db.agency.findUnique({ where: { slug }, select: { slug: true, name: true, nameEn: true } }) : null;
}
