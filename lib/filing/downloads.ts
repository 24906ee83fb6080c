import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import { storage } from "@/lib/storage";

/** A document's bytes, if the actor may see its dossier; null otherwise (the caller answers 404). */
export async function readDocument(actor: Actor, dossierId: string, documentId: string) {
  if (!/^[0-9a-f-]{36}$/.test(dossierId) || !/^[0-9a-f-]{36}$/.test(documentId)) return null;
  const document = await db.document.findFirst({
    where: { id: documentId, dossierId, dossier: dossierVisibleTo(actor) },
    select: { name: true, mimeType: true, storageKey: true },
  });
  if (!document) return null;
  const bytes = await storage().get(document.storageKey);
  if (!bytes) return null;
  const asciiName = document.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\w.-]+/g, "_");
  return { bytes, name: document.name, asciiName, mimeType: document.mimeType };
}

/** A paper as a download: always an attachment, never sniffed or cached. */
export function documentResponse(found: NonNullable<Awaited<ReturnType<typeof readDocument>>>): Response {
  return new Response(Buffer.from(found.bytes), {
    headers: {
      "Content-Type": found.mimeType,
      "Content-Length": String(found.bytes.length),
      "Content-Disposition": `attachment; filename="${found.asciiName}"; filename*=UTF-8''${encodeURIComponent(found.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
