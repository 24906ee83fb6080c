import "server-only";
// Where routing needs a ward named (docs/domain/delegation.md, rules 3 and 5): a draft begun with an
// agency that has since delegated the procedure to every ward, sent now (the wizard's review step
// asks the applicant); a dossier filed before such a delegation whose decision hands those over,
// received now (the desk's receipt form asks the officer). The choices are the wards competent for
// the procedure today; the command checks the choice again.
import { competentAgencyIds, routeExisting } from "./routing";
import type { Actor } from "@/lib/dossiers/actor";
import { dossierVisibleTo } from "@/lib/dossiers/visibility";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";

export type WardChoice = { id: string; name: string; nameEn: string | null };

/** The wards to choose from when sending or receiving the dossier now needs one; null when it does not. */
export async function wardsToChoose(actor: Actor, dossierId: string, now: Date): Promise<WardChoice[] | null> {
  try {
    await routeExisting(db, { dossierId, actor, now });
    return null;
  } catch (error) {
    if (!isAppError(error) || error.code !== "DELEGATE_REQUIRED") return null;
  }
  const dossier = await db.dossier.findFirst({ where: { AND: [{ id: dossierId }, dossierVisibleTo(actor)] }, select: { procedureId: true, agencyId: true } });
  if (!dossier) return null;
  const ids = (await competentAgencyIds(dossier.procedureId, now)).filter((id) => id !== dossier.agencyId);
  return db.agency.findMany({ where: { id: { in: ids }, level: "COMMUNE" }, orderBy: { name: "asc" }, select: { id: true, name: true, nameEn: true } });
}
