import "server-only";
import { recordAdminChange } from "@/lib/admin/audit";
import type { AdminActor } from "@/lib/admin/scope";
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { dayOf, delegationInScope, fail, overlapping } from "./checks";
import { fieldErrorsOf, ZEndDelegation, type TEndDelegation } from "./schemas";

/**
 * Sets the last day of a delegation (a decision ending it, or a fixed term decided later). The day
 * is today or later: dossiers filed under it stay with the delegate whatever happens next, so an
 * end in the past would only rewrite what routing already did. Extending it is refused where it
 * would meet another delegation of the same scope.
 */
export async function endDelegation(args: { actor: AdminActor; input: TEndDelegation; now: Date }): Promise<void> {
  const { actor, now } = args;
  const delegation = await delegationInScope(actor, args.input.delegationId);
  const parsed = ZEndDelegation.safeParse(args.input);
  if (!parsed.success) fail(fieldErrorsOf(parsed.error));
  const { validUntil } = parsed.data;
  const today = localDateOf(now);
  if (delegation.revokedAt) fail({ form: "alreadyRevoked" });
  if (delegation.validUntil && dayOf(delegation.validUntil) < today) fail({ form: "alreadyEnded" });
  if (validUntil < dayOf(delegation.validFrom)) fail({ validUntil: "validUntilBeforeFrom" });
  if (validUntil < today) fail({ validUntil: "validUntilPast" });
  const clash = await overlapping({
    delegatorId: delegation.delegatorId, procedureId: delegation.procedureId, fieldId: delegation.fieldId,
    validFrom: dayOf(delegation.validFrom), validUntil, excludeId: delegation.id,
  });
  if (clash) fail({ validUntil: "overlap" }, { number: clash.decisionNumber });
  await db.$transaction(async (tx) => {
    // Conditional on what was read: a revocation at the same moment wins, this changes nothing.
    const updated = await tx.delegation.updateMany({ where: { id: delegation.id, revokedAt: null }, data: { validUntil: new Date(`${validUntil}T00:00:00Z`) } });
    if (updated.count !== 1) fail({ form: "alreadyRevoked" });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: delegation.delegatorId, action: "DELEGATION_ENDED", targetType: "DELEGATION", targetId: delegation.id,
      targetLabel: delegation.label, detail: { validUntil, previousValidUntil: delegation.validUntil ? dayOf(delegation.validUntil) : null },
    });
  });
}
