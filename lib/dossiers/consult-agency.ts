import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Consultation of another agency (liên thông): the lead unit sets the question and the reply
 * deadline; the consulted agency gets a row of its own on the control slip.
 */
export function consultAgency(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; agencyId: string; question: string; dueAt: Date }) {
  return executeTransition({ ...args, request: { action: "CONSULT", agencyId: args.agencyId, question: args.question, dueAt: args.dueAt } });
}
