// GET /api/v1/dossiers/{code}?lookupCode=…: the public lookup (tra cứu hồ sơ) by the two codes on
// the receipt. What it answers is the control slip's public side (Decree 61/2018 art. 32: every
// hand-over, its time and whether it was early, on time or late) and never anything personal:
// no name, ID number, address, phone, form data or paper.
import { z } from "zod";
import { DOSSIER_STATUSES } from "@/lib/dossiers/workflow";
import { defineEndpoint, described } from "../contract";
import { messageKey } from "../messages";
import { ZDateTime, ZLocalizedName } from "./shared";

const lower = <T extends string>(values: readonly T[]) => values.map((value) => value.toLowerCase() as Lowercase<T>) as [Lowercase<T>, ...Lowercase<T>[]];

export const ZDossierCodeParam = z
  .string()
  .max(40, { error: messageKey("dossierCode") })
  .regex(/^[A-Za-z0-9.]{1,24}-\d{6}-\d{4,6}$/, { error: messageKey("dossierCode") })
  .meta(described("Mã hồ sơ in trên giấy tiếp nhận", "The dossier code printed on the receipt", "000.00.12.H26-260302-0001"));

export const ZLookupQuery = z.object({
  lookupCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{4,16}$/, { error: messageKey("lookupCode") })
    .meta(described("Mã tra cứu in trên giấy tiếp nhận (không phân biệt hoa thường)", "The lookup code printed on the receipt (case-insensitive)", "7KQ4ZDMA")),
});

const ZVerdict = z.enum(["early", "on_time", "late"]);

const ZSlipRow = z.object({
  sequence: z.number().int().meta(described("Thứ tự", "Order")),
  kind: z.enum(["receipt", "processing", "consultation", "return"]).meta(described("Tiếp nhận, xử lý, lấy ý kiến, trả kết quả", "Receipt, processing, consultation, return")),
  title: z.string().meta(described("Bước xử lý", "Step")),
  unit: ZLocalizedName.nullable().meta(described("Bộ phận nhận hồ sơ", "Unit that took the dossier")),
  agency: ZLocalizedName.meta(described("Cơ quan", "Agency")),
  receivedAt: ZDateTime.meta(described("Thời điểm bộ phận nhận hồ sơ", "When the unit took the dossier")),
  dueAt: ZDateTime.nullable().meta(described("Hạn của bước", "The step's deadline")),
  duePrecision: z.enum(["day", "instant"]).nullable().meta(described("Hạn tính theo ngày hay đến từng phút", "Deadline by the day or to the minute")),
  completedAt: ZDateTime.nullable().meta(described("Thời điểm chuyển tiếp", "When it was handed on")),
  verdict: z
    .enum(["early", "on_time", "late", "overdue", "in_progress"])
    .meta(described("Trước hạn, đúng hạn, trễ hạn; hoặc đang xử lý (quá hạn hay trong hạn)", "Early, on time, late; or still open (overdue or within the deadline)")),
  isSentBack: z.boolean().meta(described("Hồ sơ bị trả lại bước trước", "Sent back to an earlier step")),
});

export const ZDossierLookup = z.object({
  code: z.string().meta(described("Mã hồ sơ", "Dossier code")),
  status: z.enum(lower(DOSSIER_STATUSES)).meta(described("Trạng thái", "Status")),
  nationalStatusCode: z.number().int().min(1).max(10).nullable().meta(described("Mã trạng thái 1–10 của Cổng dịch vụ công quốc gia", "The national portal's status code 1–10")),
  statusLabel: z.object({ vi: z.string().meta(described("Tiếng Việt", "Vietnamese")), en: z.string().meta(described("Tiếng Anh", "English")) }).meta(described("Tên trạng thái để hiển thị", "Status, to show")),
  procedure: ZLocalizedName.extend({ code: z.string().meta(described("Mã thủ tục", "Procedure code")) }).meta(described("Thủ tục", "Procedure")),
  agency: ZLocalizedName.meta(described("Cơ quan giải quyết", "Competent agency")),
  receivedAt: ZDateTime.nullable().meta(described("Thời điểm tiếp nhận", "Received at")),
  appointment: z
    .object({
      dueAt: ZDateTime.meta(described("Ngày hẹn trả kết quả", "Appointment for the result")),
      precision: z.enum(["day", "instant"]).meta(described("Hẹn theo ngày hay đến từng phút", "By the day or to the minute")),
      isProvisional: z.boolean().meta(described("Dựa trên lịch làm việc chưa công bố chính thức", "Rests on a working calendar not yet officially published")),
    })
    .nullable()
    .meta(described("Ngày hẹn trả kết quả, nếu đã tiếp nhận", "The appointment, once received")),
  apology: z
    .object({
      previousDueAt: ZDateTime.meta(described("Ngày hẹn cũ", "Previous appointment")),
      newDueAt: ZDateTime.meta(described("Ngày hẹn mới", "New appointment")),
      issuedAt: ZDateTime.meta(described("Ngày gửi văn bản xin lỗi", "When the apology was sent")),
    })
    .nullable()
    .meta(described("Văn bản xin lỗi và hẹn lại ngày trả kết quả, nếu có", "The apology with a new appointment, if any")),
  supplementRequests: z
    .array(
      z.object({
        requestedAt: ZDateTime.meta(described("Ngày yêu cầu", "Requested at")),
        fulfilledAt: ZDateTime.nullable().meta(described("Ngày người nộp bổ sung đủ, hoặc null khi đang chờ", "When the applicant completed it, or null while waiting")),
      }),
    )
    .meta(described("Các lần yêu cầu bổ sung (thời gian chờ người nộp không tính vào thời hạn)", "Supplement requests (time waiting for the applicant does not count)")),
  finishedAt: ZDateTime.nullable().meta(described("Thời điểm có kết quả", "When the result was ready")),
  returnedAt: ZDateTime.nullable().meta(described("Thời điểm trả kết quả", "When the result was returned")),
  timeliness: ZVerdict.nullable().meta(described("Kết quả giải quyết trước, đúng hay trễ hạn", "Resolved early, on time or late")),
  controlSlip: z.array(ZSlipRow).meta(described("Phiếu kiểm soát quá trình giải quyết hồ sơ: mỗi lần chuyển giao", "The control slip: every hand-over")),
});

export const lookUpDossierEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/dossiers/{code}",
  operationId: "lookUpDossier",
  tag: "dossiers",
  summary: { vi: "Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu", en: "Look up a dossier by its code and lookup code" },
  description: {
    vi: "Tình trạng, thủ tục, cơ quan, ngày tiếp nhận, ngày hẹn và phiếu kiểm soát; không có thông tin cá nhân. Sai mã hồ sơ hay sai mã tra cứu đều nhận cùng một câu trả lời 404. Mỗi máy được thử sai 20 lần trong 10 phút, sau đó nhận 429.",
    en: "Status, procedure, agency, receipt and appointment dates and the control slip; no personal data. A wrong dossier code and a wrong lookup code get the same 404. Each client may fail 20 times in 10 minutes, then gets 429.",
  },
  access: "public",
  params: z.object({ code: ZDossierCodeParam }),
  query: ZLookupQuery,
  cacheControl: "private, no-cache",
  responses: { 200: { description: { vi: "Hồ sơ", en: "The dossier" }, schema: ZDossierLookup } },
  errors: [404, 429],
});
