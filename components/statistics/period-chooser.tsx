import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import type { Choice, PeriodField } from "@/lib/statistics-pages/period-form";
import { withValue } from "@/lib/statistics-pages/period-form";

export type QuickLink = { key: string; label: string; href: string; isCurrent: boolean };

/**
 * The period of a statistics page: a few quick links, and one plain GET form per kind of period
 * (month, quarter, year, range of days), so that it works without JavaScript. Each error sits next
 * to its field, in words, and what was typed stays in the field; the forms' box opens by itself
 * when something is wrong.
 */
export function PeriodChooser({
  action,
  quickLinks,
  choices,
  values,
  errors,
  isOpen,
}: {
  action: string;
  quickLinks: QuickLink[];
  choices: { month: Choice[]; quarter: Choice[]; year: Choice[] };
  values: Record<PeriodField, string>;
  errors: Partial<Record<PeriodField | "other", string>>;
  isOpen: boolean;
}) {
  const t = useTranslations("StatisticsPages.period");
  const fieldErrors = (["month", "quarter", "year", "from", "to", "other"] as const).filter((field) => errors[field]);
  const anchor: Record<PeriodField | "other", string> = { month: "ky-thang", quarter: "ky-quy", year: "ky-nam", from: "ky-tu", to: "ky-den", other: "ky-thang" };
  return (
    <section aria-labelledby="period-heading" className="mt-4 rounded-lg border border-line bg-surface p-4">
      <h2 id="period-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <nav aria-label={t("quickLabel")}>
        <ul className="mt-2 flex flex-wrap gap-2">
          {quickLinks.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                aria-current={link.isCurrent ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-white px-3 font-semibold no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {fieldErrors.length > 0 ? (
        <Alert tone="error" title={t("errorSummary")} className="mt-4">
          <ul className="list-disc pl-5">
            {fieldErrors.map((field) => (
              <li key={field}>
                <a href={`#${anchor[field]}`}>{errors[field]}</a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <details open={isOpen} className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline underline-offset-2">{t("other")}</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <form method="get" action={action} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("byMonth")}>
            <input type="hidden" name="period" value="month" />
            <Select id="ky-thang" name="month" label={t("month")} options={withValue(choices.month, values.month)} defaultValue={values.month} error={errors.month} className="min-w-48 flex-1" />
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
          <form method="get" action={action} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("byQuarter")}>
            <input type="hidden" name="period" value="quarter" />
            <Select id="ky-quy" name="quarter" label={t("quarter")} options={withValue(choices.quarter, values.quarter)} defaultValue={values.quarter || choices.quarter[0]?.value} error={errors.quarter} className="min-w-48 flex-1" />
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
          <form method="get" action={action} noValidate className="flex flex-wrap items-end gap-3" aria-label={t("byYear")}>
            <input type="hidden" name="period" value="year" />
            <Select id="ky-nam" name="year" label={t("year")} options={withValue(choices.year, values.year)} defaultValue={values.year} error={errors.year} className="min-w-48 flex-1" />
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
          <form method="get" action={action} noValidate className="md:col-span-2" aria-label={t("byRange")}>
            <input type="hidden" name="period" value="range" />
            <fieldset>
              <legend className="font-semibold">{t("range")}</legend>
              <div className="mt-1 flex flex-wrap items-end gap-3">
                <TextInput id="ky-tu" name="from" label={t("from")} hint={t("dateHint")} error={errors.from} defaultValue={values.from} inputMode="numeric" autoComplete="off" className="w-52" />
                <TextInput id="ky-den" name="to" label={t("to")} hint={t("dateHint")} error={errors.to} defaultValue={values.to} inputMode="numeric" autoComplete="off" className="w-52" />
                <Button type="submit" variant="secondary">
                  {t("show")}
                </Button>
              </div>
            </fieldset>
          </form>
        </div>
      </details>
    </section>
  );
}
