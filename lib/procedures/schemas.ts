// Inputs of the public catalogue, parsed the same way wherever they come from (URL, API).
// Nothing here throws: bad input becomes a default value plus a flag the page turns into a notice.
import { z } from "zod";

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;
/** Pages beyond this are treated as "past the end" without asking the database for an offset. */
export const MAX_PAGE = 100_000;

/** National procedure code (mã TTHC), e.g. 1.001193. */
export const ZProcedureCode = z.string().regex(/^\d\.\d{6}$/);

export const LEVEL_PARAMS = { province: "PROVINCE", commune: "COMMUNE", central: "CENTRAL" } as const;
export type TLevelParam = keyof typeof LEVEL_PARAMS;
export const ONLINE_PARAMS = { full: "FULL", partial: "PARTIAL", none: "NONE" } as const;
export type TOnlineParam = keyof typeof ONLINE_PARAMS;

/** Filters whose value was not understood; the page names them in a notice. */
export type TIgnoredFilter = "field" | "level" | "agency" | "online";

type TRawParam = string | string[] | undefined;

/** A repeated parameter (?q=a&q=b) counts with its first value. */
function firstValue(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

const ZFirst = z.preprocess(firstValue, z.string().optional()).catch(undefined);

/** Field codes and agency slugs: short identifiers, checked against the database afterwards. */
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const ZRawCatalogueQuery = z.object({
  q: ZFirst,
  page: ZFirst,
  field: ZFirst,
  level: ZFirst,
  agency: ZFirst,
  online: ZFirst,
});

function parseQueryText(raw: string | undefined): { q: string | null; isQueryTruncated: boolean } {
  // Control characters never belong in a search; collapse whitespace so "  khai   sinh " matches.
  const cleaned = (raw ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  if (cleaned === "") return { q: null, isQueryTruncated: false };
  const characters = Array.from(cleaned); // by code point, so a cut never splits a character
  if (characters.length <= MAX_QUERY_LENGTH) return { q: cleaned, isQueryTruncated: false };
  return { q: characters.slice(0, MAX_QUERY_LENGTH).join("").trim(), isQueryTruncated: true };
}

function parsePage(raw: string | undefined): number {
  if (raw === undefined || !/^\s*[+-]?\d+\s*$/.test(raw)) return 1;
  const page = Number(raw);
  if (!Number.isSafeInteger(page) && page > 0) return MAX_PAGE;
  if (!(page >= 1)) return 1;
  return Math.min(page, MAX_PAGE);
}

function parseEnumParam<T extends string>(raw: string | undefined, allowed: Record<string, T>): T | null | "invalid" {
  const value = raw?.trim().toLowerCase();
  if (!value) return null;
  return Object.hasOwn(allowed, value) ? (allowed[value] as T) : "invalid";
}

function parseIdentifier(raw: string | undefined): string | null | "invalid" {
  const value = raw?.trim();
  if (!value) return null;
  return IDENTIFIER.test(value) ? value : "invalid";
}

export const ZCatalogueQuery = z
  .unknown()
  .transform((input) => {
    const parsed = ZRawCatalogueQuery.safeParse(typeof input === "object" && input !== null ? input : {});
    const raw = parsed.success ? parsed.data : {};
    const ignoredFilters: TIgnoredFilter[] = [];
    const keep = <T>(name: TIgnoredFilter, value: T | null | "invalid"): T | null => {
      if (value !== "invalid") return value;
      ignoredFilters.push(name);
      return null;
    };
    const { q, isQueryTruncated } = parseQueryText(raw.q);
    return {
      q,
      isQueryTruncated,
      page: parsePage(raw.page),
      fieldCode: keep("field", parseIdentifier(raw.field)),
      level: keep("level", parseEnumParam(raw.level, LEVEL_PARAMS)),
      agencySlug: keep("agency", parseIdentifier(raw.agency)),
      online: keep("online", parseEnumParam(raw.online, ONLINE_PARAMS)),
      ignoredFilters,
    };
  });

export type TCatalogueQuery = z.infer<typeof ZCatalogueQuery>;
export type TCatalogueSearchParams = Record<string, TRawParam>;

/** The URL parameter for a level, the reverse of LEVEL_PARAMS. */
export function levelParam(level: TCatalogueQuery["level"]): TLevelParam | undefined {
  return (Object.keys(LEVEL_PARAMS) as TLevelParam[]).find((key) => LEVEL_PARAMS[key] === level);
}

export function onlineParam(online: TCatalogueQuery["online"]): TOnlineParam | undefined {
  return (Object.keys(ONLINE_PARAMS) as TOnlineParam[]).find((key) => ONLINE_PARAMS[key] === online);
}

/**
 * Drops filter values that are well formed but name nothing in the catalogue (a field or agency
 * that does not exist), so the page can say so instead of showing an empty list without reason.
 */
export function dropUnknownFilters(
  query: TCatalogueQuery,
  known: { fieldCodes: ReadonlySet<string>; agencySlugs: ReadonlySet<string> },
): TCatalogueQuery {
  const ignoredFilters = [...query.ignoredFilters];
  let { fieldCode, agencySlug } = query;
  if (fieldCode !== null && !known.fieldCodes.has(fieldCode)) {
    ignoredFilters.push("field");
    fieldCode = null;
  }
  if (agencySlug !== null && !known.agencySlugs.has(agencySlug)) {
    ignoredFilters.push("agency");
    agencySlug = null;
  }
  return { ...query, fieldCode, agencySlug, ignoredFilters };
}
