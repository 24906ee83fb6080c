import { toDossierLookup } from "@/lib/api/dossiers";
import { lookUpDossierEndpoint } from "@/lib/api/endpoints/dossiers";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { lookUpDossier } from "@/lib/dossiers/public-lookup";

// Answered per request (never prerendered at build): the data and PUBLIC_URL are the running server's.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(lookUpDossierEndpoint, async ({ request, params, query, fail }) => {
    const now = new Date();
    // The address the portal's own server saw (a client cannot set it): failures are counted per client.
    const clientKey = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
    const result = await lookUpDossier({ code: params.code, lookupCode: query.lookupCode, clientKey, now });
    if (result.found) return ok(toDossierLookup(result.dossier, now));
    if (result.reason === "rateLimited") return fail("RATE_LIMITED", { headers: { "Retry-After": String(result.retryAfterSeconds) } });
    return fail("LOOKUP_NOT_FOUND");
  }),
});
