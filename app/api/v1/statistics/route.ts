import { getStatisticsEndpoint } from "@/lib/api/endpoints/statistics";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";
import { statisticsAnswer } from "@/lib/api/statistics";

// Answered per request (never prerendered at build): the figures move with every transition.
export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(getStatisticsEndpoint, async ({ query, language, fail }) => {
    const answer = await statisticsAnswer(query, language, new Date());
    return answer.ok ? ok(answer.body) : fail(answer.code, { errors: answer.errors });
  }),
});
