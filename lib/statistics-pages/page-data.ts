import "server-only";
// What a statistics page (or its download) needs from a request: the scope given by its path,
// the period read from its query by the one statistics parser, and then the view from the cache.
// Only the period's parameters are taken from the query: the scope is the path's.
import { unstable_cache } from "next/cache";
import { isAppError } from "@/lib/errors";
import { STATISTICS_TAG } from "@/lib/statistics/cache-policy";
import { parseStatisticsQuery, type FieldError, type QueryParameter, type StatisticsScope } from "@/lib/statistics/query";
import { resolveScope } from "@/lib/statistics/resolve-scope";
import { databaseIdentity } from "./database-identity";
import { agencyDirectory, loadStatisticsView } from "./load-view";
import type { PageScope } from "./urls";
import type { StatisticsView, ViewScope } from "./view";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PERIOD_PARAMETERS = ["period", "month", "quarter", "year", "from", "to"] as const;

export type StatisticsPageData =
  | { status: "notFound" }
  | { status: "invalid"; scope: ViewScope; errors: Partial<Record<QueryParameter, FieldError>> }
  | { status: "ok"; view: StatisticsView };

export function statisticsScopeOf(scope: PageScope): StatisticsScope {
  switch (scope.kind) {
    case "city":
      return { kind: "city" };
    case "agency":
      return { kind: "agency", agency: scope.key };
    case "field":
      return { kind: "field", field: scope.key };
    case "procedure":
      return { kind: "procedure", procedure: scope.key };
  }
}

/** The parser's input: the page's scope and the query's period parameters, nothing else. */
export function queryInputOf(scope: PageScope, searchParams: SearchParams): SearchParams {
  const input: SearchParams = {};
  for (const key of PERIOD_PARAMETERS) input[key] = searchParams[key];
  if (scope.kind !== "city") Object.assign(input, { scope: scope.kind, [scope.kind]: scope.key });
  return input;
}

/** The name of a scope (for a page whose period is wrong): an hour's cache, like the directory. */
const cachedScopeInfo = unstable_cache(
  async (_database: string, scope: StatisticsScope): Promise<ViewScope | null> => {
    try {
      const { info } = await resolveScope(scope);
      const slug = info.kind === "agency" ? ((await agencyDirectory()).find((agency) => agency.code === info.code)?.slug ?? null) : null;
      return { ...info, slug };
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") return null;
      throw error;
    }
  },
  ["statistics-scope-info", "v1"],
  { tags: [STATISTICS_TAG], revalidate: 60 * 60 },
);

export async function loadStatisticsPage(scope: PageScope, searchParams: SearchParams, now: Date): Promise<StatisticsPageData> {
  const parsed = parseStatisticsQuery(queryInputOf(scope, searchParams), now);
  if (!parsed.ok) {
    // A code that cannot be one (wrong shape) is "not found", like an unknown one.
    if (parsed.errors.agency || parsed.errors.field || parsed.errors.procedure || parsed.errors.scope) return { status: "notFound" };
    const info = await cachedScopeInfo(await databaseIdentity(), statisticsScopeOf(scope));
    return info ? { status: "invalid", scope: info, errors: parsed.errors } : { status: "notFound" };
  }
  const view = await loadStatisticsView(parsed.query.scope, parsed.query.period);
  return view ? { status: "ok", view } : { status: "notFound" };
}
