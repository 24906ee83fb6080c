// Who acts on a dossier, as the session says (never the form), and the role the workflow sees.
import type { ActorRole } from "./workflow";

export type Actor =
  | {
      kind: "RESIDENT";
      userId: string;
      organizationIds: readonly string[];
      /** Signed in through the national identity provider (VNeID, OpenID Connect) in this session, not by an email code. */
      isVneid?: boolean;
    }
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
