// Which catalogue addresses are kept in Next's cache, and where (proxy.ts; docs/architecture.md,
// "Caching"). Pure.
//
// Browsing the catalogue (all procedures, a field, a level, an agency, their pages) shows only what
// administrators change, so each such view is rendered once per language and kept. Its address
// stays the one every link uses (/thu-tuc?field=G09-TP&page=2); the proxy rewrites it, when the
// query is exactly as the portal writes it, to a page whose view is in its path
// (/thu-tuc/danh-muc/field%3DG09-TP%26page%3D2). A search by words, a wrong or extra parameter, or a
// page beyond the first hundred stays a page rendered per request.
import { catalogueHref } from "./catalogue-url";
import { ZCatalogueQuery } from "./schemas";

export const BROWSE_SEGMENT = "danh-muc";
/** The view of the whole catalogue's first page. */
export const WHOLE_CATALOGUE = "tat-ca";
const MAX_CACHED_PAGE = 100;

export function catalogueBrowsePage(pathname: string, query: URLSearchParams): string | null {
  if (pathname !== "/thu-tuc") return null;
  const parsed = ZCatalogueQuery.parse(Object.fromEntries(query));
  if (parsed.q || parsed.isQueryTruncated || parsed.ignoredFilters.length > 0 || parsed.page > MAX_CACHED_PAGE) return null;
  const canonical = catalogueHref(parsed, parsed.page);
  if (canonical !== (query.size > 0 ? `/thu-tuc?${query}` : "/thu-tuc")) return null;
  const view = canonical.slice("/thu-tuc?".length);
  return `/thu-tuc/${BROWSE_SEGMENT}/${view ? encodeURIComponent(view) : WHOLE_CATALOGUE}`;
}

/** The query of a cached view, from its path segment. */
export function browseQueryOf(view: string): Record<string, string> {
  return view === WHOLE_CATALOGUE ? {} : Object.fromEntries(new URLSearchParams(view));
}
