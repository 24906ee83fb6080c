import { getLocale, getTranslations } from "next-intl/server";
import type { WardChoice } from "@/lib/delegation/ward-choice";
import type { OfficerDossier } from "@/lib/back-office/dossier-view";
import { formatDate } from "@/lib/i18n/format";
import { ActionForm, type ActionField } from "./action-form";

/** The forms of the actions the officer can take now (the engine decided which), most likely first. */
export async function OfficerActionPanel({ dossier, isDesk, wards = null }: { dossier: OfficerDossier; isDesk: boolean; wards?: WardChoice[] | null }) {
  const t = await getTranslations("OfficerDossier");
  const tDelegation = await getTranslations("Delegation");
  const english = (await getLocale()) === "en";
  const has = (action: OfficerDossier["actions"][number]) => dossier.actions.includes(action);
  const common = { dossierId: dossier.id, version: dossier.version, errorTitle: t("errorTitle") };
  const reason = (label = t("reason")): ActionField => ({ type: "textarea", name: "reason", label });
  const forms = [];
  if (has("RECEIVE") || (has("REQUEST_SUPPLEMENT") && dossier.status === "SUBMITTED")) {
    const applicationPapers = dossier.documents.filter((document) => document.kind === "APPLICATION" || document.kind === "SUPPLEMENT");
    forms.push(
      <ActionForm
        key="check" id="check" title={t("checkTitle")} {...common}
        fields={[
          {
            type: "checklist", name: "paper", label: t("checklist"), hint: t("checklistHint"),
            items: dossier.procedure.requiredDocuments
              .filter((paper) => paper.isRequired || applicationPapers.some((document) => document.requirementId === paper.id))
              .map((paper) => ({
                value: paper.id, label: paper.name, required: paper.isRequired,
                detail: `${paper.isRequired ? t("paperRequired") : t("paperOptional")} · ${applicationPapers.filter((document) => document.requirementId === paper.id).map((document) => document.name).join(", ") || t("paperMissing")}`,
              })),
          },
          { type: "textarea", name: "items", label: t("extraItems"), rows: 2 },
          reason(t("supplementReason")),
          // Filed before a delegation to every ward that hands such dossiers over: the ward that decides it.
          ...(wards ? [{
            type: "select" as const, name: "delegateAgencyId", label: tDelegation("wardLabel"), hint: tDelegation("wardDeskHint"), emptyOption: tDelegation("wardChoose"),
            options: wards.map((ward) => ({ value: ward.id, label: english && ward.nameEn ? ward.nameEn : ward.name })),
          }] : []),
        ]}
        buttons={[
          ...(has("RECEIVE") ? [{ intent: "RECEIVE", label: t("receive") }] : []),
          ...(has("REQUEST_SUPPLEMENT") ? [{ intent: "REQUEST_SUPPLEMENT", label: t("requestSupplement"), variant: "secondary" as const }] : []),
          ...(has("REFUSE_AT_RECEIPT") ? [{ intent: "REFUSE_AT_RECEIPT", label: t("refuse"), variant: "danger" as const }] : []),
        ]}
      />,
    );
  } else if (has("REFUSE_AT_RECEIPT")) {
    forms.push(<ActionForm key="refuse" id="refuse" title={t("refuse")} {...common} fields={[reason()]} buttons={[{ intent: "REFUSE_AT_RECEIPT", label: t("refuse"), variant: "danger" }]} />);
  }
  if (has("ASSIGN")) {
    forms.push(
      <ActionForm key="assign" id="assign" title={t("assignTitle")} {...common}
        fields={[{ type: "select", name: "handlerId", label: t("assignHandler"), options: dossier.assignable.map((officer) => ({ value: officer.id, label: officer.fullName })), emptyOption: "" }]}
        buttons={[{ intent: "ASSIGN", label: t("assign") }]} />,
    );
  }
  // The return leg opens with the result (MARK_RESULT_READY), not by a hand-over.
  const forwardsToReturn = dossier.forwardTo?.step.position === dossier.procedure.steps.length;
  if (has("FORWARD") && dossier.forwardTo && !forwardsToReturn) {
    const chooseHandler = !isDesk && dossier.forwardTo.officers.length > 0;
    forms.push(
      <ActionForm key="forward" id="forward" title={t("forwardTitle", { step: dossier.forwardTo.step.name })} {...common}
        fields={[
          ...(chooseHandler ? [{ type: "select" as const, name: "handlerId", label: t("forwardHandler"), options: dossier.forwardTo.officers.map((officer) => ({ value: officer.id, label: officer.fullName })), emptyOption: t("forwardAnyone") }] : []),
          { type: "textarea", name: "note", label: t("note") },
        ]}
        buttons={[{ intent: "FORWARD", label: t("forward") }]} />,
    );
  } else if (has("COMPLETE_STEP") && !has("APPROVE")) {
    forms.push(<ActionForm key="complete" id="complete" title={t("completeTitle")} {...common} fields={[{ type: "textarea", name: "note", label: t("note") }]} buttons={[{ intent: "COMPLETE_STEP", label: t("complete") }]} />);
  }
  if (has("APPROVE")) {
    forms.push(<ActionForm key="approve" id="approve" title={t("approveTitle")} {...common} fields={[{ type: "textarea", name: "note", label: t("note") }]} buttons={[{ intent: "APPROVE", label: t("approve") }]} />);
  }
  if (has("REFUSE_TO_RESOLVE")) {
    forms.push(<ActionForm key="refuse-resolve" id="refuse-resolve" title={t("refuseResolveTitle")} {...common} fields={[reason(t("refuseResolveReason"))]} buttons={[{ intent: "REFUSE_TO_RESOLVE", label: t("refuseResolve"), variant: "danger" }]} />);
  }
  if (has("SEND_BACK")) {
    forms.push(<ActionForm key="send-back" id="send-back" title={t("sendBackTitle")} {...common} fields={[reason()]} buttons={[{ intent: "SEND_BACK", label: t("sendBack"), variant: "secondary" }]} />);
  }
  if (has("MARK_RESULT_READY")) {
    forms.push(<ActionForm key="result" id="result" title={t("resultFormTitle")} {...common} fields={[{ type: "file", name: "result", label: t("resultFile"), hint: t("resultFileHint"), accept: "application/pdf,image/jpeg,image/png" }]} buttons={[{ intent: "MARK_RESULT_READY", label: t("markReady") }]} />);
  }
  if (has("RETURN_RESULT")) {
    forms.push(
      <ActionForm key="return" id="return" title={t("returnTitle")} {...common}
        fields={[{ type: "select", name: "method", label: t("returnMethod"), options: (["AT_DESK", "POST", "ONLINE"] as const).map((method) => ({ value: method, label: t(`return${method}`) })) }]}
        buttons={[{ intent: "RETURN_RESULT", label: t("returnResult") }]} />,
    );
  }
  if (has("REQUEST_SUPPLEMENT") && dossier.status !== "SUBMITTED") {
    forms.push(<ActionForm key="supplement" id="supplement" title={t("supplementAfterTitle")} {...common} fields={[{ type: "textarea", name: "items", label: t("items"), hint: t("supplementAfterHint") }, reason()]} buttons={[{ intent: "REQUEST_SUPPLEMENT", label: t("requestSupplement"), variant: "secondary" }]} />);
  }
  if (has("RECORD_CONSULTATION_REPLY")) {
    const open = dossier.consultations.filter((consultation) => !consultation.repliedAt);
    forms.push(
      <ActionForm key="reply" id="reply" title={t("replyTitle")} {...common}
        fields={[
          { type: "select", name: "consultationId", label: t("replyConsultation"), options: open.map((consultation) => ({ value: consultation.id, label: `${consultation.agency.name}: ${consultation.question.slice(0, 80)}` })) },
          { type: "textarea", name: "reply", label: t("replyText") },
        ]}
        buttons={[{ intent: "RECORD_CONSULTATION_REPLY", label: t("reply") }]} />,
    );
  }
  if (has("CONSULT")) {
    forms.push(
      <ActionForm key="consult" id="consult" title={t("consultTitle")} {...common}
        fields={[
          { type: "select", name: "agencyId", label: t("consultAgency"), options: dossier.consultable.map((agency) => ({ value: agency.id, label: agency.name })), emptyOption: "" },
          { type: "textarea", name: "question", label: t("consultQuestion") },
          { type: "date", name: "dueDate", label: t("consultDue") },
        ]}
        buttons={[{ intent: "CONSULT", label: t("consult"), variant: "secondary" }]} />,
    );
  }
  if (has("REQUEST_PAYMENT")) {
    forms.push(<ActionForm key="payment" id="payment" title={t("paymentTitle")} {...common} fields={[{ type: "amount", name: "amount", label: t("amount") }, { type: "text", name: "reason", label: t("paymentReason") }]} buttons={[{ intent: "REQUEST_PAYMENT", label: t("requestPayment"), variant: "secondary" }]} />);
  }
  if (has("RECORD_PAYMENT")) {
    forms.push(
      <ActionForm key="record-payment" id="record-payment" title={t("recordPaymentTitle")} {...common}
        fields={[
          { type: "select", name: "method", label: t("method"), options: (["CASH", "BANK_TRANSFER"] as const).map((method) => ({ value: method, label: t(`method${method}`) })) },
          { type: "text", name: "reference", label: t("reference") },
        ]}
        buttons={[{ intent: "RECORD_PAYMENT", label: t("recordPayment") }]} />,
    );
  }
  if (dossier.apology.canDraft) {
    forms.push(
      <ActionForm key="draft-apology" kind="draftApology" id="draft-apology" title={t("draftApologyTitle")} {...common}
        fields={[{ type: "textarea", name: "reason", label: t("reason"), hint: t("draftApologyHint") }, { type: "date", name: "newDate", label: t("newDate") }]}
        buttons={[{ intent: "DRAFT_APOLOGY", label: t("draftApology"), variant: "secondary" }]} />,
    );
  }
  if (dossier.apology.canSign && dossier.apology.pending) {
    forms.push(
      <ActionForm key="sign-apology" kind="decideApology" id="sign-apology" buttonName="decision"
        title={`${t("signApologyTitle")}: ${formatDate(dossier.apology.pending.newDueAt)}`} {...common}
        fields={[{ type: "textarea", name: "note", label: t("declineNote"), rows: 2 }]}
        buttons={[{ intent: "sign", label: t("signApology") }, { intent: "decline", label: t("declineApology"), variant: "secondary" }]} />,
    );
  }
  if (has("WITHDRAW") && isDesk) {
    forms.push(<ActionForm key="withdraw" id="withdraw" title={t("withdrawTitle")} {...common} fields={[{ type: "confirm", name: "confirm", label: t("withdrawConfirm") }]} buttons={[{ intent: "WITHDRAW", label: t("withdraw"), variant: "secondary" }]} />);
  }
  if (has("STOP")) {
    forms.push(<ActionForm key="stop" id="stop" title={t("stopTitle")} {...common} fields={[reason()]} buttons={[{ intent: "STOP", label: t("stop"), variant: "danger" }]} />);
  }
  return (
    <section aria-labelledby="actions-title" className="flex flex-col gap-3">
      <h2 id="actions-title" className="text-xl font-bold">{t("actionsTitle")}</h2>
      {forms.length === 0 ? <p>{t("noActions")}</p> : forms}
    </section>
  );
}
