import { FILE_PART_PREFIX, fileDossierEndpoint } from "@/lib/api/endpoints/filing";
import { apiRoute, created, endpointHandler, ok } from "@/lib/api/handler";
import { apiMessage } from "@/lib/api/messages";
import { getSessionUser, residentActor } from "@/lib/auth/session";
import { fileAtOnce } from "@/lib/filing/file-at-once";
import { maxDossierBytes } from "@/lib/filing/uploads";
import { isSameOrigin } from "@/lib/http/same-origin";

// POST /api/v1/ho-so: files a dossier in one request, for the signed-in resident (the wizard's
// steps at once). Multipart: procedure, agencyId, fields (JSON object of strings), and one file
// per paper named "file:<slot>". The Idempotency-Key header (any 8–100 characters) makes a retry
// safe: the same key answers with the same dossier.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: endpointHandler(fileDossierEndpoint, async ({ request, headers, readBody, fail, language }) => {
    if (request.headers.get("origin") && !isSameOrigin(request)) return fail("FORBIDDEN");
    const user = await getSessionUser();
    if (!user || user.role !== "RESIDENT") return fail("UNAUTHENTICATED");
    // Refused before a byte of the upload is read.
    if (Number(request.headers.get("content-length") ?? 0) > maxDossierBytes() + 1024 * 1024) return fail("VALIDATION", { errors: { files: apiMessage(language, "filesTooLarge") } });
    const { procedure, agencyId, fields, ...parts } = await readBody();
    const files: { slot: string; name: string; bytes: Uint8Array }[] = [];
    for (const [name, file] of Object.entries(parts)) {
      if (name.startsWith(FILE_PART_PREFIX)) files.push({ slot: name.slice(FILE_PART_PREFIX.length), name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    const result = await fileAtOnce({ user, actor: residentActor(user), key: headers["Idempotency-Key"], procedureCode: procedure, agencyId, fields, files, now: new Date() });
    if (!result.ok) {
      const detail = result.error;
      const errors =
        detail.code === "FORM"
          ? detail.fields
          : detail.code === "UPLOAD"
            ? { [`${FILE_PART_PREFIX}${detail.slot}`]: detail.error }
            : Object.fromEntries(detail.missing.map((slot) => [`${FILE_PART_PREFIX}${slot}`, apiMessage(language, "paperMissing")]));
      return fail("VALIDATION", { errors });
    }
    return result.dossier.replayed ? ok(result.dossier) : created(result.dossier);
  }),
});
