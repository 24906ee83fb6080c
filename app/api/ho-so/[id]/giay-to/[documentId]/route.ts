import { getSessionUser, residentActor } from "@/lib/auth/session";
import { documentResponse, readDocument } from "@/lib/filing/downloads";

// A paper of a dossier, for the people allowed to see the dossier only (anyone else: 404, as if
// it did not exist). Always an attachment, never shown inline, never sniffed.
type Context = { params: Promise<{ id: string; documentId: string }> };

export async function GET(_request: Request, context: Context) {
  const { id, documentId } = await context.params;
  const user = await getSessionUser();
  const found = user && user.role === "RESIDENT" ? await readDocument(residentActor(user), id, documentId) : null;
  if (!found) return new Response("Không tìm thấy (not found)", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return documentResponse(found);
}
