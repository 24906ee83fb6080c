import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ControlSlip } from "@/components/dossiers/control-slip";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { clientKey } from "@/lib/auth/session";
import { lookUpDossier } from "@/lib/dossiers/public-lookup";
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Lookup");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

/**
 * The public lookup (tra cứu hồ sơ) by the dossier code and the lookup code of the receipt, or its
 * QR code: where the dossier is and whether each hand-over was on time; nothing personal.
 */
export default async function LookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const t = await getTranslations("Lookup");
  const english = (await getLocale()) === "en";
  const code = typeof query.ma === "string" ? query.ma : "";
  const lookupCode = typeof query["ma-tra-cuu"] === "string" ? query["ma-tra-cuu"] : "";
  const now = new Date();
  const result = code || lookupCode ? await lookUpDossier({ code, lookupCode, clientKey: await clientKey(), now }) : null;
  const dossier = result?.found ? result.dossier : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("lead")}</p>
      <form method="get" className="mt-6 flex flex-col gap-4 sm:flex-row sm:items-end">
        <TextInput id="lookup-code" name="ma" label={t("code")} hint={t("codeHint")} defaultValue={code} className="flex-1" autoComplete="off" spellCheck={false} />
        <TextInput id="lookup-secret" name="ma-tra-cuu" label={t("lookupCode")} hint={t("lookupCodeHint")} defaultValue={lookupCode} className="sm:w-56" autoComplete="off" spellCheck={false} />
        <Button type="submit">{t("submit")}</Button>
      </form>
      {result && !result.found ? (
        <Alert tone="warning" title={result.reason === "rateLimited" ? t("rateLimited") : t("notFound")} className="mt-6" />
      ) : null}
      {dossier ? (
        <section aria-labelledby="result-heading" className="mt-8">
          <h2 id="result-heading" className="text-2xl font-semibold">
            {english && dossier.procedure.nameEn ? dossier.procedure.nameEn : dossier.procedure.name}
          </h2>
          <div className="mt-2">
            <StatusBadge status={dossier.status} />
          </div>
          <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
            <dt className="font-semibold">{t("code")}</dt>
            <dd className="font-mono">{dossier.code}</dd>
            <dt className="font-semibold">{t("agency")}</dt>
            <dd>{english && dossier.agency.nameEn ? dossier.agency.nameEn : dossier.agency.name}</dd>
            <dt className="font-semibold">{t("received")}</dt>
            <dd>{dossier.receivedAt ? formatDateTime(dossier.receivedAt) : "—"}</dd>
            <dt className="font-semibold">{t("appointment")}</dt>
            <dd>
              {dossier.dueAt ? (dossier.deadlinePrecision === "INSTANT" ? formatDateTime(dossier.dueAt) : formatDate(dossier.dueAt)) : "—"}
              {dossier.isDueProvisional ? ` ${t("provisional")}` : ""}
            </dd>
            {dossier.dueDateChange ? (
              <>
                <dt className="font-semibold">{t("apology")}</dt>
                <dd>{t("apologyDates", { from: formatDate(dossier.dueDateChange.previousDueAt), to: formatDate(dossier.dueDateChange.newDueAt) })}</dd>
              </>
            ) : null}
            {dossier.supplementRequests.map((request, index) => (
              <div key={index} className="contents">
                <dt className="font-semibold">{t("supplement")}</dt>
                <dd>
                  {formatDate(request.requestedAt)} → {request.fulfilledAt ? formatDate(request.fulfilledAt) : t("waiting")}
                </dd>
              </div>
            ))}
            {dossier.finishedAt ? (
              <>
                <dt className="font-semibold">{t("finished")}</dt>
                <dd>{formatDateTime(dossier.finishedAt)}</dd>
              </>
            ) : null}
          </dl>
          <h3 className="mt-6 text-xl font-semibold">{t("slip")}</h3>
          <div className="mt-3">
            <ControlSlip steps={dossier.processingSteps} now={now} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
