import "server-only";
import { db as appDb } from "@/lib/db";
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

/**
 * A LIKE pattern "contains `text`", normalised in PostgreSQL and escaped after normalising:
 * unaccent maps full-width ％ ＿ ＼ to % _ \, which would otherwise become wildcards.
 * (chr(92) is the backslash, LIKE's escape character.)
 */
function containsPattern(text: string): Prisma.Sql {
  return Prisma.sql`(SELECT '%' || replace(replace(replace(f_search_normalize(${text}),
    chr(92), chr(92) || chr(92)), '%', chr(92) || '%'), '_', chr(92) || '_') || '%')`;
}

type MatchMode = "phrase" | "typo";

/** Words of a query that are matched one by one (the rest still count for the ranking). */
const MAX_WORDS = 12;

/**
 * The normalised query is computed once per statement (a scalar subquery), not once per row:
 * per-row unaccent() and trigram work made a search over 2,000 procedures cost ~50 ms.
 */
function normalized(q: string): Prisma.Sql {
  return Prisma.sql`(SELECT f_search_normalize(${q}))`;
}

function whereClause(params: TProcedureSearch, q: string | null, mode: MatchMode): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.is_active`];
  if (q !== null && mode === "phrase") {
    // Every word of the query somewhere in the name ("đăng ký lại khai sinh" for "đăng ký khai
    // sinh"), the phrase itself, or the code.
    const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
    const allWords = Prisma.join(
      words.map((word) => Prisma.sql`p.search_text LIKE ${containsPattern(word)}`),
      " AND ",
    );
    conditions.push(Prisma.sql`(p.code = ${q} OR (${allWords}))`);
  }
  if (q !== null && mode === "typo") {
    conditions.push(Prisma.sql`(${normalized(q)} <% p.search_text
      AND word_similarity(${normalized(q)}, p.search_text) >= ${WORD_SIMILARITY_THRESHOLD})`);
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
  // search_text starts with the name without diacritics: no per-row unaccent() needed to sort.
  if (q === null) return Prisma.sql`f_search_normalize(f.name), p.search_text, p.code`;
  // Exact code first, then the phrase itself, then the closest match; among equals the shortest
  // name is the general procedure ("đăng ký khai sinh" before "... có yếu tố nước ngoài").
  return Prisma.sql`
    (p.code = ${q}) DESC,
    (p.search_text LIKE ${containsPattern(q)}) DESC,
    word_similarity(${normalized(q)}, p.search_text) DESC,
    char_length(p.name), p.search_text, p.code`;
}

type Row = TProcedureListItem & { total: number };

async function fetchPage(db: Pick<PrismaClient, "$queryRaw">, where: Prisma.Sql, order: Prisma.Sql, pageSize: number, page: number) {
  // The total comes with the page (a window count), so a search is one statement.
  return db.$queryRaw<Row[]>`
    SELECT p.code, p.name, p.name_en AS "nameEn", f.name AS "fieldName", f.name_en AS "fieldNameEn",
      p.level::text AS level, p.time_limit_value::float8 AS "timeLimitValue",
      p.time_limit_unit::text AS "timeLimitUnit", p.time_limit_text AS "timeLimitText",
      p.fee_status::text AS "feeStatus", p.fee_vnd AS "feeVnd", p.fee_text AS "feeText",
      p.online_level::text AS "onlineLevel", count(*) OVER ()::int AS total
    FROM procedure p JOIN field f ON f.id = p.field_id
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
}

async function countMatches(db: Pick<PrismaClient, "$queryRaw">, where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM procedure p JOIN field f ON f.id = p.field_id WHERE ${where}`;
  return row?.total ?? 0;
}

/**
 * The public catalogue: search (accent- and case-insensitive, typo-tolerant, by code), filters,
 * one page of results and the total. Parameterised SQL only; tests may pass their own client.
 */
export async function searchProcedures(
  params: TProcedureSearch,
  db: Pick<PrismaClient, "$queryRaw"> = appDb,
): Promise<TProcedureSearchResult> {
  // PostgreSQL text cannot hold NUL, and no control character belongs in a search.
  const trimmed = Array.from(params.q?.replace(/[\u0000-\u001f\u007f]/g, " ").trim() ?? "")
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .trim();
  const q = trimmed === "" ? null : trimmed;
  const pageSize = Math.max(1, Math.floor(params.pageSize));
  const requested = Math.max(1, Math.floor(params.page));
  const order = orderClause(q);

  // The phrase first (accent- and case-insensitive substring, or the code); only when nothing
  // contains it, the typo-tolerant trigram match, which costs more.
  const modes: MatchMode[] = q !== null && isTypoTolerant(q) ? ["phrase", "typo"] : ["phrase"];
  for (const mode of modes) {
    const where = whereClause(params, q, mode);
    // One statement in the usual case: the page with its total (a window count).
    let rows = await fetchPage(db, where, order, pageSize, requested);
    const total = rows[0]?.total ?? (requested > 1 ? await countMatches(db, where) : 0);
    if (total === 0) continue;
    const pageCount = Math.ceil(total / pageSize);
    const page = Math.min(requested, pageCount);
    if (rows.length === 0) rows = await fetchPage(db, where, order, pageSize, page);
    const items = rows.map(({ total: _total, ...item }) => item);
    return { items, total, page, pageCount, isPastEnd: requested > pageCount };
  }
  return { items: [], total: 0, page: 1, pageCount: 1, isPastEnd: requested > 1 };
}
