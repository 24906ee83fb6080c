// Which pages of the national index are kept in Next's cache, and where (proxy.ts;
// docs/architecture.md, "Caching"). Pure.
//
// The ranking and an agency's index for a year are computed from the rollups; the figures behind
// them are kept five minutes (lib/national-index/city-index.ts), so the pages are too. The address
// stays the one every link uses (/thong-ke/chi-so?nam=2025, /thong-ke/chi-so/<agency>); the proxy
// rewrites it, when the query is nothing or exactly a valid year, to a page whose year is in its
// path (/thong-ke/chi-so-nam/2025/<agency>). A wrong year stays a page rendered per request, which
// says so at its field.
import { indexYear } from "./year";

export const INDEX_YEAR_SEGMENT = "chi-so-nam";

const PAGE = /^\/thong-ke\/chi-so(?:\/([a-z0-9]+(?:-[a-z0-9]+){0,10}))?$/;

export function nationalIndexPage(pathname: string, query: URLSearchParams, now: Date): string | null {
  const page = PAGE.exec(pathname);
  if (!page) return null;
  const keys = [...query.keys()];
  if (keys.length > 1 || (keys.length === 1 && keys[0] !== "nam")) return null;
  const raw = query.get("nam") ?? undefined;
  if (raw === "") return null;
  const year = indexYear(raw, now);
  if (year === null || (raw !== undefined && raw !== String(year))) return null;
  return `/thong-ke/${INDEX_YEAR_SEGMENT}/${year}${page[1] ? `/${page[1]}` : ""}`;
}
