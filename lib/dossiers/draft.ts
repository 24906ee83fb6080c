// A new dossier: its row as a draft and the first event of its trail, which records who started
// it. Pure, shared by createDraft() and the history generator.
import { workflowRole, actorUserId, type Actor } from "./actor";
import type { Channel } from "./state";
import { buildEvent, type EventRow } from "./trail";

export type ApplicantSnapshot = { fullName: string; nationalId?: string; address?: string; phone?: string; email?: string };
export type ApplicantType = "CITIZEN" | "BUSINESS" | "STATE_BODY" | "OTHER";

/** The columns of a new dossier (table dossier). */
export type DraftRow = {
  id: string;
  procedureId: string;
  agencyId: string;
  receivingAgencyId: string | null;
  applicantId: string | null;
  organizationId: string | null;
  applicantType: ApplicantType;
  channel: Channel;
  isVneidAuthenticated: boolean;
  status: "DRAFT";
  applicantSnapshot: ApplicantSnapshot;
  formData: Record<string, unknown>;
  feeVnd: number | null;
  version: 0;
  trailHash: string;
  createdAt: Date;
};

export function buildDraft(
  args: Omit<DraftRow, "status" | "version" | "trailHash" | "createdAt"> & { eventId: string; actor: Actor; now: Date },
): { dossier: DraftRow; event: EventRow } {
  const { id, eventId, actor, now, ...fields } = args;
  const event = buildEvent(
    eventId,
    {
      dossierId: id,
      action: "SAVE_DRAFT",
      actorId: actorUserId(actor),
      actorRole: workflowRole(actor),
      fromStatus: null,
      toStatus: "DRAFT",
      payload: { created: true, channel: fields.channel },
      occurredAt: now,
    },
    null,
  );
  return { dossier: { id, ...fields, status: "DRAFT", version: 0, trailHash: event.hash, createdAt: now }, event };
}
