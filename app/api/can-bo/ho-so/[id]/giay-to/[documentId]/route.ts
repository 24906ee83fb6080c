import { currentOfficer } from "@/lib/auth/staff";
import { dossierInScope, recordAccess } from "@/lib/back-office/dossier-view";
import { documentResponse, readDocument } from "@/lib/filing/downloads";

// A paper of a dossier for an officer in whose scope it is (anyone else: 404). The download is
// recorded: the applicant sees which unit opened their papers, and when.
type Context = { params: Promise<{ id: string; documentId: string }> };

const NOT_FOUND = () => new Response("Không tìm thấy (not found)", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, context: Context) {
  const { id, documentId } = await context.params;
  const officer = await currentOfficer();
  if (!officer || !(await dossierInScope(officer.actor, id))) return NOT_FOUND();
  const found = await readDocument(officer.actor, id, documentId);
  if (!found) return NOT_FOUND();
  await recordAccess(officer.actor, id, "DOWNLOAD", documentId);
  return documentResponse(found);
}
