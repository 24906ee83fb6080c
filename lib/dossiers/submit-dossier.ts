import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The resident (or the desk, for a walk-in applicant) sends the draft to the desk (status 1 Mới đăng ký). */
export function submitDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number }) {
  return executeTransition({ ...args, request: { action: "SUBMIT" } });
}
