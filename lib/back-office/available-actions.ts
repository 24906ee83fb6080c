// Which actions an officer can take on a dossier now: each candidate is planned by the engine's
// own planAction (scope, the unit holding the step, status, role, the law's conditions) with
// placeholder inputs. An error about the inputs only (a reason to give, a paper to attach) means
// the action is available: the officer's form supplies them. Pure; the page shows only these.
import type { CalendarContext } from "@/lib/calendar";
import type { ErrorCode } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/dossiers/actor";
import type { ActionRequest } from "@/lib/dossiers/requests";
import type { DossierState } from "@/lib/dossiers/state";
import { planAction } from "@/lib/dossiers/transition-core";

export const OFFICER_ACTIONS = [
  "RECEIVE", "REQUEST_SUPPLEMENT", "REFUSE_AT_RECEIPT", "SUPPLEMENT", "FORWARD", "ASSIGN", "COMPLETE_STEP", "SEND_BACK", "CONSULT",
  "RECORD_CONSULTATION_REPLY", "REQUEST_PAYMENT", "RECORD_PAYMENT", "APPROVE", "REFUSE_TO_RESOLVE", "MARK_RESULT_READY",
  "RETURN_RESULT", "WITHDRAW", "STOP", "ISSUE_APOLOGY",
] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];

/** Errors that only say an input is missing or wrong: the form asks for it. */
const INPUT_ERRORS: readonly ErrorCode[] = [
  "VALIDATION", "REASON_REQUIRED", "SUPPLEMENT_ITEMS_REQUIRED", "PAYMENT_AMOUNT_REQUIRED", "RESULT_DOCUMENT_REQUIRED", "APOLOGY_DATE_INVALID",
];

const PLACEHOLDER = "—";

function probe(action: OfficerAction, state: DossierState, now: Date): ActionRequest {
  switch (action) {
    case "REQUEST_SUPPLEMENT":
      return { action, reason: PLACEHOLDER, items: [{ name: PLACEHOLDER }] };
    case "REFUSE_AT_RECEIPT":
    case "SEND_BACK":
    case "REFUSE_TO_RESOLVE":
    case "STOP":
      return { action, reason: PLACEHOLDER };
    case "ASSIGN":
      return { action, handlerId: PLACEHOLDER };
    case "CONSULT":
      return { action, agencyId: PLACEHOLDER, question: PLACEHOLDER, dueAt: new Date(now.getTime() + 7 * 86_400_000) };
    case "RECORD_CONSULTATION_REPLY":
      return { action, consultationId: state.openConsultations[0]?.id ?? PLACEHOLDER, reply: PLACEHOLDER };
    case "REQUEST_PAYMENT":
      return { action, amountVnd: 1, reason: PLACEHOLDER };
    case "RECORD_PAYMENT":
      return { action, method: "CASH" };
    case "MARK_RESULT_READY":
      return { action, resultDocument: null };
    case "ISSUE_APOLOGY":
      // No date: the plan checks "once only" and "a working day before" first, then asks for the date.
      return { action, reason: PLACEHOLDER, newDueAt: undefined as unknown as Date };
    default:
      return { action } as ActionRequest;
  }
}

export function availableActions(args: { state: DossierState; actor: Actor; now: Date; calendar: CalendarContext }): OfficerAction[] {
  return OFFICER_ACTIONS.filter((action) => {
    try {
      planAction({ state: args.state, request: probe(action, args.state, args.now), actor: args.actor, now: args.now, calendar: args.calendar });
      return true;
    } catch (error) {
      return error instanceof AppError && INPUT_ERRORS.includes(error.code);
    }
  });
}

/**
 * Whether an apology (Mẫu 04) could be issued now, whoever drafts it: the unit drafts, the agency's
 * leader signs, and the engine's rules (once per dossier, by the working day before the deadline)
 * are the leader's. Probed as the agency's leader would be.
 */
export function canApologise(args: { state: DossierState; agencyId: string; userId: string; now: Date; calendar: CalendarContext }): boolean {
  const leader: Actor = { kind: "OFFICER", userId: args.userId, agencyId: args.agencyId, unitId: null, officerRole: "AGENCY_LEADER" };
  return args.state.dossier.agencyId === args.agencyId && availableActions({ state: args.state, actor: leader, now: args.now, calendar: args.calendar }).includes("ISSUE_APOLOGY");
}
