import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { currentOfficer, type OfficerActor } from "@/lib/auth/staff";
import { dossierInScope } from "./dossier-view";
import { closingMinute, fromLocal } from "@/lib/calendar";
import { loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { routeExisting } from "@/lib/delegation/routing";
import { executeTransition } from "@/lib/dossiers/execute-transition";
import type { ActionRequest, ResultDocument } from "@/lib/dossiers/requests";
import { AppError, ERRORS } from "@/lib/errors";
import { parseFormDate, parseFormNumber } from "@/lib/filing/form-fields";
import { maxFileBytes } from "@/lib/filing/uploads";
import { newIdAt } from "@/lib/ids";
import { storage } from "@/lib/storage";
import { prepareResultDocument, UnacceptedResultTypeError, UnreadableResultError } from "@/lib/verification/issue-result";

// Every officer action on a dossier: read from the form, checked field by field (messages in the
// officer's language next to the field), then one lifecycle command with the version the page
// showed, so two officers acting at once cannot both win. Out of scope: 404. The server actions in
// app/can-bo/(lam-viec)/ho-so/[id]/actions.ts call these and redirect on success.

export type OfficerActionState = {
  intent?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
  /** What the officer typed, given back so that nothing is lost when the form is shown again. */
  values?: Record<string, string[]>;
};

const text = (formData: FormData, name: string, max = 4000): string => String(formData.get(name) ?? "").trim().slice(0, max);
const UUID = /^[0-9a-f-]{36}$/;

class FieldErrors extends Error {
  constructor(readonly fields: Record<string, string>) {
    super("field errors");
  }
}

async function localDate(formData: FormData, name: string, calendarHoursEnd: number): Promise<Date> {
  const t = await getTranslations("OfficerActions");
  const date = parseFormDate(text(formData, name, 20));
  if (!date) throw new FieldErrors({ [name]: t("errorDate") });
  return fromLocal(date, calendarHoursEnd);
}

async function required(formData: FormData, name: string, max = 4000): Promise<string> {
  const value = text(formData, name, max);
  if (!value) throw new FieldErrors({ [name]: (await getTranslations("OfficerActions"))("errorRequired") });
  return value;
}

/**
 * The result document: checked like an applicant's paper (size, type by content), then issued with
 * the portal's verification stamp and stored (lib/verification, docs/domain/verification.md).
 */
async function storeResult(formData: FormData, dossierId: string, now: Date): Promise<ResultDocument> {
  const t = await getTranslations("OfficerActions");
  const file = formData.get("result");
  if (!(file instanceof File) || file.size === 0) throw new FieldErrors({ result: t("errorResultMissing") });
  if (file.size > maxFileBytes()) throw new FieldErrors({ result: t("errorResultTooLarge") });
  try {
    return await prepareResultDocument({ dossierId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), now });
  } catch (error) {
    if (error instanceof UnacceptedResultTypeError) throw new FieldErrors({ result: t("errorResultType") });
    if (error instanceof UnreadableResultError) throw new FieldErrors({ result: t("errorResultUnreadable") });
    throw error;
  }
}

async function requestFrom(intent: string, formData: FormData, dossierId: string, now: Date, actor: OfficerActor): Promise<ActionRequest> {
  const t = await getTranslations("OfficerActions");
  switch (intent) {
    case "RECEIVE": {
      const papers = await db.procedureDocument.findMany({
        where: { isRequired: true, procedure: { dossiers: { some: { id: dossierId } } } },
        select: { id: true },
      });
      const checked = new Set(formData.getAll("paper").map(String));
      if (papers.some((paper) => !checked.has(paper.id))) throw new FieldErrors({ paper: t("errorChecklist") });
      // Filed before a delegation that hands such dossiers over: received here for the delegate
      // (the ward named in `delegateAgencyId` when it went to every ward; lib/delegation).
      const ward = text(formData, "delegateAgencyId", 40);
      const routing = await routeExisting(db, { dossierId, actor, chosenAgencyId: UUID.test(ward) ? ward : null, now });
      return { action: "RECEIVE", ...(routing ? { routing } : {}) };
    }
    case "REQUEST_SUPPLEMENT": {
      const checked = new Set(formData.getAll("paper").map(String));
      const missing = await db.procedureDocument.findMany({
        where: { isRequired: true, id: { notIn: [...checked].filter((id) => UUID.test(id)) }, procedure: { dossiers: { some: { id: dossierId } } } },
        orderBy: { position: "asc" },
        select: { name: true },
      });
      const extra = text(formData, "items").split("\n").map((line) => line.trim()).filter(Boolean).slice(0, 30);
      const items = [...missing.map((paper) => ({ name: paper.name })), ...extra.map((name) => ({ name: name.slice(0, 300) }))];
      const errors: Record<string, string> = {};
      if (items.length === 0) errors.items = t("errorItems");
      const reason = text(formData, "reason");
      if (!reason) errors.reason = t("errorRequired");
      if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
      return { action: "REQUEST_SUPPLEMENT", reason, items };
    }
    case "REFUSE_AT_RECEIPT":
    case "SEND_BACK":
    case "REFUSE_TO_RESOLVE":
    case "STOP":
      return { action: intent, reason: await required(formData, "reason") };
    case "FORWARD": {
      const handlerId = text(formData, "handlerId", 40);
      return { action: "FORWARD", handlerId: UUID.test(handlerId) ? handlerId : null, note: text(formData, "note") || undefined };
    }
    case "ASSIGN": {
      const handlerId = text(formData, "handlerId", 40);
      if (!UUID.test(handlerId)) throw new FieldErrors({ handlerId: t("errorHandler") });
      return { action: "ASSIGN", handlerId };
    }
    case "COMPLETE_STEP":
      return { action: "COMPLETE_STEP", note: text(formData, "note") || undefined };
    case "APPROVE":
      return { action: "APPROVE", note: text(formData, "note") || undefined };
    case "CONSULT": {
      const calendar = await loadCalendarContext(db);
      const agencyId = text(formData, "agencyId", 40);
      const errors: Record<string, string> = {};
      if (!UUID.test(agencyId)) errors.agencyId = t("errorAgency");
      const question = text(formData, "question");
      if (!question) errors.question = t("errorRequired");
      let dueAt: Date | null = null;
      try {
        dueAt = await localDate(formData, "dueDate", closingMinute(calendar.hours));
        if (dueAt <= now) errors.dueDate = t("errorFutureDate");
      } catch (error) {
        if (error instanceof FieldErrors) Object.assign(errors, error.fields);
      }
      if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
      return { action: "CONSULT", agencyId, question, dueAt: dueAt! };
    }
    case "RECORD_CONSULTATION_REPLY": {
      const consultationId = text(formData, "consultationId", 40);
      if (!UUID.test(consultationId)) throw new AppError("CONSULTATION_NOT_FOUND");
      return { action: "RECORD_CONSULTATION_REPLY", consultationId, reply: await required(formData, "reply") };
    }
    case "REQUEST_PAYMENT": {
      const amount = parseFormNumber(text(formData, "amount", 30));
      const errors: Record<string, string> = {};
      if (!amount || amount <= 0 || amount > 1_000_000_000) errors.amount = t("errorAmount");
      const reason = text(formData, "reason");
      if (!reason) errors.reason = t("errorRequired");
      if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
      return { action: "REQUEST_PAYMENT", amountVnd: amount!, reason };
    }
    case "RECORD_PAYMENT": {
      const method = text(formData, "method", 20);
      if (method !== "CASH" && method !== "BANK_TRANSFER") throw new FieldErrors({ method: t("errorRequired") });
      return { action: "RECORD_PAYMENT", method, reference: text(formData, "reference", 100) || undefined };
    }
    case "RETURN_RESULT": {
      const method = text(formData, "method", 20);
      if (method !== "AT_DESK" && method !== "POST" && method !== "ONLINE") throw new FieldErrors({ method: t("errorRequired") });
      return { action: "RETURN_RESULT", method };
    }
    case "WITHDRAW":
      if (formData.get("confirm") !== "yes") throw new FieldErrors({ confirm: t("errorConfirm") });
      return { action: "WITHDRAW" };
    case "MARK_RESULT_READY":
      return { action: "MARK_RESULT_READY", resultDocument: await storeResult(formData, dossierId, now) };
    default:
      throw new AppError("VALIDATION");
  }
}

function typedValues(formData: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$") || name === "dossierId" || name === "version") continue;
    (values[name] ??= []).push(value.slice(0, 4000));
  }
  return values;
}

export async function failure(intent: string, error: unknown, formData: FormData): Promise<OfficerActionState> {
  const values = typedValues(formData);
  if (error instanceof FieldErrors) return { intent, fieldErrors: error.fields, values };
  if (error instanceof AppError && error.code !== "NOT_FOUND") {
    const locale = await getLocale();
    return { intent, formError: ERRORS[error.code][locale === "en" ? "en" : "vi"], values };
  }
  throw error;
}

export async function officerAndDossier(dossierId: string): Promise<{ actor: OfficerActor; version: number; agencyId: string }> {
  const officer = await currentOfficer();
  if (!officer) throw new AppError("NOT_FOUND");
  const dossier = await dossierInScope(officer.actor, dossierId);
  if (!dossier) throw new AppError("NOT_FOUND");
  return { actor: officer.actor, version: dossier.version, agencyId: dossier.agencyId };
}

/** Runs the action the form names; null when done. */
export async function runOfficerAction(formData: FormData): Promise<OfficerActionState | null> {
  const dossierId = text(formData, "dossierId", 40);
  const intent = text(formData, "intent", 40);
  const { actor } = await officerAndDossier(dossierId);
  const expectedVersion = Number(formData.get("version"));
  const now = new Date();
  let stored: string | null = null;
  try {
    const request = await requestFrom(intent, formData, dossierId, now, actor);
    if (request.action === "MARK_RESULT_READY") stored = request.resultDocument?.storageKey ?? null;
    await executeTransition({ dossierId, actor, request, now, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : undefined });
    if (stored) await db.storageIntent.deleteMany({ where: { key: stored } });
  } catch (error) {
    if (stored) await storage().delete(stored).catch(() => undefined);
    return failure(intent, error, formData);
  }
  return null;
}

/** The unit drafts the apology (Mẫu 04): reason and proposed date; the leader signs it off. */
export async function draftApology(formData: FormData): Promise<OfficerActionState | null> {
  const dossierId = text(formData, "dossierId", 40);
  const { actor } = await officerAndDossier(dossierId);
  const t = await getTranslations("OfficerActions");
  if (actor.officerRole !== "SPECIALIST" && actor.officerRole !== "UNIT_HEAD") throw new AppError("NOT_FOUND");
  const now = new Date();
  try {
    const calendar = await loadCalendarContext(db);
    const errors: Record<string, string> = {};
    const reason = text(formData, "reason");
    if (!reason) errors.reason = t("errorRequired");
    let newDueAt: Date | null = null;
    try {
      newDueAt = await localDate(formData, "newDate", closingMinute(calendar.hours));
    } catch (error) {
      if (error instanceof FieldErrors) Object.assign(errors, error.fields);
    }
    if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
    const created = await db.$executeRaw`
      INSERT INTO apology_draft (id, dossier_id, reason, new_due_at, status, drafted_by_id, drafted_at)
      SELECT ${newIdAt(now)}::uuid, ${dossierId}::uuid, ${reason}, ${newDueAt}, 'PENDING', ${actor.userId}::uuid, ${now}
      WHERE NOT EXISTS (SELECT 1 FROM dossier WHERE id = ${dossierId}::uuid AND has_apology)
      ON CONFLICT DO NOTHING`;
    if (created === 0) throw new AppError("APOLOGY_ALREADY_ISSUED");
  } catch (error) {
    return failure("DRAFT_APOLOGY", error, formData);
  }
  return null;
}

/** The leader signs the pending draft (the engine issues the apology, once) or declines it. */
export async function decideApology(formData: FormData): Promise<OfficerActionState | null> {
  const dossierId = text(formData, "dossierId", 40);
  const decision = text(formData, "decision", 10);
  const { actor } = await officerAndDossier(dossierId);
  if (actor.officerRole !== "AGENCY_LEADER") throw new AppError("NOT_FOUND");
  const now = new Date();
  try {
    const draft = await db.apologyDraft.findFirst({ where: { dossierId, status: "PENDING" }, select: { id: true, reason: true, newDueAt: true } });
    if (!draft) throw new AppError("CONFLICT");
    if (decision === "sign") {
      await executeTransition({ dossierId, actor, now, expectedVersion: Number(formData.get("version")), request: { action: "ISSUE_APOLOGY", reason: draft.reason, newDueAt: draft.newDueAt } });
      await db.apologyDraft.update({ where: { id: draft.id }, data: { status: "SIGNED", decidedById: actor.userId, decidedAt: now } });
    } else {
      const note = await required(formData, "note");
      await db.apologyDraft.updateMany({ where: { id: draft.id, status: "PENDING" }, data: { status: "DECLINED", decidedById: actor.userId, decidedAt: now, decisionNote: note } });
    }
  } catch (error) {
    return failure(decision === "sign" ? "SIGN_APOLOGY" : "DECLINE_APOLOGY", error, formData);
  }
  return null;
}

