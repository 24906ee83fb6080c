// What each action carries, typed per action: the commands build one, the engine plans and
// writes from it. Free text (reasons, questions) is the officer's; the resident's own words and
// personal data never go into the append-only trail.
import type { DelegationMention } from "@/lib/delegation/rules";
import type { ActionInput } from "./workflow";
import type { OverallSatisfaction, PaymentMethod, ReturnMethod } from "./state";

export type ResultDocument = {
  name: string; mimeType: string; sizeBytes: number;
  /** SHA-256 of the file issued (for a stamped result, the stamped file: docs/domain/verification.md). */
  sha256: string;
  storageKey: string;
  /** The code of the public verification page printed on the issued file. */
  verificationCode?: string | null;
  /** SHA-256 of the file as the officer uploaded it, before the stamp. */
  originalSha256?: string | null;
  /** The upload carried a digital signature and is issued unchanged: an electronic result (docs/domain/national-index.md). */
  isSigned?: boolean;
};

export type RatingInput = {
  overall: OverallSatisfaction;
  /** Circular 01/2018 indicators scored 0, 1 or 2. */
  scores?: Record<string, 0 | 1 | 2>;
  comment?: string;
};

/** Who applies, as the draft's applicant step records it (checked against the session first). */
export type DraftApplicant = {
  applicantType: "CITIZEN" | "BUSINESS";
  organizationId: string | null;
  snapshot: {
    fullName: string; nationalId?: string; dateOfBirth?: string; address?: string; phone?: string; email?: string;
    /** Filed for someone else under a written authorisation (the paper is among the documents). */
    onBehalfOf?: { fullName: string; nationalId: string };
  };
};

export type SupplementItem = { name: string; note?: string };

/**
 * Where a dossier goes when it is filed or received (lib/delegation/rules.ts): its competent agency
 * and the delegation (ủy quyền) it acts under, which the event names so that the trail, the
 * receipt and the result can say "as authorised by" the delegator and its decision.
 */
export type Routing = { agencyId: string; delegation: DelegationMention | null };

export type ActionRequest =
  | { action: "SAVE_DRAFT"; formData?: Record<string, unknown>; applicant?: DraftApplicant }
  | { action: "SUBMIT"; routing?: Routing }
  | { action: "RECEIVE"; routing?: Routing }
  | { action: "REFUSE_AT_RECEIPT"; reason: string }
  | { action: "REQUEST_SUPPLEMENT"; reason: string; items: readonly SupplementItem[] }
  | { action: "SUPPLEMENT"; documentIds?: readonly string[] }
  | { action: "FORWARD"; handlerId?: string | null; note?: string }
  | { action: "COMPLETE_STEP"; note?: string }
  | { action: "ASSIGN"; handlerId: string }
  | { action: "SEND_BACK"; reason: string; handlerId?: string | null }
  | { action: "CONSULT"; agencyId: string; question: string; dueAt: Date }
  | { action: "RECORD_CONSULTATION_REPLY"; consultationId: string; reply: string }
  | { action: "REQUEST_PAYMENT"; amountVnd: number; reason: string }
  | { action: "RECORD_PAYMENT"; method: PaymentMethod; reference?: string }
  | { action: "APPROVE"; note?: string }
  | { action: "REFUSE_TO_RESOLVE"; reason: string }
  | { action: "MARK_RESULT_READY"; resultDocument: ResultDocument | null }
  | { action: "RETURN_RESULT"; method?: ReturnMethod }
  | { action: "WITHDRAW" }
  | { action: "STOP"; reason: string }
  | { action: "ISSUE_APOLOGY"; reason: string; newDueAt: Date }
  | { action: "RATE"; rating: RatingInput }
  | { action: "RECOMPUTE_DUE_DATE"; reason: string; recomputed: NonNullable<ActionInput["recomputed"]> };

export const routingOf = (request: ActionRequest): Routing | null =>
  (request.action === "SUBMIT" || request.action === "RECEIVE") && request.routing ? request.routing : null;

/** The part of a request that the pure workflow checks (reasons, papers, amounts, dates). */
export function workflowInput(request: ActionRequest): ActionInput {
  switch (request.action) {
    case "REFUSE_AT_RECEIPT":
    case "SEND_BACK":
    case "REFUSE_TO_RESOLVE":
    case "STOP":
      return { reason: request.reason };
    case "REQUEST_SUPPLEMENT":
      return { reason: request.reason, items: request.items };
    case "CONSULT":
      return { question: request.question, consultationDueAt: request.dueAt };
    case "RECORD_CONSULTATION_REPLY":
      return { replyText: request.reply };
    case "REQUEST_PAYMENT":
      return { amountVnd: request.amountVnd };
    case "MARK_RESULT_READY":
      return { hasResultDocument: request.resultDocument !== null };
    case "ISSUE_APOLOGY":
      return { reason: request.reason, newDueAt: request.newDueAt };
    case "RECOMPUTE_DUE_DATE":
      return { reason: request.reason, recomputed: request.recomputed };
    default:
      return {};
  }
}
