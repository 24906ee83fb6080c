import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { ResultDocument } from "@/lib/dossiers/requests";
import { env } from "@/lib/env";
import { cleanFileName, sniffType } from "@/lib/filing/uploads";
import { newIdAt } from "@/lib/ids";
import { dossierFileKey, storage } from "@/lib/storage";
import { formatVerificationCode, newVerificationCode, verificationUrl } from "./codes";
import { issueResultFile } from "./stamp-result";

export { UnreadableResultError } from "./stamp-result";

/** The uploaded result is not a PDF, JPEG or PNG (by its content). */
export class UnacceptedResultTypeError extends Error {
  constructor() {
    super("result file type not accepted");
  }
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * Makes the document the portal issues from the result an officer uploaded: a new verification
 * code, the QR stamp on the first page (docs/domain/verification.md), the stamped file stored under
 * a key of ours, announced first (if the command then fails or the process dies, the sweep removes
 * the file). Returns what MARK_RESULT_READY records: the issued file's SHA-256 (the one the trail
 * and the public page show) and the upload's own.
 */
export async function prepareResultDocument(args: { dossierId: string; fileName: string; bytes: Uint8Array; now: Date }): Promise<ResultDocument> {
  const type = await sniffType(args.bytes);
  if (!type) throw new UnacceptedResultTypeError();
  const code = newVerificationCode(randomBytes);
  const issued = await issueResultFile(args.bytes, type, { url: verificationUrl(env.PUBLIC_URL, code), code: formatVerificationCode(code) });
  const storageKey = dossierFileKey(args.dossierId, newIdAt(args.now));
  await db.storageIntent.create({ data: { key: storageKey } });
  await storage().put(storageKey, issued.bytes, issued.mimeType);
  return {
    name: cleanFileName(args.fileName, issued.mimeType),
    mimeType: issued.mimeType,
    sizeBytes: issued.bytes.length,
    sha256: sha256(issued.bytes),
    storageKey,
    verificationCode: code,
    originalSha256: sha256(args.bytes),
    // Only a digitally signed PDF is issued unstamped: the agency's electronic result.
    isSigned: !issued.isStamped,
  };
}
