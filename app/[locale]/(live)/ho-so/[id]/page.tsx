import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ControlSlip } from "@/components/dossiers/control-slip";
import { RatingForm, SupplementForm, WithdrawForm } from "@/components/dossiers/resident-actions";
import { OverdueBadge, StatusBadge } from "@/components/dossiers/status-badge";
import { UploadSlot } from "@/components/filing/upload-slot";
import { UsualProcessingTimeNote } from "@/components/statistics/usual-processing-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireResident, residentActor } from "@/lib/auth/session";
import { estimateDueDate } from "@/lib/calendar/estimate-due-date";
import { OVERALL, RATING_CRITERIA } from "@/lib/dossiers/rating-criteria";
import { accessLogFor, dossierForResident, type ResidentDossier } from "@/lib/dossiers/resident-view";
import { uploadTexts } from "@/lib/filing/texts";
import { maxFileBytes, SUPPLEMENT_SLOT } from "@/lib/filing/uploads";
import { formatBytes, formatDate, formatDateTime } from "@/lib/i18n/format";
import { usualProcessingTime } from "@/lib/statistics/processing-time-for";
import { formatVerificationCode, VERIFICATION_PATH } from "@/lib/verification/codes";
import { payAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Dossier");
  return { title: t("title") };
}

function Panel({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" id={id}>
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** "Until receipt, the date is an estimate": the appointment if received now, on the live calendar. */
async function expectedAppointment(dossier: ResidentDossier, now: Date): Promise<{ dueAt: Date; provisional: boolean } | null> {
  if (dossier.dueAt) return { dueAt: dossier.dueAt, provisional: dossier.isDueProvisional };
  if (dossier.status !== "SUBMITTED") return null;
  try {
    const estimate = await estimateDueDate({ procedure: dossier.procedure.code, channel: "online" }, now);
    return { dueAt: new Date(estimate.dueAt), provisional: estimate.provisional };
  } catch {
    return null;
  }
}

export default async function DossierPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireResident(`/ho-so/${id}`);
  const now = new Date();
  const dossier = await dossierForResident(residentActor(user), id, now);
  if (!dossier) notFound();
  if (dossier.status === "DRAFT") redirect(`/nop-ho-so/${dossier.id}/kiem-tra`);
  const t = await getTranslations("Dossier");
  const tVerification = await getTranslations("Verification");
  const tBack = await getTranslations("OfficerDossier");
  const accessLog = await accessLogFor(residentActor(user), dossier.id);
  const english = (await getLocale()) === "en";
  const expected = await expectedAppointment(dossier, now);
  // How long this procedure usually takes here, while the resident is still waiting for it.
  const usual = dossier.finishedAt || dossier.closedAt ? null : await usualProcessingTime({ procedureCode: dossier.procedure.code, agencyId: dossier.agencyId }, now);
  const openSupplement = dossier.supplementRequests.find((request) => request.fulfilledAt === null);
  const openPayment = dossier.payments.find((payment) => payment.paidAt === null);
  const sentSinceRequest = openSupplement ? dossier.documents.filter((document) => document.kind === "SUPPLEMENT" && document.createdAt >= openSupplement.requestedAt) : [];
  const reasonOf = (action: string) => {
    const event = dossier.events.find((candidate) => candidate.action === action);
    const payload = (event?.payload ?? {}) as { reason?: string };
    return payload.reason;
  };
  const results = dossier.documents.filter((document) => document.kind === "RESULT");
  const texts = await uploadTexts();
  const errorTexts = { conflict: t("errorConflict"), noFiles: t("errorNoFiles"), overall: t("errorOverall"), confirm: t("errorConfirm") };
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href="/ho-so">{t("backToList")}</Link>
      </p>
      {query["da-nop"] === "1" ? (
        <Alert tone="success" title={t("submittedTitle")} titleAs="h2" className="mt-4">
          <p>{t("submittedLead")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            <dt>{t("reference")}</dt>
            <dd className="font-mono font-semibold" data-testid="dossier-reference">{dossier.reference}</dd>
            <dt>{t("lookupCode")}</dt>
            <dd className="font-mono font-semibold" data-testid="lookup-code">{dossier.lookupCode}</dd>
          </dl>
          <p>{t("lookupCodeHint")}</p>
          {usual ? <UsualProcessingTimeNote usual={usual} /> : null}
          <h3 className="font-semibold">{t("nextTitle")}</h3>
          <ol className="list-decimal pl-6">
            <li>{t("next1")}</li>
            <li>{t("next2")}</li>
            <li>{t("next3")}</li>
          </ol>
        </Alert>
      ) : null}
      {query["da-bo-sung"] === "1" ? <Alert tone="success" className="mt-4" title={t("supplementSent")} /> : null}
      {query["da-thanh-toan"] === "1" ? <Alert tone="success" className="mt-4" title={t("paid")} /> : null}
      {query["da-danh-gia"] === "1" ? <Alert tone="success" className="mt-4" title={t("rated")} /> : null}
      {query["da-rut"] === "1" ? <Alert tone="success" className="mt-4" title={t("withdrawn")} /> : null}

      <h1 className="mt-4 text-2xl font-bold sm:text-3xl">{english && dossier.procedure.nameEn ? dossier.procedure.nameEn : dossier.procedure.name}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={dossier.status} />
        {dossier.isOverdue ? <OverdueBadge /> : null}
      </div>
      <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{t("code")}</dt>
        <dd className="font-mono">{dossier.code ?? t("codeAtReceipt")}</dd>
        <dt className="font-semibold">{t("reference")}</dt>
        <dd className="font-mono">{dossier.reference ?? "—"}</dd>
        <dt className="font-semibold">{t("lookupCode")}</dt>
        <dd className="font-mono">{dossier.lookupCode ?? "—"}</dd>
        <dt className="font-semibold">{t("agency")}</dt>
        <dd>{english && dossier.agency.nameEn ? dossier.agency.nameEn : dossier.agency.name}</dd>
        {dossier.organization ? (
          <>
            <dt className="font-semibold">{t("organization")}</dt>
            <dd>{dossier.organization.name}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("submittedAt")}</dt>
        <dd>{dossier.submittedAt ? formatDateTime(dossier.submittedAt) : "—"}</dd>
        <dt className="font-semibold">{t("receivedAt")}</dt>
        <dd>{dossier.receivedAt ? formatDateTime(dossier.receivedAt) : t("notYet")}</dd>
        <dt className="font-semibold">{dossier.dueAt ? t("appointment") : t("expectedAppointment")}</dt>
        <dd data-testid="appointment">
          {expected ? (dossier.deadlinePrecision === "INSTANT" ? formatDateTime(expected.dueAt) : formatDate(expected.dueAt)) : "—"}
          {expected?.provisional ? ` ${t("provisional")}` : null}
          {!dossier.dueAt && expected ? <span className="block text-sm text-muted">{t("expectedHint")}</span> : null}
        </dd>
        {dossier.finishedAt ? (
          <>
            <dt className="font-semibold">{t("finishedAt")}</dt>
            <dd>
              {formatDateTime(dossier.finishedAt)}
              {dossier.timeliness ? ` (${t(`outcome.${dossier.timeliness}`)})` : null}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("identity")}</dt>
        <dd>{dossier.isVneidAuthenticated ? t("identified") : t("notIdentified")}</dd>
      </dl>
      {usual && query["da-nop"] !== "1" ? <UsualProcessingTimeNote usual={usual} className="mt-3" /> : null}
      {dossier.code && dossier.receivedAt ? (
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`/ho-so/${dossier.id}/bien-nhan`}>{t("receipt")}</Link>
          <a href={`/api/ho-so/${dossier.id}/bien-nhan`}>{t("receiptPdf")}</a>
        </p>
      ) : null}

      {openSupplement ? (
        <Panel title={t("supplementTitle")} id="bo-sung">
          <Alert tone="warning" title={t("supplementAsked", { date: formatDate(openSupplement.requestedAt) })}>
            <p>{openSupplement.reason}</p>
            <ul className="list-disc pl-6">
              {((openSupplement.items ?? []) as { name: string; note?: string }[]).map((item) => (
                <li key={item.name}>
                  {item.name}
                  {item.note ? ` (${item.note})` : ""}
                </li>
              ))}
            </ul>
            <p>{openSupplement.stage === "AFTER_RECEIPT" ? t("supplementClock") : t("supplementDesk")}</p>
          </Alert>
          {sentSinceRequest.length > 0 ? (
            <ul className="mt-3 list-disc pl-6">
              {sentSinceRequest.map((document) => (
                <li key={document.id}>
                  {document.name} ({formatBytes(document.sizeBytes)})
                </li>
              ))}
            </ul>
          ) : null}
          <UploadSlot dossierId={dossier.id} slot={SUPPLEMENT_SLOT} label={t("supplementTitle")} back={`/ho-so/${dossier.id}`} maxFileBytes={maxFileBytes()} supplement texts={texts} />
          <SupplementForm dossierId={dossier.id} texts={{ submit: t("supplementSubmit"), errors: errorTexts }} />
        </Panel>
      ) : null}

      {openPayment && dossier.status === "AWAITING_PAYMENT" ? (
        <Panel title={t("paymentTitle")} id="thanh-toan">
          <p>
            {openPayment.reason}: <strong>{t("vnd", { amount: openPayment.amountVnd })}</strong>
          </p>
          <p className="text-sm text-muted">{t("paymentHint")}</p>
          <form action={payAction.bind(null, dossier.id)} className="mt-3">
            <Button type="submit">{t("pay")}</Button>
          </form>
        </Panel>
      ) : null}

      {results.length > 0 ? (
        <Panel title={t("resultTitle")} id="ket-qua">
          <ul className="flex flex-col gap-2">
            {results.map((document) => (
              <li key={document.id}>
                <a href={`/api/ho-so/${dossier.id}/giay-to/${document.id}`} className="font-semibold">
                  {t("download")} {document.name}
                </a>{" "}
                <span className="text-sm text-muted">({formatBytes(document.sizeBytes)})</span>
                {document.verificationCode ? (
                  <p className="text-sm">
                    {tVerification("verificationCode")}:{" "}
                    <a href={`${VERIFICATION_PATH}/${formatVerificationCode(document.verificationCode)}`} className="font-mono">
                      {formatVerificationCode(document.verificationCode)}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      {dossier.actions.includes("RATE") && !dossier.rating ? (
        <Panel title={t("ratingTitle")} id="danh-gia">
          <RatingForm
            dossierId={dossier.id}
            texts={{
              overallLegend: t("ratingOverall"),
              overall: OVERALL.map((value) => ({ value, label: t(`overall.${value}`) })),
              criteria: RATING_CRITERIA.map((criterion) => ({ code: criterion.code, label: english ? criterion.labelEn : criterion.label, options: [...(english ? criterion.optionsEn : criterion.options)] })),
              comment: t("ratingComment"),
              submit: t("ratingSubmit"),
              errors: errorTexts,
            }}
          />
        </Panel>
      ) : dossier.rating ? (
        <Panel title={t("ratingTitle")} id="danh-gia-da-gui">
          <p>{t("ratedOn", { date: formatDate(dossier.rating.createdAt), overall: t(`overall.${dossier.rating.overall}`) })}</p>
        </Panel>
      ) : null}

      <Panel title={t("messagesTitle")} id="thong-bao">
        <ul className="flex flex-col gap-3">
          {dossier.supplementRequests.map((request) => (
            <li key={request.id} className="rounded-md bg-surface p-3">
              <p className="font-semibold">
                {t("messageSupplement")} · {formatDate(request.requestedAt)}
              </p>
              <p>{request.reason}</p>
              {request.fulfilledAt ? <p className="text-sm">{t("supplementAnswered", { date: formatDate(request.fulfilledAt) })}</p> : null}
            </li>
          ))}
          {dossier.dueDateChange ? (
            <li className="rounded-md bg-surface p-3">
              <p className="font-semibold">
                {t("messageApology")} · {formatDate(dossier.dueDateChange.issuedAt)}
              </p>
              <p>{dossier.dueDateChange.reason}</p>
              <p>{t("apologyDates", { from: formatDate(dossier.dueDateChange.previousDueAt), to: formatDate(dossier.dueDateChange.newDueAt) })}</p>
            </li>
          ) : null}
          {(["REFUSE_AT_RECEIPT", "REFUSE_TO_RESOLVE", "STOP"] as const).map((action) =>
            reasonOf(action) ? (
              <li key={action} className="rounded-md bg-surface p-3">
                <p className="font-semibold">{t(`message.${action}`)}</p>
                <p>{reasonOf(action)}</p>
              </li>
            ) : null,
          )}
          {dossier.supplementRequests.length === 0 && !dossier.dueDateChange && !["REFUSE_AT_RECEIPT", "REFUSE_TO_RESOLVE", "STOP"].some(reasonOf) ? <li>{t("noMessages")}</li> : null}
        </ul>
      </Panel>

      <Panel title={t("slipTitle")} id="qua-trinh">
        <p className="mb-3 text-sm text-muted">{t("slipLead")}</p>
        <ControlSlip steps={dossier.processingSteps} now={now} />
      </Panel>

      <Panel title={t("documentsTitle")} id="giay-to">
        <ul className="flex flex-col gap-2">
          {dossier.documents.map((document) => (
            <li key={document.id}>
              <a href={`/api/ho-so/${dossier.id}/giay-to/${document.id}`}>{document.requirement?.name ? `${document.requirement.name}: ` : ""}{document.name}</a>{" "}
              <span className="text-sm text-muted">({formatBytes(document.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      </Panel>

      <Panel title={t("accessTitle")} id="ai-da-xem">
        <p className="mb-3 text-sm text-muted">{t("accessLead")}</p>
        {accessLog.length === 0 ? <p>{t("accessNone")}</p> : (
          <ul className="flex flex-col gap-1">
            {accessLog.map((entry, index) => (
              <li key={index}>
                <span className="text-muted">{formatDateTime(entry.at)}</span>{" · "}
                {[entry.unit, entry.agency].filter(Boolean).join(", ")}{" · "}
                {entry.kind === "CHANGE" ? t("accessChange", { action: tBack.has(`actionLabel.${entry.action}` as "actionLabel.RECEIVE") ? tBack(`actionLabel.${entry.action}` as "actionLabel.RECEIVE") : (entry.action ?? "") }) : t(`access${entry.kind}`)}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {dossier.actions.includes("WITHDRAW") ? (
        <Panel title={t("withdrawTitle")} id="rut-ho-so">
          <p className="mb-3">{t("withdrawLead")}</p>
          <WithdrawForm dossierId={dossier.id} texts={{ confirm: t("withdrawConfirm"), submit: t("withdrawSubmit"), errors: errorTexts }} />
        </Panel>
      ) : null}
    </div>
  );
}
