import "server-only";
import { classifyLeg } from "@/lib/calendar";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { executeTransition } from "./execute-transition";

/** Records the consulted agency's reply and closes its row of the control slip. */
export function recordConsultationReply(args: { dossierId: string; actor: Actor; now: Date; expectedVersion?: number; consultationId: string; reply: string }) {
  return executeTransition({
    ...args,
    action: "RECORD_CONSULTATION_REPLY",
    input: { replyText: args.reply },
    write: async ({ tx, dossier, now }) => {
      const consultation = await tx.consultation.findFirst({
        where: { id: args.consultationId, dossierId: dossier.id, repliedAt: null },
        select: { id: true, dueAt: true, agencyId: true },
      });
      if (!consultation) throw new AppError("CONSULTATION_NOT_FOUND");
      if (args.actor.kind === "OFFICER" && ![consultation.agencyId, dossier.agencyId].includes(args.actor.agencyId)) {
        throw new AppError("FORBIDDEN");
      }
      await tx.consultation.update({ where: { id: consultation.id }, data: { repliedAt: now, reply: args.reply.trim() } });
      const outcome = classifyLeg(now, consultation.dueAt);
      await tx.processingStep.updateMany({
        where: { dossierId: dossier.id, kind: "CONSULTATION", note: consultation.id, completedAt: null },
        data: { completedAt: now, outcome },
      });
      return { consultationId: consultation.id, outcome };
    },
  });
}
