import "server-only";
import { AdminFieldErrors } from "@/lib/admin/field-errors";
import type { AdminActor } from "@/lib/admin/scope";
import { AppError } from "@/lib/errors";
import { mayAdministerDelegations } from "./admin-pages";
import { endDelegation } from "./end-delegation";
import { recordDelegation, type DecisionFile } from "./record-delegation";
import { revokeDelegation } from "./revoke-delegation";

// The administration's delegation forms (quan-tri/uy-quyen): read the form into the commands'
// inputs, run one, and say where to go next. The form has one "delegate" choice (an agency's id, or
// the group "COMMUNES") where the command has three fields: their errors are shown at that choice.

export const DELEGATION_INTENTS = ["RECORD_DELEGATION", "END_DELEGATION", "REVOKE_DELEGATION"] as const;
export type DelegationIntent = (typeof DELEGATION_INTENTS)[number];
export const isDelegationIntent = (intent: string): intent is DelegationIntent => (DELEGATION_INTENTS as readonly string[]).includes(intent);

const FORM_FIELD: Record<string, string> = { delegateKind: "delegate", delegateAgencyId: "delegate", delegateGroup: "delegate" };

const text = (formData: FormData, name: string, max = 500): string => String(formData.get(name) ?? "").trim().slice(0, max);

async function decisionFile(formData: FormData): Promise<DecisionFile | null> {
  const file = formData.get("document");
  if (!(file instanceof File) || file.size === 0) return null;
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The record form → the command's input (the command re-checks everything). */
export function recordInputOf(formData: FormData) {
  const delegate = text(formData, "delegate", 40);
  const keeps = text(formData, "delegatorKeepsFiledBefore", 3);
  return {
    delegatorId: text(formData, "delegatorId", 40),
    delegateKind: (delegate === "" ? "" : delegate === "COMMUNES" ? "GROUP" : "AGENCY") as "AGENCY" | "GROUP",
    delegateAgencyId: delegate && delegate !== "COMMUNES" ? delegate : undefined,
    delegateGroup: delegate === "COMMUNES" ? "COMMUNES" : undefined,
    scopeKind: text(formData, "scopeKind", 10) as "PROCEDURE" | "FIELD",
    procedureCode: text(formData, "procedureCode", 20) || undefined,
    fieldCode: text(formData, "fieldCode", 60) || undefined,
    delegateUnitCode: text(formData, "delegateUnitCode", 20) || undefined,
    decisionNumber: text(formData, "decisionNumber", 100),
    decisionDate: text(formData, "decisionDate", 20),
    decisionSigner: text(formData, "decisionSigner", 250),
    validFrom: text(formData, "validFrom", 20),
    validUntil: text(formData, "validUntil", 20) || undefined,
    delegatorKeepsFiledBefore: (keeps === "yes" ? true : keeps === "no" ? false : undefined) as boolean,
  };
}

/** Runs one delegation form; returns where to go next. */
export async function runDelegationIntent(intent: DelegationIntent, formData: FormData, actor: AdminActor, now: Date): Promise<string> {
  if (!(await mayAdministerDelegations(actor))) throw new AppError("NOT_FOUND");
  const base = "/can-bo/quan-tri/uy-quyen";
  try {
    switch (intent) {
      case "RECORD_DELEGATION": {
        const { delegationId } = await recordDelegation({ actor, now, input: recordInputOf(formData), document: await decisionFile(formData) });
        return `${base}/${delegationId}?xong=ghi`;
      }
      case "END_DELEGATION": {
        const delegationId = text(formData, "delegationId", 40);
        await endDelegation({ actor, now, input: { delegationId, validUntil: text(formData, "validUntil", 20) } });
        return `${base}/${delegationId}?xong=ket-thuc`;
      }
      case "REVOKE_DELEGATION": {
        const delegationId = text(formData, "delegationId", 40);
        await revokeDelegation({ actor, now, input: { delegationId, reason: text(formData, "reason", 600) } });
        return `${base}/${delegationId}?xong=thu-hoi`;
      }
    }
  } catch (error) {
    if (!(error instanceof AdminFieldErrors)) throw error;
    const fields: Record<string, string> = {};
    // Nothing chosen reads better as "choose the receiving agency" than as the schema's kind of delegate.
    for (const [field, key] of Object.entries(error.fields)) fields[FORM_FIELD[field] ?? field] ??= field === "delegateKind" ? "delegateAgency" : key;
    throw new AdminFieldErrors(fields, error.values, error.namespace);
  }
}
