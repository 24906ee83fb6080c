import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DueBadge } from "@/components/back-office/due-badge";
import { OfficerActionPanel } from "@/components/back-office/officer-action-panel";
import { wardsToChoose } from "@/lib/delegation/ward-choice";
import { ControlSlip } from "@/components/dossiers/control-slip";
import { StatusBadge } from "@/components/dossiers/status-badge";
import { Alert } from "@/components/ui/alert";
import { requireOfficer } from "@/lib/auth/staff";
import { OFFICER_ACTIONS } from "@/lib/back-office/available-actions";
import { dossierForOfficer, type OfficerDossier } from "@/lib/back-office/dossier-view";
import { formatBytes, formatDate, formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Queues"))("title"), robots: { index: false } };
}

const DONE = new Set([...OFFICER_ACTIONS, "DRAFT_APOLOGY", "SIGN_APOLOGY", "DECLINE_APOLOGY"] as string[]);

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-md border border-line bg-white p-4">
      <h2 id={id} className="text-xl font-bold">{title}</h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** yyyy-MM-dd as dd/MM/yyyy. */
const isoDateText = (value: string): string => value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1");

type Snapshot = { fullName?: string; nationalId?: string; dateOfBirth?: string; address?: string; phone?: string; email?: string; onBehalfOf?: { fullName: string; nationalId: string } };

function answers(dossier: OfficerDossier): [string, ReactNode][] {
  const data = (dossier.formData ?? {}) as Record<string, unknown>;
  return dossier.formFields
    .filter((field) => data[field.name] !== undefined && data[field.name] !== "")
    .map((field) => {
      const raw = String(data[field.name]);
      const option = field.options?.find((candidate) => candidate.value === raw);
      return [field.label, option ? option.label : raw];
    });
}

export default async function OfficerDossierPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { actor } = await requireOfficer(`/can-bo/ho-so/${id}`);
  const now = new Date();
  const dossier = await dossierForOfficer(actor, id, now);
  if (!dossier) notFound();
  const t = await getTranslations("OfficerDossier");
  const tDone = await getTranslations("OfficerActions");
  const tEnum = await getTranslations("Enums");
  const tRole = await getTranslations("BackOffice");
  const roleName = (role: string): string => (tRole.has(`role${role}` as "roleADMIN") ? tRole(`role${role}` as "roleADMIN") : role);
  const done = (await searchParams).xong;
  const doneKey = typeof done === "string" && DONE.has(done) ? (`done_${done}` as "done_RECEIVE") : null;
  const snapshot = (dossier.applicantSnapshot ?? {}) as Snapshot;
  const formAnswers = answers(dossier);
  const title = dossier.code ?? dossier.reference ?? "";
  const refusal = dossier.events.find((event) => event.action === "REFUSE_AT_RECEIPT");
  const forms: [string, string][] = [
    ...(dossier.code ? ([["01", t("form01")]] as [string, string][]) : []),
    ...(dossier.supplementRequests.length > 0 ? ([["02", t("form02")]] as [string, string][]) : []),
    ...(refusal ? ([["03", t("form03")]] as [string, string][]) : []),
    ...(dossier.dueDateChange ? ([["04", t("form04")]] as [string, string][]) : []),
    ...(dossier.processingSteps.length > 0 ? ([["05", t("form05")]] as [string, string][]) : []),
  ];
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">
          {t("title", { code: title })} <span className="sr-only">:</span>
          <span className="block text-lg font-normal">{dossier.procedure.name} ({dossier.procedure.code})</span>
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={dossier.status} />
          {dossier.dueState ? <DueBadge state={dossier.dueState} /> : null}
        </div>
      </header>
      {doneKey ? <Alert tone="success" titleAs="h2" title={tDone(doneKey)}>{done === "RECEIVE" ? <Link href={`/can-bo/ho-so/${dossier.id}/bieu-mau/01`}>{t("form01")}</Link> : null}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex flex-col gap-4">
          <Panel id="summary" title={dossier.procedure.name}>
            <Facts
              rows={[
                [t("agency"), dossier.agency.name],
                ...(dossier.receivingAgency ? ([[t("receivingAgency"), dossier.receivingAgency.name]] as [string, ReactNode][]) : []),
                [t("channel"), tEnum(`channel.${dossier.channel}`)],
                ...(dossier.submittedAt ? ([[t("submitted"), formatDateTime(dossier.submittedAt)]] as [string, ReactNode][]) : []),
                ...(dossier.receivedAt ? ([[t("received"), formatDateTime(dossier.receivedAt)]] as [string, ReactNode][]) : []),
                ...(dossier.dueAt ? ([[t("appointment"), <>{formatDate(dossier.dueAt)} {dossier.isDueProvisional ? <span className="font-normal">{t("provisional")}</span> : null}</>]] as [string, ReactNode][]) : []),
              ]}
            />
          </Panel>
          <Panel id="applicant" title={t("applicantTitle")}>
            <p className="mb-2 text-sm text-muted">{t("applicantNote")}</p>
            <Facts
              rows={[
                [t("fullName"), snapshot.fullName ?? ""],
                ...(snapshot.nationalId ? ([[t("nationalId"), <span key="id" className="font-mono">{snapshot.nationalId}</span>]] as [string, ReactNode][]) : []),
                ...(snapshot.dateOfBirth ? ([[t("dateOfBirth"), isoDateText(snapshot.dateOfBirth)]] as [string, ReactNode][]) : []),
                ...(snapshot.address ? ([[t("address"), snapshot.address]] as [string, ReactNode][]) : []),
                ...(snapshot.phone ? ([[t("phone"), snapshot.phone]] as [string, ReactNode][]) : []),
                ...(snapshot.email ? ([[t("email"), snapshot.email]] as [string, ReactNode][]) : []),
                ...(dossier.organization ? ([[t("organization"), `${dossier.organization.name} (${dossier.organization.taxCode})`]] as [string, ReactNode][]) : []),
                ...(snapshot.onBehalfOf ? ([[t("onBehalfOf"), `${snapshot.onBehalfOf.fullName} (${snapshot.onBehalfOf.nationalId})`]] as [string, ReactNode][]) : []),
              ]}
            />
            {dossier.isVneidAuthenticated ? <p className="mt-2 text-sm">{t("vneid")}</p> : null}
          </Panel>
          {formAnswers.length > 0 ? <Panel id="form" title={t("formTitle")}><Facts rows={formAnswers} /></Panel> : null}
          <Panel id="papers" title={t("papersTitle")}>
            {dossier.documents.length === 0 ? <p>{t("paperMissing")}</p> : (
              <ul className="flex flex-col gap-2">
                {dossier.documents.map((document) => {
                  const requirement = dossier.procedure.requiredDocuments.find((paper) => paper.id === document.requirementId);
                  const group = document.kind === "RESULT" ? t("resultTitle") : document.kind === "SUPPLEMENT" ? t("supplementPapers") : requirement?.name ?? document.name;
                  return (
                    <li key={document.id}>
                      <span className="block text-sm text-muted">{group}</span>
                      <a href={`/api/can-bo/ho-so/${dossier.id}/giay-to/${document.id}`} download>
                        <span className="sr-only">{t("download", { name: "" })}</span>{document.name}
                      </a>{" "}
                      <span className="text-sm text-muted">({formatBytes(document.sizeBytes)}, {formatDateTime(document.createdAt)})</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </Panel>
          {dossier.supplementRequests.length > 0 ? (
            <Panel id="supplements" title={t("supplementsTitle")}>
              <ul className="flex flex-col gap-2">
                {dossier.supplementRequests.map((request) => (
                  <li key={request.id}>
                    <p className="font-semibold">{formatDateTime(request.requestedAt)}: {request.reason}</p>
                    <ul className="list-disc pl-6">{(request.items as { name: string }[]).map((item, index) => <li key={index}>{item.name}</li>)}</ul>
                    <p className="text-sm">{request.fulfilledAt ? t("supplementDone", { date: formatDateTime(request.fulfilledAt) }) : t("supplementOpen")}</p>
                  </li>
                ))}
              </ul>
            </Panel>
          ) : null}
          {dossier.consultations.length > 0 ? (
            <Panel id="consultations" title={t("consultationsTitle")}>
              <ul className="flex flex-col gap-2">
                {dossier.consultations.map((consultation) => (
                  <li key={consultation.id}>
                    <p className="font-semibold">{consultation.agency.name}: {consultation.question}</p>
                    <p className="text-sm">{t("consultationDue", { date: formatDate(consultation.dueAt) })} · {consultation.repliedAt ? t("consultationReply", { date: formatDateTime(consultation.repliedAt), reply: consultation.reply ?? "" }) : t("consultationWaiting")}</p>
                  </li>
                ))}
              </ul>
            </Panel>
          ) : null}
          {dossier.payments.length > 0 ? (
            <Panel id="payments" title={t("paymentsTitle")}>
              <ul className="flex flex-col gap-1">
                {dossier.payments.map((payment) => (
                  <li key={payment.id}>{payment.reason}: {payment.amountVnd.toLocaleString("vi-VN")} đ · {payment.paidAt ? t("paid", { date: formatDateTime(payment.paidAt) }) : t("unpaid")}</li>
                ))}
              </ul>
            </Panel>
          ) : null}
          {dossier.dueDateChange || dossier.apologyDrafts.length > 0 ? (
            <Panel id="apology" title={t("apologyTitle")}>
              {dossier.dueDateChange ? (
                <>
                  <p>{t("apologyIssued", { date: formatDateTime(dossier.dueDateChange.issuedAt), from: formatDate(dossier.dueDateChange.previousDueAt), to: formatDate(dossier.dueDateChange.newDueAt), reason: dossier.dueDateChange.reason })}</p>
                  <p className="mt-2 font-semibold">{t("apologyOnce")}</p>
                </>
              ) : null}
              {dossier.apology.pending ? <p>{t("apologyPending", { date: formatDate(dossier.apology.pending.newDueAt), reason: dossier.apology.pending.reason })}</p> : null}
              {dossier.apologyDrafts.filter((draft) => draft.status === "DECLINED").map((draft) => (
                <p key={draft.id} className="text-sm">{t("apologyDeclined", { date: formatDateTime(draft.decidedAt!), note: draft.decisionNote ?? "" })}</p>
              ))}
            </Panel>
          ) : null}
          <Panel id="slip" title={t("slipTitle")}>
            <ControlSlip steps={dossier.processingSteps} now={now} />
          </Panel>
          <Panel id="trail" title={t("trailTitle")}>
            <ol className="flex flex-col gap-1">
              {dossier.events.map((event) => (
                <li key={event.sequence} className="grid grid-cols-1 gap-x-3 sm:grid-cols-[11rem_1fr]">
                  <span className="text-muted">{formatDateTime(event.occurredAt)}</span>
                  <span>
                    <StatusBadge status={event.toStatus} /> {t.has(`actionLabel.${event.action}` as "actionLabel.RECEIVE") ? t(`actionLabel.${event.action}` as "actionLabel.RECEIVE") : event.action}
                    {" · "}
                    {event.actor ? t("trailBy", { name: event.actor.fullName, role: roleName(event.actorRole) }) : t("trailSystem")}
                  </span>
                </li>
              ))}
            </ol>
          </Panel>
        </div>
        <aside className="flex flex-col gap-4 lg:sticky lg:top-4 lg:self-start">
          <OfficerActionPanel dossier={dossier} isDesk={actor.officerRole === "DESK_OFFICER"} wards={dossier.actions.includes("RECEIVE") ? await wardsToChoose(actor, dossier.id, now) : null} />
          {forms.length > 0 ? (
            <section aria-labelledby="forms-title" className="rounded-md border border-line bg-white p-4">
              <h2 id="forms-title" className="text-lg font-bold">{t("formsTitle")}</h2>
              <ul className="mt-2 flex flex-col gap-1">
                {forms.map(([number, label]) => <li key={number}><Link href={`/can-bo/ho-so/${dossier.id}/bieu-mau/${number}`}>{label}</Link></li>)}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
