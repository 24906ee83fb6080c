import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportTableView } from "@/components/back-office/report-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { requireOfficer } from "@/lib/auth/staff";
import { displayDate, MAX_PERIOD_DAYS, parseReportPeriod } from "@/lib/back-office/report-period";
import { reportTables, type Translate } from "@/lib/back-office/report-tables";
import { accountabilityReportFor, reportScopeOf } from "@/lib/back-office/reports";
import { configuredWorkingHours } from "@/lib/calendar/configured";
import { workingMinutesPerDay } from "@/lib/calendar";

// The accountability report (docs/domain/reports.md): agency leaders see every unit of their
// agency, a unit head their unit; desk officers and specialists get "not found".

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reports");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ReportPage({ searchParams }: Props) {
  const { user } = await requireOfficer("/can-bo/bao-cao");
  const scope = reportScopeOf(user);
  if (!scope) notFound();
  const t = await getTranslations("Reports");
  const locale = await getLocale();
  const query = await searchParams;
  const now = new Date();
  const parsed = parseReportPeriod({ from: first(query.tu), to: first(query.den) }, now);
  const values = parsed.ok ? { from: displayDate(parsed.period.from), to: displayDate(parsed.period.to) } : parsed.input;
  const errors = parsed.ok ? {} : parsed.errors;
  const errorText = (field: "from" | "to") => (errors[field] ? t(errors[field], { days: MAX_PERIOD_DAYS }) : undefined);
  const report = parsed.ok ? await accountabilityReportFor(user, parsed.period, now) : null;
  const tables = report ? reportTables(report, t as unknown as Translate, locale, { wholeAgencyRow: scope.unitId === null }) : [];
  const csvQuery = new URLSearchParams({ tu: values.from, den: values.to });
  const agency = user.post.agencyName ?? "";
  return (
    <div>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 font-semibold">{scope.unitId ? t("scopeUnit", { unit: user.post.unitName ?? "", agency }) : t("scopeAgency", { agency })}</p>
      <p className="mt-2 max-w-4xl">{scope.unitId ? t("leadUnit") : t("leadAgency")}</p>

      <form method="get" action="/can-bo/bao-cao" className="mt-6 max-w-3xl" noValidate>
        {!parsed.ok ? (
          <Alert tone="error" title={t("errorSummary")} className="mb-4">
            <ul className="list-disc pl-5">
              {(["from", "to"] as const).flatMap((field) => (errors[field] ? [<li key={field}><a href={`#${field === "from" ? "tu" : "den"}`}>{errorText(field)}</a></li>] : []))}
            </ul>
          </Alert>
        ) : null}
        <fieldset>
          <legend className="text-xl font-bold">{t("periodLegend")}</legend>
          <div className="mt-3 flex flex-wrap items-end gap-4">
            <TextInput id="tu" name="tu" label={t("from")} hint={t("dateHint")} error={errorText("from")} defaultValue={values.from} inputMode="numeric" autoComplete="off" className="w-56" />
            <TextInput id="den" name="den" label={t("to")} hint={t("dateHint")} error={errorText("to")} defaultValue={values.to} inputMode="numeric" autoComplete="off" className="w-56" />
            <Button type="submit">{t("show")}</Button>
          </div>
        </fieldset>
      </form>

      {report ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">{t("periodShown", { from: values.from, to: values.to })}</h2>
          <p className="mt-2 max-w-4xl text-sm">{t("howCounted", { hoursPerDay: workingMinutesPerDay(configuredWorkingHours()) / 60 })}</p>
          {tables.map((table) => (
            <div key={table.id}>
              {table.id === "ton-dong" ? <p className="mt-8 max-w-4xl text-sm">{t("openLead")}</p> : null}
              <ReportTableView table={table} csvHref={`/api/can-bo/bao-cao?${csvQuery}&bang=${table.id}`} csvLabel={t("csv", { table: table.caption })} />
            </div>
          ))}
        </>
      ) : null}
    </div>
  );
}
