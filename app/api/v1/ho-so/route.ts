import { z } from "zod";
import { getSessionUser, residentActor } from "@/lib/auth/session";
import { fileAtOnce } from "@/lib/filing/file-at-once";
import { maxDossierBytes } from "@/lib/filing/uploads";
import { apiError, apiFailure } from "@/lib/http/api-response";
import { isSameOrigin } from "@/lib/http/same-origin";

// POST /api/v1/ho-so: files a dossier in one request, for the signed-in resident (the wizard's
// steps at once). Multipart: procedure, agencyId, fields (JSON object of strings), and one file
// per paper named "file:<slot>". The Idempotency-Key header (any 8–100 characters) makes a retry
// safe: the same key answers with the same dossier.
const ZKey = z.string().regex(/^[\w.:-]{8,100}$/);
const ZFields = z.record(z.string(), z.string());

export async function POST(request: Request) {
  try {
    if (request.headers.get("origin") && !isSameOrigin(request)) return apiError("FORBIDDEN");
    const user = await getSessionUser();
    if (!user || user.role !== "RESIDENT") return apiError("UNAUTHENTICATED");
    const key = ZKey.safeParse(request.headers.get("idempotency-key"));
    if (!key.success) return apiError("VALIDATION", { "Idempotency-Key": "Thiếu hoặc sai Idempotency-Key (8–100 ký tự)." });
    if (Number(request.headers.get("content-length") ?? 0) > maxDossierBytes() + 1024 * 1024) return apiError("VALIDATION", { files: "Tổng dung lượng vượt giới hạn." });
    const form = await request.formData();
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(form.get("fields") ?? "{}"));
    } catch {
      parsed = null;
    }
    const fields = ZFields.safeParse(parsed);
    if (!fields.success) return apiError("VALIDATION", { fields: "fields phải là một đối tượng JSON." });
    const files: { slot: string; name: string; bytes: Uint8Array }[] = [];
    for (const [name, value] of form.entries()) {
      if (name.startsWith("file:") && value instanceof File) files.push({ slot: name.slice(5), name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    const result = await fileAtOnce({
      user, actor: residentActor(user), key: key.data, procedureCode: String(form.get("procedure") ?? ""), agencyId: String(form.get("agencyId") ?? ""),
      fields: fields.data, files, now: new Date(),
    });
    if (!result.ok) {
      const detail = result.error;
      const fieldErrors = detail.code === "FORM" ? detail.fields : detail.code === "UPLOAD" ? { [`file:${detail.slot}`]: detail.error } : Object.fromEntries(detail.missing.map((slot) => [`file:${slot}`, "missing"]));
      return apiError("VALIDATION", fieldErrors);
    }
    return Response.json(result.dossier, { status: result.dossier.replayed ? 200 : 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return apiFailure(error, "POST /api/v1/ho-so");
  }
}
