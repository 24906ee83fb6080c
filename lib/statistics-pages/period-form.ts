// The period chooser of the statistics pages: plain GET forms, one per kind of period, that work
// without JavaScript. Pure: the choices offered (recent months, quarters, years), the values to
// show back (what the visitor typed stays in its field, even when it is wrong), and which errors
// of the parser go next to which field.
import { addDays } from "@/lib/calendar/local-time";
import { monthOf } from "@/lib/dossiers/rollups";
import type { StatisticsPeriod } from "@/lib/statistics/period";
import type { QueryParameter } from "@/lib/statistics/query";
import { formatDay, periodLabel, type Locale } from "./format";

export type PeriodField = "month" | "quarter" | "year" | "from" | "to";
export type PeriodFormKind = "month" | "quarter" | "year" | "range";
export type Choice = { value: string; label: string };

/** How far back the choosers go; older periods remain reachable by address or by a range. */
export const MONTHS_OFFERED = 36;
export const YEARS_OFFERED = 6;

export function periodChoices(today: string, locale: Locale): { month: Choice[]; quarter: Choice[]; year: Choice[] } {
  const months: Choice[] = [];
  let month = monthOf(today);
  for (let index = 0; index < MONTHS_OFFERED; index++) {
    const value = month.slice(0, 7);
    months.push({ value, label: periodLabel({ kind: "month", value, from: month, to: month }, locale) });
    month = monthOf(addDays(month, -1));
  }
  const thisYear = Number(today.slice(0, 4));
  const thisQuarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const quarters: Choice[] = [];
  for (let index = 0; index < MONTHS_OFFERED / 3; index++) {
    const total = thisYear * 4 + (thisQuarter - 1) - index;
    const value = `${Math.floor(total / 4)}-Q${(total % 4) + 1}`;
    quarters.push({ value, label: periodLabel({ kind: "quarter", value, from: "", to: "" }, locale) });
  }
  const years: Choice[] = [];
  for (let year = thisYear; year > thisYear - YEARS_OFFERED; year--) years.push({ value: String(year), label: periodLabel({ kind: "year", value: String(year), from: "", to: "" }, locale) });
  return { month: months, quarter: quarters, year: years };
}

/** A choice list that also holds the value shown, when it is not among the offered ones (kept, even if wrong). */
export function withValue(choices: Choice[], value: string): Choice[] {
  return value === "" || choices.some((choice) => choice.value === value) ? choices : [{ value, label: value }, ...choices];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The value each field shows: the visitor's own text when the query was given, else the period
 * shown (the current month by default). Range days are written dd/MM/yyyy.
 */
export function periodFormValues(raw: Record<string, string | string[] | undefined>, period: StatisticsPeriod | null): Record<PeriodField, string> {
  const given = (key: PeriodField) => first(raw[key]).trim();
  const shown = (key: PeriodField, fallback: string) => given(key) || fallback;
  const kind = period?.kind;
  return {
    month: shown("month", kind === "month" ? period!.value : period ? period.through.slice(0, 7) : ""),
    quarter: shown("quarter", kind === "quarter" ? period!.value : ""),
    year: shown("year", kind === "year" ? period!.value : period ? period.through.slice(0, 4) : ""),
    from: shown("from", kind === "range" ? formatDay(period!.from) : ""),
    to: shown("to", kind === "range" ? formatDay(period!.to) : ""),
  };
}

/** Which form a parameter's error belongs to (and is shown in); null for errors of the whole query. */
export function formOfParameter(parameter: QueryParameter): PeriodFormKind | null {
  switch (parameter) {
    case "month":
    case "quarter":
    case "year":
      return parameter;
    case "from":
    case "to":
      return "range";
    default:
      return null;
  }
}
