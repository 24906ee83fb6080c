// What the period chooser of a page shows: quick links to the usual periods, the choices, the
// values kept and the errors at their fields. Pure: today and the words are parameters.
import { addDays } from "@/lib/calendar/local-time";
import { monthOf } from "@/lib/dossiers/rollups";
import { monthPeriod, quarterPeriod, yearPeriod, type StatisticsPeriod } from "@/lib/statistics/period";
import type { FieldError, QueryParameter } from "@/lib/statistics/query";
import type { Locale } from "./format";
import { formOfParameter, periodChoices, periodFormValues, type Choice, type PeriodField } from "./period-form";
import { pageHref, type PageScope } from "./urls";

export type QuickLinkKey = "thisMonth" | "lastMonth" | "thisQuarter" | "thisYear" | "lastYear";

export function quickPeriods(today: string): { key: QuickLinkKey; period: StatisticsPeriod }[] {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const previous = monthOf(addDays(monthOf(today), -1));
  return [
    { key: "thisMonth", period: monthPeriod(year, month, today) },
    { key: "lastMonth", period: monthPeriod(Number(previous.slice(0, 4)), Number(previous.slice(5, 7)), today) },
    { key: "thisQuarter", period: quarterPeriod(year, Math.ceil(month / 3), today) },
    { key: "thisYear", period: yearPeriod(year, today) },
    { key: "lastYear", period: yearPeriod(year - 1, today) },
  ];
}

export type ChooserModel = {
  quickLinks: { key: QuickLinkKey; label: string; href: string; isCurrent: boolean }[];
  choices: { month: Choice[]; quarter: Choice[]; year: Choice[] };
  values: Record<PeriodField, string>;
  errors: Partial<Record<PeriodField | "other", string>>;
};

export function chooserModel(input: {
  scope: PageScope;
  period: StatisticsPeriod | null;
  errors: Partial<Record<QueryParameter, FieldError>>;
  raw: Record<string, string | string[] | undefined>;
  today: string;
  locale: Locale;
  label: (key: QuickLinkKey) => string;
}): ChooserModel {
  const errors: ChooserModel["errors"] = {};
  for (const [parameter, error] of Object.entries(input.errors) as [QueryParameter, FieldError][]) {
    const message = input.locale === "en" ? error.messageEn : error.message;
    const form = formOfParameter(parameter);
    const field: PeriodField | "other" = form === null ? "other" : form === "range" ? (parameter as "from" | "to") : form;
    errors[field] ??= message;
  }
  return {
    quickLinks: quickPeriods(input.today).map(({ key, period }) => ({
      key,
      label: input.label(key),
      href: pageHref(input.scope, period),
      isCurrent: input.period !== null && input.period.kind === period.kind && input.period.value === period.value,
    })),
    choices: periodChoices(input.today, input.locale),
    values: periodFormValues(input.raw, input.period),
    errors,
  };
}
