import "server-only";
// The decision's PDF as recorded with the delegation (record-delegation.ts stores it with its
// SHA-256), for the administrators who may see the delegation: the delegating agency's, or the
// system administrator. Anyone else: null (the route answers 404).
import type { AdminActor } from "@/lib/admin/scope";
import { UUID } from "@/lib/admin/scope";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";

export async function readDecisionDocument(actor: AdminActor, delegationId: string) {
  if (!UUID.test(delegationId)) return null;
  const delegation = await db.delegation.findFirst({
    where: { id: delegationId, ...(actor.agencyId ? { delegatorId: actor.agencyId } : {}) },
    select: { decisionDocument: { select: { name: true, mimeType: true, storageKey: true } } },
  });
  const document = delegation?.decisionDocument;
  if (!document) return null;
  const bytes = await storage().get(document.storageKey);
  if (!bytes) return null;
  const asciiName = document.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\w.-]+/g, "_");
  return { bytes, name: document.name, asciiName, mimeType: document.mimeType };
}
