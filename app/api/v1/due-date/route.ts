import { estimateDueDate } from "@/lib/calendar/estimate-due-date";
import { estimateDueDateEndpoint } from "@/lib/api/endpoints/due-date";
import { apiRoute, endpointHandler, ok } from "@/lib/api/handler";

// Answered per request (never prerendered at build): the data and PUBLIC_URL are the running server's.
export const dynamic = "force-dynamic";

/** GET /api/v1/due-date?receivedAt=<ISO 8601>&value=<n>&unit=working_days|calendar_days|hours[&procedure=<code>] */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: endpointHandler(estimateDueDateEndpoint, async ({ query }) => ok(await estimateDueDate(query, new Date()))),
});
