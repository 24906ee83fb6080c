import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";
import type { ResultDocument } from "./requests";

export type { ResultDocument };

/** The result (or the refusal letter) is ready to return (status 9); records the result document. */
export function markResultReady(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; resultDocument: ResultDocument | null }) {
  return executeTransition({ ...args, request: { action: "MARK_RESULT_READY", resultDocument: args.resultDocument } });
}
