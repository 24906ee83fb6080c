import "server-only";
import { actorUserId, type Actor } from "./actor";
import { executeTransition } from "./execute-transition";

export type ResultDocument = { name: string; mimeType: string; sizeBytes: number; sha256: string; storageKey: string };

/** The result (or the refusal letter) is ready to return (status 9); records the result document. */
export function markResultReady(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; resultDocument: ResultDocument | null }) {
  return executeTransition({
    ...args,
    action: "MARK_RESULT_READY",
    input: { hasResultDocument: args.resultDocument !== null },
    write: async ({ tx, dossier }) => {
      if (!args.resultDocument) return;
      const document = await tx.document.create({
        data: { ...args.resultDocument, dossierId: dossier.id, kind: "RESULT", uploadedById: actorUserId(args.actor) },
        select: { id: true, sha256: true },
      });
      return { resultDocumentId: document.id, resultSha256: document.sha256 };
    },
  });
}
