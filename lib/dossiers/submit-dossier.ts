import "server-only";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The resident sends the draft to the one-stop desk (status 1 Mới đăng ký). */
export function submitDossier(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number }) {
  return executeTransition({
    ...args,
    action: "SUBMIT",
    write: async ({ tx, dossier, now }) => {
      await tx.dossier.update({ where: { id: dossier.id }, data: { submittedAt: now } });
    },
  });
}
