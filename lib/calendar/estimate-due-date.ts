import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applicableTimeLimit, computeDueDate, isProvisional, type TimeLimit } from "./deadlines";
import { formatLocalIso } from "./local-time";
import { loadCalendarContext } from "./load";
import type { TDueDateQuery } from "./schemas";

export type DueDateEstimate = {
  receivedAt: string;
  dueAt: string;
  value: number;
  unit: TimeLimit["unit"];
  hasSameDayCutoff: boolean;
  procedure: { code: string; name: string } | null;
  /**
   * True when the date rests on days whose schedule is not officially published yet (a year not
   * announced, or beyond the calendar): it may change when the year is published.
   */
  provisional: boolean;
};

/** "File now, expect your result by …": the public calculator on the live working calendar. */
export async function estimateDueDate(query: TDueDateQuery, now: Date): Promise<DueDateEstimate> {
  const receivedAt = query.receivedAt ?? now;
  let limit: TimeLimit | null = query.value !== undefined && query.unit ? { value: query.value, unit: query.unit } : null;
  let hasSameDayCutoff = false;
  let procedure: DueDateEstimate["procedure"] = null;
  if (query.procedure) {
    const found = await db.procedure.findUnique({
      where: { code: query.procedure, isActive: true },
      select: {
        code: true, name: true, timeLimitValue: true, timeLimitUnit: true, hasSameDayCutoff: true,
        onlineTimeLimitValue: true, onlineTimeLimitUnit: true,
      },
    });
    if (!found) throw new AppError("NOT_FOUND");
    procedure = { code: found.code, name: found.name };
    hasSameDayCutoff = found.hasSameDayCutoff;
    if (!limit) {
      limit = applicableTimeLimit(found, query.channel === "online");
      if (!limit) throw new AppError("TIME_LIMIT_UNKNOWN");
    }
  }
  if (!limit) throw new AppError("VALIDATION");
  const context = await loadCalendarContext(db);
  let dueAt: Date;
  try {
    dueAt = computeDueDate(receivedAt, limit, { hasSameDayCutoff }, context);
  } catch (error) {
    // A limit or a date the calendar cannot reach is the request's fault, not a server error.
    if (error instanceof RangeError) throw new AppError("VALIDATION", { cause: error });
    throw error;
  }
  return {
    receivedAt: formatLocalIso(receivedAt),
    dueAt: formatLocalIso(dueAt),
    value: limit.value,
    unit: limit.unit,
    hasSameDayCutoff,
    procedure,
    provisional: isProvisional(receivedAt, dueAt, context),
  };
}
