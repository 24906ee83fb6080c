import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/**
 * Consultation of another agency (liên thông): the lead unit sets the question and the reply
 * deadline; the consulted agency gets a row of its own on the control slip.
 */
export function consultAgency(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; agencyId: string; question: string; dueAt: Date }) {
  return executeTransition({
    ...args,
    action: "CONSULT",
    input: { question: args.question, consultationDueAt: args.dueAt },
    write: async ({ tx, dossier, now }) => {
      const agency = await tx.agency.findUnique({ where: { id: args.agencyId }, select: { id: true, name: true } });
      if (!agency || agency.id === dossier.agencyId) throw new AppError("VALIDATION");
      const consultation = await tx.consultation.create({
        data: { dossierId: dossier.id, agencyId: agency.id, question: args.question.trim(), requestedAt: now, dueAt: args.dueAt },
        select: { id: true },
      });
      const sequence = (await tx.processingStep.count({ where: { dossierId: dossier.id } })) + 1;
      await tx.processingStep.create({
        data: {
          dossierId: dossier.id, sequence, kind: "CONSULTATION", agencyId: agency.id,
          title: `Lấy ý kiến: ${agency.name}`, startedAt: now, dueAt: args.dueAt, note: consultation.id,
        },
      });
      return { consultationId: consultation.id, consultedAgencyId: agency.id, dueAt: args.dueAt.toISOString() };
    },
  });
}
