import { levelParam, onlineParam, type TCatalogueQuery } from "./schemas";

/** The catalogue address for a query and page; page 1 and empty filters are left out. */
export function catalogueHref(query: Pick<TCatalogueQuery, "q" | "fieldCode" | "level" | "agencySlug" | "online">, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.fieldCode) params.set("field", query.fieldCode);
  const level = levelParam(query.level);
  if (level) params.set("level", level);
  if (query.agencySlug) params.set("agency", query.agencySlug);
  const online = onlineParam(query.online);
  if (online) params.set("online", online);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/thu-tuc?${search}` : "/thu-tuc";
}
