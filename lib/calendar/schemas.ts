import { z } from "zod";

/** Date.parse accepts 30 February (it rolls over to March); a calendar date must exist. */
function isRealInstant(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const [hour, minute] = [Number(text.slice(11, 13)), Number(text.slice(14, 16))];
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && !Number.isNaN(Date.parse(text));
}

const UNITS = { working_days: "WORKING_DAYS", calendar_days: "CALENDAR_DAYS", hours: "HOURS" } as const;

/** Query of GET /api/v1/due-date. Either value + unit, or a procedure code (or both: value wins). */
export const ZDueDateQuery = z
  .object({
    receivedAt: z
      .string()
      .max(40)
      .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/, {
        message: "receivedAt phải theo ISO 8601 có múi giờ, ví dụ 2026-02-13T10:00:00+07:00",
      })
      .refine(isRealInstant, { message: "receivedAt không phải một thời điểm có thật" })
      .transform((text) => new Date(text))
      .optional(),
    value: z.coerce
      .number({ message: "value phải là một số" })
      .positive({ message: "value phải lớn hơn 0" })
      .max(3650, { message: "value tối đa 3650" })
      .optional(),
    unit: z
      .enum(["working_days", "calendar_days", "hours"], { message: "unit phải là working_days, calendar_days hoặc hours" })
      .transform((unit) => UNITS[unit])
      .optional(),
    procedure: z.string().regex(/^\d\.\d{6}$/, { message: "procedure phải là mã thủ tục dạng 1.001193" }).optional(),
  })
  .superRefine((query, context) => {
    if (query.procedure) return;
    if (query.value === undefined) context.addIssue({ code: "custom", path: ["value"], message: "Thiếu value (hoặc procedure)" });
    if (query.unit === undefined) context.addIssue({ code: "custom", path: ["unit"], message: "Thiếu unit (hoặc procedure)" });
  });

export type TDueDateQuery = z.infer<typeof ZDueDateQuery>;
