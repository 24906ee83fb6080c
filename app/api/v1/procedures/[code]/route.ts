import { getProcedureEndpoint } from "@/lib/api/endpoints/procedures";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";
import { findPublicProcedure } from "@/lib/api/procedures";

// Answered per request (never prerendered at build): the data and PUBLIC_URL are the running server's.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(getProcedureEndpoint, async ({ params, fail }) => {
    const procedure = await findPublicProcedure(params.code);
    return procedure ? ok(procedure) : fail("NOT_FOUND");
  }),
});
