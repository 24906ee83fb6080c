import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * The applicant withdraws the dossier (rút hồ sơ, status 7), online or by asking at the desk. The
 * applicant's own words are not written into the append-only trail, where personal data could
 * never be erased.
 */
export function withdrawDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number }) {
  return executeTransition({ ...args, request: { action: "WITHDRAW" } });
}
