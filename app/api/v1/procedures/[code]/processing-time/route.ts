import { getProcessingTimeEndpoint } from "@/lib/api/endpoints/statistics";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";
import { processingTimeAnswer } from "@/lib/api/statistics";

// Answered per request (never prerendered at build): the figures move with every result.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(getProcessingTimeEndpoint, async ({ params, query, language, fail }) => {
    const answer = await processingTimeAnswer(params.code, query, language, new Date());
    return answer.ok ? ok(answer.body) : fail(answer.code, { errors: answer.errors });
  }),
});
