import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/filing/error-summary";
import { SheetTableView } from "@/components/forms/form-sheet";
import { PrintSheet, SheetHeading } from "@/components/forms/print-sheet";
import { buttonClasses, Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { TextInput } from "@/components/ui/text-input";
import { requireOfficer, type OfficerActor } from "@/lib/auth/staff";
import { formWords, placeDate } from "@/lib/forms/form-words";
import { ledgerAgency, ledgerPage } from "@/lib/forms/ledger";
import { displayDate, type PeriodError } from "@/lib/back-office/report-period";
import { parseLedgerPeriod, type LedgerPeriod } from "@/lib/forms/ledger-period";
import { ledgerCells, ledgerColumns } from "@/lib/forms/ledger-rows";
import type { FormAgency } from "@/lib/forms/types";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Forms");
  return { title: t("ledgerTitle") };
}

type Search = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const ERROR_KEY = { invalidFrom: "errorDate", invalidTo: "errorDate", reversed: "errorOrder", tooLong: "errorSpan" } as const satisfies Record<PeriodError, string>;

function periodQuery(period: LedgerPeriod, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ tu: displayDate(period.from), den: displayDate(period.to), ...extra }).toString();
}

/**
 * The ledger (Mẫu 06) of the officer's agency: the dossiers received in a period (this month unless
 * chosen), a page at a time, with the whole period as PDF (A4 landscape) and CSV.
 */
export default async function LedgerPage({ searchParams }: Search) {
  const query = await searchParams;
  const { actor } = await requireOfficer("/can-bo/so-theo-doi");
  const t = await getTranslations("Forms");
  const now = new Date();
  const result = parseLedgerPeriod({ from: single(query.tu), to: single(query.den) }, now);
  const agency = await ledgerAgency(actor);
  const errors = result.ok ? {} : result.errors;
  const values = result.ok ? { from: displayDate(result.period.from), to: displayDate(result.period.to) } : result.input;
  const errorText = (error: PeriodError | undefined) => (error ? t(ERROR_KEY[error]) : undefined);
  return (
    <div>
      <div className="print:hidden">
        <h1 className="text-2xl font-bold">{t("ledgerTitle")}</h1>
        <p className="mt-1">{t("ledgerLead", { agency: agency.name })}</p>
        {!result.ok ? (
          <div className="mt-4">
            <ErrorSummary
              title={t("errorSummary")}
              items={Object.entries(errors).map(([field, error]) => ({ href: `#ledger-${field}`, text: errorText(error)! }))}
            />
          </div>
        ) : null}
        <form method="get" action="/can-bo/so-theo-doi" className="mt-4">
          <fieldset className="flex flex-wrap items-end gap-4">
            <legend className="mb-2 font-semibold">{t("ledgerPeriod")}</legend>
            <TextInput id="ledger-from" name="tu" label={t("from")} hint={t("dateHint")} error={errorText(errors.from)}
              defaultValue={values.from} inputMode="numeric" autoComplete="off" className="w-56" />
            <TextInput id="ledger-to" name="den" label={t("to")} hint={t("dateHint")} error={errorText(errors.to)}
              defaultValue={values.to} inputMode="numeric" autoComplete="off" className="w-56" />
            <Button type="submit">{t("show")}</Button>
          </fieldset>
        </form>
      </div>
      {result.ok ? <LedgerTable period={result.period} requestedPage={Number.parseInt(single(query.trang) ?? "1", 10) || 1} actor={actor} agency={agency} now={now} /> : null}
    </div>
  );
}

async function LedgerTable({ period, requestedPage, actor, agency, now }: { period: LedgerPeriod; requestedPage: number; actor: OfficerActor; agency: FormAgency; now: Date }) {
  const t = await getTranslations("Forms");
  const words = formWords().text;
  const { total, page, pageCount, rows, firstNumber } = await ledgerPage(actor, period, requestedPage);
  const from = displayDate(period.from);
  const to = displayDate(period.to);
  return (
    <>
      <div className="mt-6 print:hidden">
        <p className="font-semibold" data-testid="ledger-summary">{t("ledgerSummary", { count: total, from, to })}</p>
        <h2 className="mt-3 font-semibold">{t("ledgerDownloads")}</h2>
        <div className="mt-2 flex flex-wrap gap-3">
          <a href={`/api/can-bo/so-theo-doi?${periodQuery(period, { "dinh-dang": "pdf" })}`} className={buttonClasses("secondary")}>{t("ledgerPdf")}</a>
          <a href={`/api/can-bo/so-theo-doi?${periodQuery(period, { "dinh-dang": "csv" })}`} className={buttonClasses("secondary")}>{t("ledgerCsv")}</a>
        </div>
        <p className="mt-2 text-sm text-muted">{t("ledgerPrintNote")}</p>
      </div>
      <PrintSheet paper="a4-landscape" className="p-4">
        <SheetHeading agency={agency} placeDate={placeDate(words, now)} />
        <h2 className="mt-3 text-center text-[13pt] font-bold">{words("ledgerTitle")}</h2>
        <p className="text-center italic">{words("ledgerPeriod", { from, to })}</p>
        {rows.length === 0 ? (
          <p className="mt-4 italic">{words("ledgerEmpty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto" role="region" aria-label={t("ledgerScroll")} tabIndex={0}>
            <SheetTableView
              columns={ledgerColumns()}
              rows={rows.map((dossier, index) => ledgerCells(dossier, firstNumber + index, actor.agencyId))}
              caption={t("ledgerCaption", { from, to, page, pages: pageCount })}
              className="min-w-[1000px] font-sans text-[8.5pt] leading-snug print:min-w-0 print:text-[7pt]"
              testId="ledger-table"
            />
          </div>
        )}
      </PrintSheet>
      <div className="print:hidden">
        <Pagination page={page} pageCount={pageCount} hrefForPage={(n) => `/can-bo/so-theo-doi?${periodQuery(period, n > 1 ? { trang: String(n) } : {})}`} />
      </div>
    </>
  );
}
