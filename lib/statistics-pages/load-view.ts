import "server-only";
// The data of a statistics page (and of its CSV and JSON downloads), read once per scope and
// period and then served from Next.js's data cache (docs/domain/statistics.md, "The public pages"):
// a closed period for a day, an open one for a minute, with the tags of
// lib/statistics/cache-policy.ts, so `revalidateTag("statistics")` (or ":closed", ":open") drops them
// all. The clock is read inside the cached function, so an entry says when its figures were read;
// the key is the scope and the period (whose last day with figures, `through`, moves with today
// while it is open).
import { unstable_cache } from "next/cache";
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { statisticsCachePolicy, STATISTICS_TAG } from "@/lib/statistics/cache-policy";
import type { StatisticsPeriod } from "@/lib/statistics/period";
import { processingTimeFor } from "@/lib/statistics/processing-time-for";
import type { StatisticsScope } from "@/lib/statistics/query";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { databaseIdentity } from "./database-identity";
import { breakdownsOf, trendSpanOf, type StatisticsView, type ViewGroup } from "./view";

// `database` is only part of the key (see database-identity.ts).
async function readView(_database: string, scope: StatisticsScope, period: StatisticsPeriod): Promise<StatisticsView> {
  const now = new Date();
  const parts = breakdownsOf(scope.kind);
  const trendSpan = trendSpanOf(period, localDateOf(now));
  // With groupBy "agency" the totals come with the ranking: one read less.
  const [main, fields, procedures, trend, processingTime, agencies] = await Promise.all([
    statisticsFor(scope, period, { groupBy: parts.agencies ? "agency" : "none", now }),
    parts.fields ? statisticsFor(scope, period, { groupBy: "field", now }) : null,
    parts.procedures ? statisticsFor(scope, period, { groupBy: "procedure", now }) : null,
    statisticsFor(scope, trendSpan, { groupBy: "month", now }),
    parts.processingTime ? processingTimeFor(scope, { now }) : null,
    parts.agencies || scope.kind === "agency" ? agencyDirectory() : null,
  ]);
  const slugOf = new Map((agencies ?? []).map((agency) => [agency.code, agency.slug]));
  const withSlugs = (groups: ViewGroup[]) => groups.map((group) => ({ ...group, slug: slugOf.get(group.key) ?? null }));
  return {
    scope: { ...main.scope, slug: main.scope.kind === "agency" ? (slugOf.get(main.scope.code ?? "") ?? null) : null },
    period,
    asOf: now.toISOString(),
    totals: main.totals,
    trend: { from: trendSpan.from, to: trendSpan.to, months: trend.groups },
    agencies: parts.agencies ? withSlugs(main.groups) : null,
    fields: fields?.groups ?? null,
    procedures: procedures?.groups ?? null,
    processingTime,
  };
}

// One cached function per policy (unstable_cache takes its tags and lifetime once); the key
// parts name the data's shape, to be bumped when StatisticsView changes.
function cachedFor(isOpen: boolean) {
  const policy = statisticsCachePolicy({ isOpen });
  return unstable_cache(readView, ["statistics-view", "v1", isOpen ? "open" : "closed"], { tags: policy.tags, revalidate: policy.revalidateSeconds });
}
const cachedClosed = cachedFor(false);
const cachedOpen = cachedFor(true);

/**
 * The view of a scope and period, from the cache when it holds it. Null when the agency, field or
 * procedure does not exist (the page answers "not found").
 */
export async function loadStatisticsView(scope: StatisticsScope, period: StatisticsPeriod): Promise<StatisticsView | null> {
  const cached = period.isOpen ? cachedOpen : cachedClosed;
  try {
    return await cached(await databaseIdentity(), scope, period);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export type AgencyEntry = { code: string; slug: string; name: string; nameEn: string | null; level: string };

/**
 * Every agency that implements a procedure (the agency chooser, and the slugs of the rankings'
 * links). Agencies change rarely; an hour's cache, dropped with the statistics' tag.
 */
export async function agencyDirectory(): Promise<AgencyEntry[]> {
  return cachedDirectory(await databaseIdentity());
}

const cachedDirectory = unstable_cache(
  async (_database: string): Promise<AgencyEntry[]> => {
    const agencies = await db.agency.findMany({
      where: { procedures: { some: {} } },
      select: { code: true, slug: true, name: true, nameEn: true, level: true },
    });
    const collator = new Intl.Collator("vi");
    return agencies.sort((a, b) => collator.compare(a.name, b.name));
  },
  ["statistics-agency-directory", "v1"],
  { tags: [STATISTICS_TAG], revalidate: 60 * 60 },
);
