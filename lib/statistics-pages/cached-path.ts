// Which statistics pages are kept in Next's cache, and where (proxy.ts; docs/architecture.md,
// "Caching"). Pure.
//
// A page of a closed period (a month, quarter, year or range that ended before today) never changes
// but by maintenance, so it is rendered once per language and kept. Its address stays the one every
// link uses (/thong-ke/co-quan/bach-mai?period=month&month=2026-10); the proxy rewrites that address,
// when the query is exactly the period's own, to a page whose period is in its path
// (/thong-ke/ky/2026-10/co-quan/bach-mai), which Next can keep. Anything else (an open period, a
// wrong or extra parameter) stays a page rendered per request.
import { parseStatisticsQuery } from "@/lib/statistics/query";
import { periodParams } from "./urls";

export const CLOSED_PERIOD_SEGMENT = "ky";

const PAGE = /^\/thong-ke(?:\/(co-quan|linh-vuc|thu-tuc)\/([^/]+))?$/;
const PERIOD_PARAMETERS = new Set(["period", "month", "quarter", "year", "from", "to"]);

/** The cached page that answers a statistics address, or null when the address must stay live. */
export function closedPeriodPage(pathname: string, query: URLSearchParams, now: Date): string | null {
  const page = PAGE.exec(pathname);
  if (!page || query.size === 0) return null;
  for (const key of query.keys()) if (!PERIOD_PARAMETERS.has(key)) return null;
  const parsed = parseStatisticsQuery(query, now);
  if (!parsed.ok || parsed.query.period.isOpen) return null;
  if (new URLSearchParams(periodParams(parsed.query.period)).toString() !== query.toString()) return null;
  const scope = page[1] ? `/${page[1]}/${page[2]}` : "";
  return `/thong-ke/${CLOSED_PERIOD_SEGMENT}/${parsed.query.period.value}${scope}`;
}

/** The period's query parameters from its value in a cached page's path; null when it is none. */
export function periodQueryOf(value: string): Record<string, string> | null {
  if (/^\d{4}-\d{2}$/.test(value)) return { period: "month", month: value };
  if (/^\d{4}-Q[1-4]$/.test(value)) return { period: "quarter", quarter: value };
  if (/^\d{4}$/.test(value)) return { period: "year", year: value };
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  return range ? { period: "range", from: range[1]!, to: range[2]! } : null;
}
