import "server-only";
import { recordAdminChange } from "@/lib/admin/audit";
import type { AdminActor } from "@/lib/admin/scope";
import { localDateOf } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { dayOf, delegationInScope, fail } from "./checks";
import { fieldErrorsOf, ZRevokeDelegation, type TRevokeDelegation } from "./schemas";

/**
 * Revokes a delegation (thu hồi) from this instant, with the reason: no new dossier is routed
 * under it any more; the dossiers already filed under it stay with the delegate to their end (their
 * clock, control slip and code are the delegate's). One revocation: a second is refused.
 */
export async function revokeDelegation(args: { actor: AdminActor; input: TRevokeDelegation; now: Date }): Promise<void> {
  const { actor, now } = args;
  const delegation = await delegationInScope(actor, args.input.delegationId);
  const parsed = ZRevokeDelegation.safeParse(args.input);
  if (!parsed.success) fail(fieldErrorsOf(parsed.error));
  if (delegation.revokedAt) fail({ form: "alreadyRevoked" });
  if (delegation.validUntil && dayOf(delegation.validUntil) < localDateOf(now)) fail({ form: "alreadyEnded" });
  await db.$transaction(async (tx) => {
    // Two administrators revoking at once: one row changes, the other is told it is revoked.
    const updated = await tx.delegation.updateMany({ where: { id: delegation.id, revokedAt: null }, data: { revokedAt: now, revocationReason: parsed.data.reason } });
    if (updated.count !== 1) fail({ form: "alreadyRevoked" });
    await recordAdminChange(tx, now, {
      actorId: actor.userId, agencyId: delegation.delegatorId, action: "DELEGATION_REVOKED", targetType: "DELEGATION", targetId: delegation.id,
      targetLabel: delegation.label, detail: { reason: parsed.data.reason },
    });
  });
}
