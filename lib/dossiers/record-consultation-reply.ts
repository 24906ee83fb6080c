import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Records the consulted agency's reply and closes its row of the control slip. */
export function recordConsultationReply(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; consultationId: string; reply: string }) {
  return executeTransition({ ...args, request: { action: "RECORD_CONSULTATION_REPLY", consultationId: args.consultationId, reply: args.reply } });
}
