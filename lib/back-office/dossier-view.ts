import "server-only";
import type { OfficerActor } from "@/lib/auth/staff";
import { loadCalendarContext } from "@/lib/calendar/load";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { dossierStateFor } from "@/lib/dossiers/execute-transition";
import { snapshotOf } from "@/lib/dossiers/state";
import { ZFormFields } from "@/lib/filing/form-fields";
import { availableActions, canApologise } from "./available-actions";
import { dueBoundaries, dueState } from "./queue-rules";
import { officerScope } from "./scope";

const UUID = /^[0-9a-f-]{36}$/;

/** The dossier's id and version if the officer may see it; null answers 404 (pages, actions, routes). */
export async function dossierInScope(actor: OfficerActor, dossierId: string): Promise<{ id: string; version: number; agencyId: string } | null> {
  if (!UUID.test(dossierId)) return null;
  return db.dossier.findFirst({ where: { AND: [{ id: dossierId }, officerScope(actor)] }, select: { id: true, version: true, agencyId: true } });
}

/** "Who looked at my file": an officer opened the dossier's personal data or downloaded a paper. */
export async function recordAccess(actor: OfficerActor, dossierId: string, kind: "VIEW" | "DOWNLOAD", detail?: string): Promise<void> {
  await db.dossierAccess.create({ data: { dossierId, userId: actor.userId, agencyId: actor.agencyId, unitId: actor.unitId, kind, detail: detail ?? null } });
}

/**
 * One dossier as an officer works on it: the applicant's data, the form, the papers against the
 * procedure's checklist, the control slip, the trail, what the officer can do now and the people
 * they can hand it to. Opening it is recorded (the applicant sees which unit looked, and when).
 */
export async function dossierForOfficer(actor: OfficerActor, dossierId: string, now: Date) {
  const inScope = await dossierInScope(actor, dossierId);
  if (!inScope) return null;
  const [dossier, state, calendar] = await Promise.all([
    db.dossier.findUniqueOrThrow({
      where: { id: dossierId },
      select: {
        id: true, code: true, reference: true, status: true, channel: true, version: true, applicantType: true, applicantSnapshot: true, formData: true,
        submittedAt: true, receivedAt: true, dueAt: true, referenceDueAt: true, deadlinePrecision: true, isDueProvisional: true, finishedAt: true,
        returnedAt: true, resolution: true, timeliness: true, hasApology: true, returnMethod: true, isVneidAuthenticated: true, agencyId: true,
        organization: { select: { name: true, taxCode: true } },
        agency: { select: { name: true, nameEn: true } },
        receivingAgency: { select: { name: true } },
        // Handled under a delegation: "as authorised by" its delegator and decision (docs/domain/delegation.md).
        delegation: { select: { delegateUnitCode: true, decisionNumber: true, decisionDate: true, delegator: { select: { name: true, nameEn: true } } } },
        procedure: {
          select: {
            code: true, name: true, formFields: true, feeVnd: true, feeText: true, timeLimitText: true,
            requiredDocuments: { orderBy: { position: "asc" }, select: { id: true, name: true, groupName: true, isRequired: true, originals: true, copies: true, certifiedCopies: true } },
            steps: { orderBy: { position: "asc" }, select: { position: true, name: true, unitCode: true, role: true } },
          },
        },
        processingSteps: {
          orderBy: { sequence: "asc" },
          select: {
            id: true, sequence: true, kind: true, title: true, startedAt: true, dueAt: true, duePrecision: true, completedAt: true, outcome: true, isBounce: true, note: true,
            unit: { select: { name: true, nameEn: true } }, agency: { select: { name: true, nameEn: true } }, handler: { select: { fullName: true } },
          },
        },
        documents: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, name: true, sizeBytes: true, mimeType: true, createdAt: true, requirementId: true } },
        supplementRequests: { orderBy: { requestedAt: "asc" }, select: { id: true, stage: true, requestedAt: true, reason: true, items: true, fulfilledAt: true } },
        consultations: { orderBy: { requestedAt: "asc" }, select: { id: true, question: true, requestedAt: true, dueAt: true, repliedAt: true, reply: true, agencyId: true, agency: { select: { name: true } } } },
        payments: { orderBy: { requestedAt: "asc" }, select: { id: true, amountVnd: true, reason: true, requestedAt: true, paidAt: true, method: true } },
        dueDateChange: { select: { previousDueAt: true, newDueAt: true, reason: true, issuedAt: true } },
        apologyDrafts: { orderBy: { draftedAt: "desc" }, take: 5, select: { id: true, reason: true, newDueAt: true, status: true, draftedAt: true, decidedAt: true, decisionNote: true } },
        events: { orderBy: { sequence: "asc" }, select: { sequence: true, action: true, actorRole: true, occurredAt: true, toStatus: true, payload: true, actor: { select: { fullName: true } } } },
      },
    }),
    dossierStateFor(dossierId, actor),
    loadCalendarContext(db),
  ]);
  await recordAccess(actor, dossierId, "VIEW");
  const actions = state ? availableActions({ state, actor, now, calendar }) : [];
  const apologyPossible = state ? canApologise({ state, agencyId: actor.agencyId, userId: actor.userId, now, calendar }) : false;
  const pendingApology = dossier.apologyDrafts.find((draft) => draft.status === "PENDING") ?? null;
  const current = dossier.processingSteps.findLast((step) => !step.completedAt) ?? null;
  const position = state ? snapshotOf(state).currentPlanPosition : null;
  const nextPlanStep = position !== null ? dossier.procedure.steps.find((step) => step.position === position + 1) : undefined;
  const bounds = dueBoundaries(now, calendar, env.AT_RISK_WORKING_DAYS);
  const running = dossier.status === "RECEIVED" || dossier.status === "IN_PROCESSING";
  return {
    ...dossier,
    formFields: ZFormFields.safeParse(dossier.procedure.formFields).data ?? [],
    dueState: running ? dueState(dossier.dueAt, dossier.deadlinePrecision, now, bounds) : null,
    actions,
    apology: {
      canDraft: apologyPossible && !pendingApology && (actor.officerRole === "SPECIALIST" || actor.officerRole === "UNIT_HEAD"),
      canSign: apologyPossible && pendingApology !== null && actor.officerRole === "AGENCY_LEADER",
      pending: pendingApology,
    },
    currentStep: current,
    /** Who can take the dossier at the next step of the plan (FORWARD), and in the current unit (ASSIGN). */
    forwardTo: nextPlanStep ? { step: nextPlanStep, officers: await officersOf(dossier.agencyId, nextPlanStep.unitCode, nextPlanStep.role, dossier.delegation?.delegateUnitCode ?? null) } : null,
    assignable: actions.includes("ASSIGN") && state?.dossier.currentUnitId ? await officersOfUnit(state.dossier.currentUnitId, "SPECIALIST") : [],
    consultable: actions.includes("CONSULT") ? await db.agency.findMany({ where: { validTo: null, id: { not: dossier.agencyId } }, orderBy: { name: "asc" }, select: { id: true, name: true } }) : [],
  };
}

export type OfficerDossier = NonNullable<Awaited<ReturnType<typeof dossierForOfficer>>>;

/** The step's officers; a delegate without the plan's unit staffs it from the unit its delegation names. */
async function officersOf(agencyId: string, unitCode: string, role: "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER", delegateUnitCode: string | null) {
  const hasUnit = delegateUnitCode ? (await db.agencyUnit.count({ where: { agencyId, code: unitCode, isActive: true } })) > 0 : true;
  return db.user.findMany({
    where: { role: "OFFICER", isActive: true, agencyId, unit: { code: hasUnit ? unitCode : delegateUnitCode! }, officerRole: role },
    orderBy: { fullName: "asc" },
    select: { id: true, fullName: true },
  });
}

function officersOfUnit(unitId: string, role: "SPECIALIST") {
  return db.user.findMany({ where: { role: "OFFICER", isActive: true, unitId, officerRole: role }, orderBy: { fullName: "asc" }, select: { id: true, fullName: true } });
}
