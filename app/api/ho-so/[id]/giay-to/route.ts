import { NextResponse } from "next/server";
import { getSessionUser, residentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { attachDocument, maxFileBytes, type UploadErrorCode } from "@/lib/filing/uploads";
import { isSameOrigin } from "@/lib/http/same-origin";

// Uploads a paper to a draft (or a supplement). A form post without JavaScript gets a redirect back
// to the page it came from, with the error's code; the page's script asks for JSON and shows a
// progress bar. Nothing is written unless the whole file arrived and passed every check.
type Context = { params: Promise<{ id: string }> };

/**
 * Back to the page, by a relative address: the server may listen on 0.0.0.0 or sit behind a proxy,
 * so the request's own URL is not where the browser is.
 */
const seeOther = (path: string) => new Response(null, { status: 303, headers: { Location: path } });

const backTo = (value: FormDataEntryValue | null, dossierId: string): string => {
  const path = typeof value === "string" ? value : "";
  return path.startsWith(`/nop-ho-so/${dossierId}/`) || path.startsWith(`/ho-so/${dossierId}`) ? path.split("?")[0]! : `/nop-ho-so/${dossierId}/giay-to`;
};

export async function POST(request: Request, context: Context) {
  const { id } = await context.params;
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const fail = (status: number, error: UploadErrorCode | "notFound" | "origin", slot = "", back = `/nop-ho-so/${id}/giay-to`) =>
    wantsJson
      ? NextResponse.json({ ok: false, error }, { status })
      : seeOther(`${back}?loi=${error}&o=${encodeURIComponent(slot)}#o-${encodeURIComponent(slot)}`);
  if (!isSameOrigin(request)) return fail(403, "origin");
  const user = await getSessionUser();
  if (!user || user.role !== "RESIDENT" || !/^[0-9a-f-]{36}$/.test(id)) return fail(404, "notFound");
  // A body far over the limit is refused before it is read.
  if (Number(request.headers.get("content-length") ?? 0) > maxFileBytes() + 256 * 1024) return fail(413, "tooLarge");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail(400, "missingFile");
  }
  const slot = String(form.get("slot") ?? "");
  const back = backTo(form.get("back"), id);
  const file = form.get("file");
  if (!(file instanceof File) || file.name === "" ) return fail(400, "missingFile", slot, back);
  try {
    const result = await attachDocument({
      actor: residentActor(user),
      dossierId: id,
      slot,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      now: new Date(),
      supplement: form.get("supplement") === "1",
    });
    if (!result.ok) return fail(result.error === "tooLarge" || result.error === "dossierFull" ? 413 : 400, result.error, slot, back);
    return wantsJson ? NextResponse.json({ ok: true, documentId: result.documentId }) : seeOther(`${back}#o-${encodeURIComponent(slot)}`);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return fail(404, "notFound");
    throw error;
  }
}
