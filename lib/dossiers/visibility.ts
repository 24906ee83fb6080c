// Authorization lives in the query (docs/development.md): a dossier out of the actor's scope is simply
// not found.
import type { Prisma } from "@/prisma/generated/client";
import type { Actor } from "./actor";

export function dossierVisibleTo(actor: Actor): Prisma.DossierWhereInput {
  switch (actor.kind) {
    case "SYSTEM":
      return {};
    case "RESIDENT":
      return {
        OR: [
          { applicantId: actor.userId },
          ...(actor.organizationIds.length > 0 ? [{ organizationId: { in: [...actor.organizationIds] } }] : []),
        ],
      };
    case "OFFICER":
      // The competent agency, the agency where it was handed in, and agencies consulted on it.
      return {
        OR: [
          { agencyId: actor.agencyId },
          { receivingAgencyId: actor.agencyId },
          { consultations: { some: { agencyId: actor.agencyId } } },
        ],
      };
  }
}
