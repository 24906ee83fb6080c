// The public lookup's record in the API's shape: the same fields as the lookup page (app/tra-cuu),
// each hand-over judged as the control slip judges it. Pure: the clock is a parameter.
import type { z } from "zod";
import { formatLocalIso } from "@/lib/calendar/local-time";
import type { LookupResult } from "@/lib/dossiers/public-lookup";
import { NATIONAL_STATUS_CODE } from "@/lib/dossiers/workflow";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import type { ZDossierLookup } from "./endpoints/dossiers";
import { apiEnum } from "./endpoints/shared";

type TPublicDossier = Extract<LookupResult, { found: true }>["dossier"];
type TSlipStep = TPublicDossier["processingSteps"][number];

const iso = (date: Date | null) => (date ? formatLocalIso(date) : null);

/** The verdict of a hand-over: its outcome once done, else overdue or in progress by `now`. */
export function slipVerdict(step: Pick<TSlipStep, "outcome" | "completedAt" | "dueAt">, now: Date): "early" | "on_time" | "late" | "overdue" | "in_progress" {
  if (step.outcome) return apiEnum(step.outcome);
  return !step.completedAt && step.dueAt !== null && step.dueAt < now ? "overdue" : "in_progress";
}

export function toDossierLookup(dossier: TPublicDossier, now: Date): z.input<typeof ZDossierLookup> {
  return {
    code: dossier.code ?? "",
    status: apiEnum(dossier.status),
    nationalStatusCode: NATIONAL_STATUS_CODE[dossier.status],
    statusLabel: { vi: vi.DossierStatus[dossier.status], en: en.DossierStatus[dossier.status] },
    procedure: { code: dossier.procedure.code, name: dossier.procedure.name, nameEn: dossier.procedure.nameEn },
    agency: { name: dossier.agency.name, nameEn: dossier.agency.nameEn },
    receivedAt: iso(dossier.receivedAt),
    appointment: dossier.dueAt
      ? { dueAt: formatLocalIso(dossier.dueAt), precision: dossier.deadlinePrecision === "INSTANT" ? "instant" : "day", isProvisional: dossier.isDueProvisional }
      : null,
    apology: dossier.dueDateChange
      ? { previousDueAt: formatLocalIso(dossier.dueDateChange.previousDueAt), newDueAt: formatLocalIso(dossier.dueDateChange.newDueAt), issuedAt: formatLocalIso(dossier.dueDateChange.issuedAt) }
      : null,
    supplementRequests: dossier.supplementRequests.map((request) => ({ requestedAt: formatLocalIso(request.requestedAt), fulfilledAt: iso(request.fulfilledAt) })),
    finishedAt: iso(dossier.finishedAt),
    returnedAt: iso(dossier.returnedAt),
    timeliness: dossier.timeliness ? apiEnum(dossier.timeliness) : null,
    controlSlip: dossier.processingSteps.map((step) => ({
      sequence: step.sequence,
      kind: apiEnum(step.kind),
      title: step.title,
      unit: step.unit ? { name: step.unit.name, nameEn: step.unit.nameEn } : null,
      agency: { name: step.agency.name, nameEn: step.agency.nameEn },
      receivedAt: formatLocalIso(step.startedAt),
      dueAt: iso(step.dueAt),
      duePrecision: step.duePrecision ? apiEnum(step.duePrecision) : null,
      completedAt: iso(step.completedAt),
      verdict: slipVerdict(step, now),
      isSentBack: step.isBounce,
    })),
  };
}
