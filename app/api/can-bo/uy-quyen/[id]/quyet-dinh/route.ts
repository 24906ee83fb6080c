import { currentAdminActor } from "@/lib/admin/scope";
import { mayAdministerDelegations } from "@/lib/delegation/admin-pages";
import { readDecisionDocument } from "@/lib/delegation/decision-document";
import { isAppError } from "@/lib/errors";
import { documentResponse } from "@/lib/filing/downloads";

// GET /api/can-bo/uy-quyen/<id>/quyet-dinh: the delegation's decision (PDF) for the administrators
// who see the delegation (docs/domain/delegation.md); anyone else: 404.
type Context = { params: Promise<{ id: string }> };

const NOT_FOUND = () => new Response("Không tìm thấy (not found)", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, context: Context) {
  const { id } = await context.params;
  let actor;
  try {
    actor = await currentAdminActor();
  } catch (error) {
    if (isAppError(error)) return NOT_FOUND();
    throw error;
  }
  if (!(await mayAdministerDelegations(actor))) return NOT_FOUND();
  const found = await readDecisionDocument(actor, id);
  return found ? documentResponse(found) : NOT_FOUND();
}
