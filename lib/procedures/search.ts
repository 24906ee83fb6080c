import "server-only";
import { Prisma, type AgencyLevel, type FeeStatus, type OnlineLevel, type PrismaClient, type TimeUnit } from "@/prisma/generated/client";
import { MAX_QUERY_LENGTH, type TCatalogueQuery } from "./schemas";

export type TProcedureSearch = Pick<TCatalogueQuery, "q" | "fieldCode" | "level" | "agencySlug" | "online" | "page"> & {
  pageSize: number;
};

export type TProcedureListItem = {
  code: string;
  name: string;
  nameEn: string | null;
  fieldName: string;
  fieldNameEn: string | null;
  level: AgencyLevel;
  timeLimitValue: number | null;
  timeLimitUnit: TimeUnit | null;
  timeLimitText: string | null;
  feeStatus: FeeStatus;
  feeVnd: number | null;
  feeText: string | null;
  onlineLevel: OnlineLevel | null;
};

export type TProcedureSearchResult = {
  items: TProcedureListItem[];
  total: number;
  /** The page shown: the one asked for, or the last one when that was past the end. */
  page: number;
  pageCount: number;
  /** The page asked for was past the last page (the last page is shown instead). */
  isPastEnd: boolean;
};

/** pg_trgm word similarity needed for a typo match ("dang ky khai sihn"); `<%` uses the GIN
 *  index with pg_trgm.word_similarity_threshold, whose default is this value. */
export const WORD_SIMILARITY_THRESHOLD = 0.6;

/** Trigram matching needs this many letters in the query: "' OR 1=1--" or "1" share trigrams
 *  of short words and digits ("or", "1.0…") with half the catalogue and would match it. */
export const MIN_LETTERS_FOR_TYPO_MATCH = 4;

function isTypoTolerant(q: string): boolean {
  return (q.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS_FOR_TYPO_MATCH;
}

/** Backslash escapes LIKE's wildcards, so "%_\" is searched for literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function whereClause(params: TProcedureSearch, q: string | null): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.is_active`];
  if (q !== null) {
    const typoMatch = isTypoTolerant(q)
      ? Prisma.sql`OR (f_search_normalize(${q}) <% p.search_text
          AND word_similarity(f_search_normalize(${q}), p.search_text) >= ${WORD_SIMILARITY_THRESHOLD})`
      : Prisma.empty;
    conditions.push(Prisma.sql`(
      p.code = ${q}
      OR p.search_text LIKE '%' || f_search_normalize(${escapeLike(q)}) || '%'
      ${typoMatch}
    )`);
  }
  if (params.fieldCode !== null) conditions.push(Prisma.sql`f.code = ${params.fieldCode}`);
  if (params.level !== null) conditions.push(Prisma.sql`p.level = ${params.level}::"AgencyLevel"`);
  if (params.agencySlug !== null) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM procedure_agency pa JOIN agency a ON a.id = pa.agency_id
      WHERE pa.procedure_id = p.id AND a.slug = ${params.agencySlug})`);
  }
  if (params.online === "NONE") conditions.push(Prisma.sql`p.online_level IS NULL`);
  else if (params.online !== null) conditions.push(Prisma.sql`p.online_level = ${params.online}::"OnlineLevel"`);
  return Prisma.join(conditions, " AND ");
}

function orderClause(q: string | null): Prisma.Sql {
  // Without a query the catalogue reads like the national one: by field, then by name.
  if (q === null) return Prisma.sql`f_search_normalize(f.name), f_search_normalize(p.name), p.code`;
  // Exact code, then the phrase itself, then the closest typo match; among equals the shortest
  // name is the general procedure ("đăng ký khai sinh" before "... có yếu tố nước ngoài").
  return Prisma.sql`
    (p.code = ${q}) DESC,
    (p.search_text LIKE '%' || f_search_normalize(${escapeLike(q)}) || '%') DESC,
    word_similarity(f_search_normalize(${q}), p.search_text) DESC,
    char_length(p.name), f_search_normalize(p.name), p.code`;
}

/**
 * The public catalogue: search (accent- and case-insensitive, typo-tolerant, by code), filters,
 * one page of results and the total. Parameterised SQL only; the caller passes its client so that
 * tests can use their own database.
 */
export async function searchProcedures(
  db: Pick<PrismaClient, "$queryRaw">,
  params: TProcedureSearch,
): Promise<TProcedureSearchResult> {
  // PostgreSQL text cannot hold NUL, and no control character belongs in a search.
  const trimmed = Array.from(params.q?.replace(/[\u0000-\u001f\u007f]/g, " ").trim() ?? "")
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .trim();
  const q = trimmed === "" ? null : trimmed;
  const where = whereClause(params, q);

  const [{ total } = { total: 0 }] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total
    FROM procedure p JOIN field f ON f.id = p.field_id
    WHERE ${where}`;

  const pageSize = Math.max(1, Math.floor(params.pageSize));
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const requested = Math.max(1, Math.floor(params.page));
  const page = Math.min(requested, pageCount);
  const isPastEnd = requested > pageCount;
  if (total === 0) return { items: [], total, page, pageCount, isPastEnd };

  const items = await db.$queryRaw<TProcedureListItem[]>`
    SELECT p.code, p.name, p.name_en AS "nameEn", f.name AS "fieldName", f.name_en AS "fieldNameEn",
      p.level::text AS level, p.time_limit_value::float8 AS "timeLimitValue",
      p.time_limit_unit::text AS "timeLimitUnit", p.time_limit_text AS "timeLimitText",
      p.fee_status::text AS "feeStatus", p.fee_vnd AS "feeVnd", p.fee_text AS "feeText",
      p.online_level::text AS "onlineLevel"
    FROM procedure p JOIN field f ON f.id = p.field_id
    WHERE ${where}
    ORDER BY ${orderClause(q)}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  return { items, total, page, pageCount, isPastEnd };
}
