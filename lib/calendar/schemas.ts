import { z } from "zod";

/** Date.parse accepts 30 February (it rolls over to March); a calendar date must exist. */
function isRealInstant(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const [hour, minute] = [Number(text.slice(11, 13)), Number(text.slice(14, 16))];
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && !Number.isNaN(Date.parse(text));
}

/** No procedure takes longer than a year; beyond that a request is a mistake or an attack. */
const MAX_DAYS = { WORKING_DAYS: 365, CALENDAR_DAYS: 730, HOURS: 365 * 8 } as const;
const MAX_VALUE = Math.max(...Object.values(MAX_DAYS));
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const UNITS = { working_days: "WORKING_DAYS", calendar_days: "CALENDAR_DAYS", hours: "HOURS" } as const;

/** Query of GET /api/v1/due-date. Either value + unit, or a procedure code (or both: value wins). */
export const ZDueDateQuery = z
  .object({
    receivedAt: z
      .string()
      .max(40)
      .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/, {
        message: "receivedAt phải theo ISO 8601 có múi giờ, ví dụ 2026-02-13T10:00:00+07:00 / receivedAt must be ISO 8601 with an offset",
      })
      .refine(isRealInstant, { message: "receivedAt không phải một thời điểm có thật / receivedAt is not a real instant" })
      .refine((text) => Number(text.slice(0, 4)) >= FIRST_YEAR && Number(text.slice(0, 4)) <= LAST_YEAR, {
        message: `receivedAt phải trong các năm ${FIRST_YEAR}–${LAST_YEAR} / receivedAt must be within ${FIRST_YEAR}–${LAST_YEAR}`,
      })
      .transform((text) => new Date(text))
      .optional()
      .meta({
        description: "Thời điểm tiếp nhận, ISO 8601 có múi giờ; bỏ trống là bây giờ",
        "x-description-en": "When the dossier is received, ISO 8601 with an offset; empty means now",
        examples: ["2026-02-13T10:00:00+07:00"],
      }),
    value: z.coerce
      .number({ message: "value phải là một số / value must be a number" })
      .positive({ message: "value phải lớn hơn 0 / value must be greater than 0" })
      .max(MAX_VALUE, { message: `value tối đa ${MAX_VALUE} / value is at most ${MAX_VALUE}` })
      .optional()
      .meta({ description: "Thời hạn (cùng với unit), nếu không dùng procedure", "x-description-en": "The time limit (with unit), unless procedure is given", examples: [5] }),
    unit: z
      .enum(["working_days", "calendar_days", "hours"], {
        message: "unit phải là working_days, calendar_days hoặc hours / unit must be working_days, calendar_days or hours",
      })
      .transform((unit) => UNITS[unit])
      .optional()
      .meta({ description: "Đơn vị của value: ngày làm việc, ngày, giờ", "x-description-en": "Unit of value: working days, calendar days, hours", examples: ["working_days"] }),
    /** With a procedure: online submissions may have their own limit (e.g. land procedures). */
    channel: z
      .enum(["online", "in_person", "post"], { message: "channel phải là online, in_person hoặc post / channel must be online, in_person or post" })
      .optional()
      .meta({ description: "Cách nộp (với procedure): nộp trực tuyến có thể có thời hạn riêng", "x-description-en": "How it is filed (with procedure): online filing may have its own limit" }),
    procedure: z
      .string()
      .regex(/^\d\.\d{6}$/, { message: "procedure phải là mã thủ tục dạng 1.001193 / procedure must be a code like 1.001193" })
      .optional()
      .meta({ description: "Mã thủ tục: lấy thời hạn và giờ chốt 15:00 của thủ tục", "x-description-en": "Procedure code: takes the procedure's limit and 15:00 cut-off" }),
  })
  .superRefine((query, context) => {
    if (query.value !== undefined && query.unit !== undefined && query.value > MAX_DAYS[query.unit]) {
      context.addIssue({ code: "custom", path: ["value"], message: `value tối đa ${MAX_DAYS[query.unit]} / value is at most ${MAX_DAYS[query.unit]}` });
    }
    if (query.procedure) return;
    if (query.value === undefined) context.addIssue({ code: "custom", path: ["value"], message: "Thiếu value (hoặc procedure) / value (or procedure) is missing" });
    if (query.unit === undefined) context.addIssue({ code: "custom", path: ["unit"], message: "Thiếu unit (hoặc procedure) / unit (or procedure) is missing" });
  });

export type TDueDateQuery = z.infer<typeof ZDueDateQuery>;
