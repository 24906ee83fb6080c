// The one parser of a statistics view's URL query (pages, CSV/JSON downloads and GET
// /api/v1/statistics): which scope (the city, an agency, a field, a procedure), which period
// (month, quarter, year, range of days) and which grouping. Pure: today comes from `now`. Every
// wrong parameter gets its own error, keyed by the parameter's name, with a code and a message in
// Vietnamese and English.
import { z } from "zod";
import { localDateOf } from "@/lib/calendar/local-time";
import {
  currentMonth,
  daysBetween,
  FIRST_YEAR,
  LAST_YEAR,
  MAX_RANGE_DAYS,
  monthPeriod,
  parseDay,
  PERIOD_KINDS,
  quarterPeriod,
  rangePeriod,
  yearPeriod,
  type StatisticsPeriod,
} from "./period";

export const SCOPE_KINDS = ["city", "agency", "field", "procedure"] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** What the figures are about: the whole city, or one agency, field (lĩnh vực) or procedure. */
export type StatisticsScope =
  | { kind: "city" }
  | { kind: "agency"; agency: string }
  | { kind: "field"; field: string }
  | { kind: "procedure"; procedure: string };

export const GROUP_BY = ["none", "agency", "field", "procedure", "month", "channel"] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** The messages of the parameters' errors, by code ("<parameter>.<problem>"). */
export const QUERY_ERRORS = {
  "period.invalid": { vi: "Loại kỳ phải là month, quarter, year hoặc range.", en: "period must be month, quarter, year or range." },
  "month.invalid": { vi: "Tháng phải có dạng yyyy-MM, ví dụ 2026-03.", en: "month must look like yyyy-MM, e.g. 2026-03." },
  "month.future": { vi: "Tháng này chưa bắt đầu.", en: "This month has not started yet." },
  "quarter.invalid": { vi: "Quý phải có dạng yyyy-Qn, ví dụ 2026-Q1.", en: "quarter must look like yyyy-Qn, e.g. 2026-Q1." },
  "quarter.future": { vi: "Quý này chưa bắt đầu.", en: "This quarter has not started yet." },
  "year.invalid": { vi: `Năm phải là một năm từ ${FIRST_YEAR} đến ${LAST_YEAR}.`, en: `year must be a year from ${FIRST_YEAR} to ${LAST_YEAR}.` },
  "year.future": { vi: "Năm này chưa bắt đầu.", en: "This year has not started yet." },
  "from.required": { vi: "Vui lòng nhập ngày bắt đầu.", en: "Please give the first day (from)." },
  "from.invalid": { vi: "Ngày bắt đầu phải có dạng dd/MM/yyyy hoặc yyyy-MM-dd.", en: "from must be a date as dd/MM/yyyy or yyyy-MM-dd." },
  "from.future": { vi: "Ngày bắt đầu không được sau hôm nay.", en: "from must not be after today." },
  "to.required": { vi: "Vui lòng nhập ngày kết thúc.", en: "Please give the last day (to)." },
  "to.invalid": { vi: "Ngày kết thúc phải có dạng dd/MM/yyyy hoặc yyyy-MM-dd.", en: "to must be a date as dd/MM/yyyy or yyyy-MM-dd." },
  "to.beforeFrom": { vi: "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.", en: "to must be on or after from." },
  "to.tooLong": { vi: `Một khoảng thời gian dài tối đa ${MAX_RANGE_DAYS} ngày.`, en: `A range lasts at most ${MAX_RANGE_DAYS} days.` },
  "scope.invalid": { vi: "Phạm vi phải là city, agency, field hoặc procedure.", en: "scope must be city, agency, field or procedure." },
  "scope.ambiguous": {
    vi: "Có nhiều hơn một trong agency, field, procedure: hãy chọn phạm vi (scope).",
    en: "More than one of agency, field and procedure is given: choose the scope.",
  },
  "agency.required": { vi: "Vui lòng chọn cơ quan.", en: "Please give the agency." },
  "agency.invalid": { vi: "Mã cơ quan không hợp lệ.", en: "agency is not a valid agency code." },
  "field.required": { vi: "Vui lòng chọn lĩnh vực.", en: "Please give the field." },
  "field.invalid": { vi: "Mã lĩnh vực không hợp lệ.", en: "field is not a valid field code." },
  "procedure.required": { vi: "Vui lòng chọn thủ tục.", en: "Please give the procedure." },
  "procedure.invalid": { vi: "Mã thủ tục phải có dạng 1.001193.", en: "procedure must be a code like 1.001193." },
  "groupBy.invalid": {
    vi: "Cách nhóm phải là none, agency, field, procedure, month hoặc channel.",
    en: "groupBy must be none, agency, field, procedure, month or channel.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type QueryErrorCode = keyof typeof QUERY_ERRORS;
export type QueryParameter = "period" | "month" | "quarter" | "year" | "from" | "to" | "scope" | "agency" | "field" | "procedure" | "groupBy";
export type FieldError = { code: QueryErrorCode; message: string; messageEn: string };

/** An agency's national code (000.00.12.H26) or its slug (hn-so-tu-phap). */
const AGENCY_PATTERN = /^(?:[0-9A-Za-z]{1,8}(?:\.[0-9A-Za-z]{1,8}){1,5}|[a-z0-9]+(?:-[a-z0-9]+){0,10})$/;
const FIELD_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+){0,10}$/;
const PROCEDURE_PATTERN = /^\d\.\d{6}$/;

const text = (max: number) => z.string().trim().max(max);

/**
 * The query parameters as they arrive (all optional strings): the shape the API's OpenAPI
 * description is generated from. `parseStatisticsQuery` applies it and the rules that need today.
 */
export const ZStatisticsQuery = z.object({
  scope: z.enum(SCOPE_KINDS, { error: "scope.invalid" }).optional().describe("city (default), agency, field or procedure; inferred when one of agency, field, procedure is given"),
  agency: text(64).regex(AGENCY_PATTERN, { error: "agency.invalid" }).optional().describe("The agency's national code (e.g. 000.00.12.H26) or its slug"),
  field: text(64).regex(FIELD_PATTERN, { error: "field.invalid" }).optional().describe("The field's code (e.g. ho-tich)"),
  procedure: text(16).regex(PROCEDURE_PATTERN, { error: "procedure.invalid" }).optional().describe("The national procedure code (e.g. 1.001193)"),
  period: z.enum(PERIOD_KINDS, { error: "period.invalid" }).optional().describe("month (default), quarter, year or range"),
  month: text(16).regex(/^\d{4}-\d{2}$/, { error: "month.invalid" }).optional().describe("yyyy-MM; default: the current month"),
  quarter: text(16).regex(/^\d{4}-[Qq][1-4]$/, { error: "quarter.invalid" }).optional().describe("yyyy-Qn; default: the current quarter"),
  year: text(8).regex(/^\d{4}$/, { error: "year.invalid" }).optional().describe("yyyy; default: the current year"),
  from: text(16).optional().describe("First day of a range: yyyy-MM-dd or dd/MM/yyyy (Hà Nội dates)"),
  to: text(16).optional().describe("Last day of a range, included"),
  groupBy: z.enum(GROUP_BY, { error: "groupBy.invalid" }).optional().describe("none (default), agency, field, procedure, month or channel"),
});
export type TStatisticsQueryInput = z.input<typeof ZStatisticsQuery>;

/** A parsed query. */
export type StatisticsQuery = { scope: StatisticsScope; period: StatisticsPeriod; groupBy: GroupBy };

export type StatisticsQueryParse =
  | { ok: true; query: StatisticsQuery }
  | { ok: false; errors: Partial<Record<QueryParameter, FieldError>> };

/** The error of a parameter, with both messages. */
export function fieldError(code: QueryErrorCode): FieldError {
  return { code, message: QUERY_ERRORS[code].vi, messageEn: QUERY_ERRORS[code].en };
}

/**
 * Parses a statistics query (URLSearchParams, a page's searchParams or a plain object; empty
 * values count as absent). Every problem is reported, one per parameter.
 */
export function parseStatisticsQuery(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  now: Date,
): StatisticsQueryParse {
  const raw: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim() !== "" && !(key in raw)) raw[key] = first;
  }
  const errors: Partial<Record<QueryParameter, FieldError>> = {};
  const add = (parameter: QueryParameter, code: QueryErrorCode) => {
    errors[parameter] ??= fieldError(code);
  };
  const parsed = ZStatisticsQuery.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "") as QueryParameter;
      const code = (issue.message in QUERY_ERRORS ? issue.message : `${parameter}.invalid`) as QueryErrorCode;
      if (code in QUERY_ERRORS) add(parameter, code);
    }
    return { ok: false, errors };
  }
  const values = parsed.data;
  const today = localDateOf(now);
  const scope = scopeOf(values, add);
  const period = periodOf(values, today, now, add);
  if (!scope || !period || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, query: { scope, period, groupBy: values.groupBy ?? "none" } };
}

type Values = z.output<typeof ZStatisticsQuery>;
type Add = (parameter: QueryParameter, code: QueryErrorCode) => void;

function scopeOf(values: Values, add: Add): StatisticsScope | null {
  const given = (["agency", "field", "procedure"] as const).filter((kind) => values[kind] !== undefined);
  const kind: ScopeKind | undefined = values.scope ?? (given.length === 0 ? "city" : given.length === 1 ? given[0] : undefined);
  if (!kind) {
    add("scope", "scope.ambiguous");
    return null;
  }
  switch (kind) {
    case "city":
      return { kind };
    case "agency":
      if (!values.agency) return add("agency", "agency.required"), null;
      return { kind, agency: values.agency };
    case "field":
      if (!values.field) return add("field", "field.required"), null;
      return { kind, field: values.field };
    case "procedure":
      if (!values.procedure) return add("procedure", "procedure.required"), null;
      return { kind, procedure: values.procedure };
  }
}

function periodOf(values: Values, today: string, now: Date, add: Add): StatisticsPeriod | null {
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const kind = values.period ?? (values.from || values.to ? "range" : values.quarter ? "quarter" : values.year && !values.month ? "year" : "month");
  const inYears = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
  switch (kind) {
    case "month": {
      if (!values.month) return currentMonth(now);
      const [year, month] = [Number(values.month.slice(0, 4)), Number(values.month.slice(5, 7))];
      if (!inYears(year) || month < 1 || month > 12) return add("month", "month.invalid"), null;
      const period = monthPeriod(year, month, today);
      return period.from > today ? (add("month", "month.future"), null) : period;
    }
    case "quarter": {
      const [year, quarter] = values.quarter
        ? [Number(values.quarter.slice(0, 4)), Number(values.quarter.slice(6, 7))]
        : [thisYear, Math.ceil(thisMonth / 3)];
      if (!inYears(year)) return add("quarter", "quarter.invalid"), null;
      const period = quarterPeriod(year, quarter, today);
      return period.from > today ? (add("quarter", "quarter.future"), null) : period;
    }
    case "year": {
      const year = values.year ? Number(values.year) : thisYear;
      if (!inYears(year)) return add("year", "year.invalid"), null;
      const period = yearPeriod(year, today);
      return period.from > today ? (add("year", "year.future"), null) : period;
    }
    case "range": {
      const from = values.from ? parseDay(values.from) : null;
      const to = values.to ? parseDay(values.to) : null;
      if (!values.from) add("from", "from.required");
      else if (!from) add("from", "from.invalid");
      else if (from > today) add("from", "from.future");
      if (!values.to) add("to", "to.required");
      else if (!to) add("to", "to.invalid");
      else if (from && to < from) add("to", "to.beforeFrom");
      else if (from && daysBetween(from, to) > MAX_RANGE_DAYS) add("to", "to.tooLong");
      if (!from || !to || from > today || to < from || daysBetween(from, to) > MAX_RANGE_DAYS) return null;
      return rangePeriod(from, to, today);
    }
  }
}

/** The query written back as URL parameters (links between views, CSV/JSON downloads). */
export function statisticsQueryParams(query: StatisticsQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.scope.kind !== "city") {
    params.scope = query.scope.kind;
    const { kind } = query.scope;
    params[kind] = kind === "agency" ? query.scope.agency : kind === "field" ? query.scope.field : query.scope.procedure;
  }
  const { period } = query;
  params.period = period.kind;
  if (period.kind === "range") Object.assign(params, { from: period.from, to: period.to });
  else params[period.kind] = period.value;
  if (query.groupBy !== "none") params.groupBy = query.groupBy;
  return params;
}

/**
 * The query of a procedure's processing time (GET /api/v1/procedures/{code}/processing-time):
 * optionally one agency that implements it. The procedure's code is the path's.
 */
export const ZProcessingTimeQuery = z.object({
  agency: text(64).regex(AGENCY_PATTERN, { error: "agency.invalid" }).optional().describe("Narrow to one agency: its national code or slug"),
});

/** The procedure code of a path, checked like the query's. */
export const ZProcedureCodeParam = z.string().regex(PROCEDURE_PATTERN, { error: "procedure.invalid" }).describe("The national procedure code (e.g. 1.001193)");

/** Parses the processing-time query; errors as parseStatisticsQuery's. */
export function parseProcessingTimeQuery(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; query: { agency?: string } } | { ok: false; errors: Partial<Record<QueryParameter, FieldError>> } {
  const agency = input instanceof URLSearchParams ? input.get("agency") : [input.agency].flat()[0];
  const parsed = ZProcessingTimeQuery.safeParse(agency && agency.trim() !== "" ? { agency } : {});
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, errors: { agency: fieldError("agency.invalid") } };
}
