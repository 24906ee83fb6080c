// Who acts on a dossier, as the session says (never the form), and the role the workflow sees.
import type { ActorRole } from "./workflow";

export type Actor =
  | { kind: "RESIDENT"; userId: string; organizationIds: readonly string[] }
  | {
      kind: "OFFICER";
      userId: string;
      agencyId: string;
      unitId: string | null;
      officerRole: "DESK_OFFICER" | "SPECIALIST" | "UNIT_HEAD" | "AGENCY_LEADER";
    }
  | { kind: "SYSTEM" };

export function workflowRole(actor: Actor): ActorRole {
  if (actor.kind === "RESIDENT") return "RESIDENT";
  if (actor.kind === "SYSTEM") return "SYSTEM";
  return actor.officerRole;
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === "SYSTEM" ? null : actor.userId;
}
