import { getNationalIndexEndpoint } from "@/lib/api/endpoints/statistics";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";
import { nationalIndexAnswer } from "@/lib/api/statistics";

// Answered per request (never prerendered at build): computed live from the rollups.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(getNationalIndexEndpoint, async ({ query, language, fail }) => {
    const answer = await nationalIndexAnswer(query, language, new Date());
    return answer.ok ? ok(answer.body) : fail(answer.code, { errors: answer.errors });
  }),
});
