import { estimateDueDate } from "@/lib/calendar/estimate-due-date";
import { ZDueDateQuery } from "@/lib/calendar/schemas";
import { apiError, apiFailure, zodFieldErrors } from "@/lib/http/api-response";

export const dynamic = "force-dynamic";

/** GET /api/v1/due-date?receivedAt=<ISO 8601>&value=<n>&unit=working_days|calendar_days|hours[&procedure=<code>] */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = ZDueDateQuery.safeParse(params);
  if (!parsed.success) return apiError("VALIDATION", zodFieldErrors(parsed.error));
  try {
    const estimate = await estimateDueDate(parsed.data, new Date());
    return Response.json(estimate, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return apiFailure(error, "GET /api/v1/due-date");
  }
}
