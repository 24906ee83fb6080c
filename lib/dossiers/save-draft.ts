import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Saves the form of a draft again (only while it is a draft). */
export function saveDraft(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; formData: Record<string, unknown> }) {
  return executeTransition({ ...args, request: { action: "SAVE_DRAFT", formData: args.formData } });
}
