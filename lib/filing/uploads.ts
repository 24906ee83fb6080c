import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/dossiers/actor";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { newIdAt } from "@/lib/ids";
import { logger } from "@/lib/log";
import { dossierFileKey, storage } from "@/lib/storage";

/** The only types accepted, recognised by their first bytes (never by the name or the browser's word). */
export const ACCEPTED_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;

export const maxFileBytes = (): number => Math.round(env.UPLOAD_MAX_FILE_MB * 1024 * 1024);
export const maxDossierBytes = (): number => Math.round(env.UPLOAD_MAX_DOSSIER_MB * 1024 * 1024);

/** The upload slot of the authorisation paper (a representative's), besides the procedure's papers. */
export const AUTHORISATION_SLOT = "uy-quyen";
/** The slot of a paper sent in answer to a supplement request (named by the file). */
export const SUPPLEMENT_SLOT = "bo-sung";

export type UploadErrorCode = "empty" | "tooLarge" | "dossierFull" | "type" | "slot" | "notEditable" | "missingFile";

export async function sniffType(bytes: Uint8Array): Promise<AcceptedType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected && detected.mime in ACCEPTED_TYPES ? (detected.mime as AcceptedType) : null;
}

/** A file name fit to show and to offer as the download's name (no paths, no control characters). */
export function cleanFileName(name: string, type: AcceptedType): string {
  const base = name.split(/[\\/]/).pop()!.normalize("NFC").replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim().slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, "") || "tai-lieu";
  return `${stem}.${ACCEPTED_TYPES[type]}`;
}

type Editable = { statuses: readonly ("DRAFT" | "SUPPLEMENT_REQUESTED" | "SUPPLEMENT_BEFORE_RECEIPT")[]; kind: "APPLICATION" | "SUPPLEMENT" };
const FOR_DRAFT: Editable = { statuses: ["DRAFT"], kind: "APPLICATION" };
const FOR_SUPPLEMENT: Editable = { statuses: ["SUPPLEMENT_REQUESTED", "SUPPLEMENT_BEFORE_RECEIPT"], kind: "SUPPLEMENT" };

export type UploadResult = { ok: true; documentId: string } | { ok: false; error: UploadErrorCode };

/**
 * Attaches a paper to a draft (or to a dossier waiting for a supplement), replacing the slot's
 * earlier file. The bytes are checked (size, type by content), stored under a key of ours, then the
 * row is written in a transaction that locks the dossier and checks its status and total size
 * again. A failure after the file was stored deletes it; a crash in between leaves a file no row
 * refers to, which the sweep deletes (sweepOrphanFiles). Out of the actor's scope: NOT_FOUND.
 */
export async function attachDocument(args: {
  actor: Actor;
  dossierId: string;
  slot: string;
  fileName: string;
  bytes: Uint8Array;
  now: Date;
  supplement?: boolean;
}): Promise<UploadResult> {
  const editable = args.supplement ? FOR_SUPPLEMENT : FOR_DRAFT;
  const dossier = await db.dossier.findFirst({
    where: { AND: [{ id: args.dossierId }, dossierVisibleTo(args.actor)] },
    select: { id: true, status: true, procedureId: true },
  });
  if (!dossier) return notFound();
  if (!(editable.statuses as readonly string[]).includes(dossier.status)) return { ok: false, error: "notEditable" };
  if (args.bytes.length === 0) return { ok: false, error: "empty" };
  if (args.bytes.length > maxFileBytes()) return { ok: false, error: "tooLarge" };
  const type = await sniffType(args.bytes);
  if (!type) return { ok: false, error: "type" };

  const slot = await resolveSlot(dossier.procedureId, args.slot, editable.kind);
  if (!slot) return { ok: false, error: "slot" };
  const documentId = newIdAt(args.now);
  const key = dossierFileKey(dossier.id, documentId);
  const sha256 = createHash("sha256").update(args.bytes).digest("hex");
  // Announced before the write: a crash between the file and its row leaves an intent the sweep
  // resolves (lib/jobs/housekeeping.ts), never a file nobody knows about.
  await db.storageIntent.create({ data: { key } });
  await storage().put(key, args.bytes, type);
  let replacedKeys: string[] = [];
  try {
    replacedKeys = await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM dossier WHERE id = ${dossier.id}::uuid FOR UPDATE`;
      if (!locked || !(editable.statuses as readonly string[]).includes(locked.status)) throw new UploadRefused("notEditable");
      // A draft's slot holds one file, replaced by a new upload; a supplement only adds papers.
      const replaced =
        editable.kind === "APPLICATION"
          ? await tx.document.findMany({
              where: { dossierId: dossier.id, kind: slot.kind, requirementId: slot.requirementId, ...(slot.requirementId ? {} : { name: slot.name ?? "" }) },
              select: { id: true, storageKey: true },
            })
          : [];
      const total = await tx.document.aggregate({
        where: { dossierId: dossier.id, id: { notIn: replaced.map((row) => row.id) } },
        _sum: { sizeBytes: true },
      });
      if ((total._sum.sizeBytes ?? 0) + args.bytes.length > maxDossierBytes()) throw new UploadRefused("dossierFull");
      if (replaced.length > 0) {
        await tx.document.deleteMany({ where: { id: { in: replaced.map((row) => row.id) } } });
        await tx.storageIntent.createMany({ data: replaced.map((row) => ({ key: row.storageKey })), skipDuplicates: true });
      }
      await tx.storageIntent.delete({ where: { key } });
      await tx.document.create({
        data: {
          id: documentId,
          dossierId: dossier.id,
          requirementId: slot.requirementId,
          kind: slot.kind,
          name: slot.name ?? cleanFileName(args.fileName, type),
          mimeType: type,
          sizeBytes: args.bytes.length,
          sha256,
          storageKey: key,
          uploadedById: args.actor.kind === "SYSTEM" ? null : args.actor.userId,
          createdAt: args.now,
        },
      });
      return replaced.map((row) => row.storageKey);
    });
  } catch (error) {
    await storage().delete(key).catch(() => {});
    await db.storageIntent.deleteMany({ where: { key } });
    if (error instanceof UploadRefused) return { ok: false, error: error.code };
    throw error;
  }
  for (const old of replacedKeys) {
    try {
      await storage().delete(old);
      await db.storageIntent.deleteMany({ where: { key: old } });
    } catch {
      logger.warn({ event: "storage.delete_failed" });
    }
  }
  return { ok: true, documentId };
}

class UploadRefused extends Error {
  constructor(readonly code: UploadErrorCode) {
    super(code);
  }
}

const notFound = (): never => {
  throw new AppError("NOT_FOUND");
};

type Slot = { requirementId: string | null; kind: "APPLICATION" | "SUPPLEMENT" | "OTHER"; /** null: the file's own name */ name: string | null };

/** A slot is one of the procedure's papers, the authorisation paper, or (supplements) any paper. */
async function resolveSlot(procedureId: string, slot: string, kind: "APPLICATION" | "SUPPLEMENT"): Promise<Slot | null> {
  if (slot === AUTHORISATION_SLOT) return { requirementId: null, kind: "OTHER", name: "Văn bản ủy quyền" };
  if (slot === SUPPLEMENT_SLOT) return kind === "SUPPLEMENT" ? { requirementId: null, kind, name: null } : null;
  if (!/^[0-9a-f-]{36}$/.test(slot)) return null;
  const requirement = await db.procedureDocument.findFirst({ where: { id: slot, procedureId }, select: { id: true } });
  return requirement ? { requirementId: requirement.id, kind, name: null } : null;
}

/** Removes a draft's paper and its file. */
export async function removeDraftDocument(args: { actor: Actor; dossierId: string; documentId: string }): Promise<boolean> {
  const document = await db.document.findFirst({
    where: { id: args.documentId, dossier: { AND: [{ id: args.dossierId, status: "DRAFT" }, dossierVisibleTo(args.actor)] } },
    select: { id: true, storageKey: true },
  });
  if (!document) return false;
  await db.$transaction([db.document.delete({ where: { id: document.id } }), db.storageIntent.create({ data: { key: document.storageKey } })]);
  await storage().delete(document.storageKey);
  await db.storageIntent.deleteMany({ where: { key: document.storageKey } });
  return true;
}
