import type { Prisma } from "@/prisma/generated/client";
import type { OfficerActor } from "@/lib/auth/staff";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";

// What an officer may see (issue: "everything they see is limited to that scope"): the desk and
// the agency's leaders see the dossiers of their agency (competent, handed in there, or consulted);
// a specialist or a unit head sees those their unit holds or has held, or was consulted on. Drafts
// are the applicant's alone. Anything else is "not found".

const UNIT_ROLES: readonly OfficerActor["officerRole"][] = ["SPECIALIST", "UNIT_HEAD"];

export function isUnitScoped(actor: OfficerActor): boolean {
  return UNIT_ROLES.includes(actor.officerRole) && actor.unitId !== null;
}

export function officerScope(actor: OfficerActor): Prisma.DossierWhereInput {
  const agency: Prisma.DossierWhereInput = { AND: [dossierVisibleTo(actor), { status: { not: "DRAFT" } }] };
  if (!isUnitScoped(actor)) return agency;
  const unitId = actor.unitId!;
  return {
    AND: [
      agency,
      {
        OR: [
          { currentUnitId: unitId },
          { processingSteps: { some: { unitId } } },
          { consultations: { some: { OR: [{ unitId }, { agencyId: actor.agencyId, unitId: null }] } } },
        ],
      },
    ],
  };
}
