import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";
import type { DraftApplicant } from "./requests";

/**
 * Saves a draft's answers (the form, who applies) again, only while it is a draft. A resident may
 * apply for an organisation only if they are a member of it (the session says, not the form).
 */
export async function saveDraft(args: {
  dossierId: string;
  actor: Actor;
  now: Date;
  expectedVersion?: number;
  formData?: Record<string, unknown>;
  applicant?: DraftApplicant;
}) {
  const organizationId = args.applicant?.organizationId;
  if (organizationId && (args.actor.kind !== "RESIDENT" || !args.actor.organizationIds.includes(organizationId))) {
    throw new AppError("NOT_FOUND");
  }
  return executeTransition({
    ...args,
    request: { action: "SAVE_DRAFT", ...(args.formData ? { formData: args.formData } : {}), ...(args.applicant ? { applicant: args.applicant } : {}) },
  });
}
