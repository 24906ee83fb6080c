// Addresses of the public statistics pages and of their downloads. Pure. A page's period is in
// its query, with the parameters of the one statistics parser (lib/statistics/query.ts), so the
// page, its CSV/JSON files and GET /api/v1/statistics read the same address the same way.
import type { StatisticsPeriod } from "@/lib/statistics/period";
import { statisticsQueryParams, type ScopeKind } from "@/lib/statistics/query";
import type { DownloadId } from "./csv";

export const STATISTICS_PATH = "/thong-ke";
export const DOWNLOAD_PATH = "/thong-ke/tai-ve";

const SEGMENT: Record<Exclude<ScopeKind, "city">, string> = { agency: "co-quan", field: "linh-vuc", procedure: "thu-tuc" };

/** A scope as its page addresses it: the agency by slug, the field and procedure by code. */
export type PageScope = { kind: "city" } | { kind: Exclude<ScopeKind, "city">; key: string };

export function scopePath(scope: PageScope): string {
  return scope.kind === "city" ? STATISTICS_PATH : `${STATISTICS_PATH}/${SEGMENT[scope.kind]}/${encodeURIComponent(scope.key)}`;
}

/** The period's own parameters: period=month&month=2026-10, period=range&from=…&to=…. */
export function periodParams(period: Pick<StatisticsPeriod, "kind" | "value" | "from" | "to">): Record<string, string> {
  return statisticsQueryParams({ scope: { kind: "city" }, period: period as StatisticsPeriod, groupBy: "none" });
}

export function pageHref(scope: PageScope, period: Pick<StatisticsPeriod, "kind" | "value" | "from" | "to"> | null): string {
  const query = period ? new URLSearchParams(periodParams(period)).toString() : "";
  return query ? `${scopePath(scope)}?${query}` : scopePath(scope);
}

/** The address of a page's download: one CSV table, or the whole page as JSON. */
export function downloadHref(scope: PageScope, period: Pick<StatisticsPeriod, "kind" | "value" | "from" | "to">, file: { format: "csv"; table: DownloadId } | { format: "json" }): string {
  const params = new URLSearchParams();
  if (scope.kind !== "city") {
    params.set("scope", scope.kind);
    params.set(scope.kind, scope.key);
  }
  for (const [key, value] of Object.entries(periodParams(period))) params.set(key, value);
  params.set("format", file.format);
  if (file.format === "csv") params.set("table", file.table);
  return `${DOWNLOAD_PATH}?${params}`;
}
