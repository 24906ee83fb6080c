// GET /api/v1/due-date: the appointment date on the live working calendar (docs/domain/deadlines.md).
import { z } from "zod";
import { ZDueDateQuery } from "@/lib/calendar/schemas";
import { defineEndpoint, described } from "../contract";
import { ZDateTime } from "./shared";

export const ZDueDateEstimate = z.object({
  receivedAt: ZDateTime.meta(described("Thời điểm tiếp nhận", "Received at")),
  dueAt: ZDateTime.meta(described("Ngày hẹn trả kết quả", "Appointment for the result")),
  value: z.number().meta(described("Thời hạn đã dùng", "The time limit used")),
  unit: z.enum(["WORKING_DAYS", "CALENDAR_DAYS", "HOURS"]).meta(described("Đơn vị của thời hạn", "Unit of the time limit")),
  hasSameDayCutoff: z.boolean().meta(described("Nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo", "Received after 15:00 counts from the next working day")),
  procedure: z.object({ code: z.string(), name: z.string() }).nullable(),
  provisional: z.boolean().meta(described("Ngày dựa trên lịch năm chưa công bố chính thức; có thể đổi", "Rests on a year not yet officially published; may change")),
});

export const estimateDueDateEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/due-date",
  operationId: "estimateDueDate",
  tag: "calendar",
  summary: { vi: "Tính ngày hẹn trả kết quả", en: "Compute the appointment date" },
  description: {
    vi: "Theo lịch làm việc thực tế (nghỉ lễ, Tết, ngày làm bù). Cho value và unit, hoặc mã thủ tục để lấy thời hạn của thủ tục. 409 khi thủ tục không có thời hạn xác định.",
    en: "On the real working calendar (holidays, Tết, make-up days). Give value and unit, or a procedure code to take its limit. 409 when the procedure has no defined limit.",
  },
  access: "public",
  query: ZDueDateQuery,
  // Without receivedAt the answer moves with the clock: stored, but checked again each time.
  cacheControl: "public, no-cache",
  responses: { 200: { description: { vi: "Ngày hẹn", en: "The appointment" }, schema: ZDueDateEstimate } },
  errors: [404, 409],
});
