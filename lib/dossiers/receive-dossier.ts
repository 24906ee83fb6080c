import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Receipt (Mẫu 01): assigns the dossier code and the appointment date; the clock starts now. */
export function receiveDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number }) {
  return executeTransition({ ...args, request: { action: "RECEIVE" } });
}
