import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** The resident saves the form of a draft again (only while it is a draft). */
export function saveDraft(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; formData: Record<string, unknown> }) {
  return executeTransition({
    ...args,
    action: "SAVE_DRAFT",
    write: async ({ tx, dossier }) => {
      await tx.dossier.update({ where: { id: dossier.id }, data: { formData: args.formData as Prisma.InputJsonValue } });
      return { fields: Object.keys(args.formData).length };
    },
  });
}
