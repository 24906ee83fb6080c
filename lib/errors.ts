// The closed catalogue of errors a user can meet (docs/development.md): a code, an HTTP status and a
// message in Vietnamese and English. Raw exception messages never reach a user.
export const ERRORS = {
  VALIDATION: { status: 400, vi: "Thông tin chưa hợp lệ, vui lòng kiểm tra lại.", en: "Some information is not valid; please check it." },
  UNAUTHENTICATED: { status: 401, vi: "Vui lòng đăng nhập để tiếp tục.", en: "Please sign in to continue." },
  FORBIDDEN: { status: 403, vi: "Bạn không có quyền thực hiện thao tác này.", en: "You are not allowed to do this." },
  NOT_FOUND: { status: 404, vi: "Không tìm thấy nội dung yêu cầu.", en: "What you asked for was not found." },
  CONFLICT: {
    status: 409,
    vi: "Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại trang và thử lại.",
    en: "The dossier was just changed by someone else. Please reload and try again.",
  },
  INVALID_TRANSITION: {
    status: 409,
    vi: "Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.",
    en: "This action is not possible in the dossier's current status.",
  },
  REASON_REQUIRED: { status: 400, vi: "Vui lòng nêu rõ lý do.", en: "Please give the reason." },
  SUPPLEMENT_ITEMS_REQUIRED: {
    status: 400,
    vi: "Vui lòng liệt kê đầy đủ các giấy tờ cần bổ sung (yêu cầu một lần).",
    en: "Please list every paper to be supplemented (all at once).",
  },
  SUPPLEMENT_WINDOW_CLOSED: {
    status: 409,
    vi: "Đã quá 3 ngày làm việc kể từ ngày tiếp nhận: không được yêu cầu bổ sung hồ sơ.",
    en: "More than 3 working days have passed since receipt: a supplement can no longer be requested.",
  },
  TIME_LIMIT_UNKNOWN: {
    status: 409,
    vi: "Thủ tục chưa có thời hạn giải quyết xác định; không thể tính ngày hẹn trả.",
    en: "The procedure has no defined time limit; the appointment date cannot be computed.",
  },
  NO_NEXT_STEP: { status: 409, vi: "Quy trình không còn bước tiếp theo.", en: "The processing plan has no next step." },
  NO_PREVIOUS_STEP: { status: 409, vi: "Không có bước trước để trả lại.", en: "There is no previous step to send back to." },
  STEP_NOT_OPEN: { status: 409, vi: "Hồ sơ chưa được giao cho bước xử lý nào.", en: "The dossier is not assigned to a processing step." },
  CONSULTATION_NOT_FOUND: { status: 404, vi: "Không tìm thấy yêu cầu lấy ý kiến.", en: "Consultation not found." },
  CONSULTATION_PENDING: {
    status: 409,
    vi: "Còn cơ quan được lấy ý kiến chưa trả lời.",
    en: "A consulted agency has not replied yet.",
  },
  PAYMENT_AMOUNT_REQUIRED: { status: 400, vi: "Vui lòng nhập số tiền phải nộp.", en: "Please enter the amount due." },
  RESOLUTION_REQUIRED: {
    status: 409,
    vi: "Hồ sơ chưa được lãnh đạo phê duyệt hoặc từ chối giải quyết.",
    en: "The dossier has not been approved or refused by the leadership.",
  },
  RESULT_DOCUMENT_REQUIRED: { status: 400, vi: "Vui lòng đính kèm văn bản kết quả.", en: "Please attach the result document." },
  APOLOGY_ALREADY_ISSUED: {
    status: 409,
    vi: "Hồ sơ đã được hẹn lại một lần; ngày hẹn chỉ được thay đổi một lần.",
    en: "The appointment was already moved once; it may be moved only once.",
  },
  APOLOGY_TOO_LATE: {
    status: 409,
    vi: "Phiếu xin lỗi phải gửi trước hạn ít nhất 1 ngày làm việc.",
    en: "The apology must be sent at least one working day before the deadline.",
  },
  APOLOGY_DATE_INVALID: {
    status: 400,
    vi: "Ngày hẹn mới phải là ngày làm việc và sau ngày hẹn cũ.",
    en: "The new appointment must be a working day after the current one.",
  },
  // The public API (docs/api.md).
  METHOD_NOT_ALLOWED: { status: 405, vi: "Địa chỉ này không nhận phương thức yêu cầu này.", en: "This address does not accept this request method." },
  RATE_LIMITED: {
    status: 429,
    vi: "Bạn đã thử quá nhiều lần. Vui lòng đợi ít phút rồi thử lại.",
    en: "Too many attempts. Please wait a few minutes and try again.",
  },
  /** One message for a wrong dossier code and a wrong lookup code: which one is wrong is not said. */
  LOOKUP_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Vui lòng kiểm tra lại hai mã in trên giấy tiếp nhận.",
    en: "No dossier matches this dossier code and lookup code. Please check both codes printed on the receipt.",
  },
  // Delegation (docs/domain/delegation.md): the procedure is handled by the delegates now.
  DELEGATE_REQUIRED: {
    status: 409,
    vi: "Thủ tục này đã được ủy quyền cho Ủy ban nhân dân cấp xã giải quyết: vui lòng chọn phường, xã tiếp nhận hồ sơ.",
    en: "This procedure has been delegated to the commune and ward People's Committees: please choose the ward or commune that takes the dossier.",
  },
  NOT_COMPETENT: {
    status: 409,
    vi: "Cơ quan này hiện không giải quyết thủ tục này (ủy quyền đã bắt đầu, kết thúc hoặc bị thu hồi). Vui lòng nộp tại cơ quan đang giải quyết thủ tục.",
    en: "This agency no longer handles this procedure (a delegation started, ended or was revoked). Please file with the agency that handles it now.",
  },
  ALREADY_RATED: { status: 409, vi: "Hồ sơ đã được đánh giá.", en: "This dossier has already been rated." },
  INTERNAL: {
    status: 500,
    vi: "Đã có lỗi xảy ra. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo mã tham chiếu.",
    en: "Something went wrong. Please try again later; if it happens again, quote the reference.",
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** An expected failure, safe to show: its code maps to the catalogue above. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Per-field messages (field name → catalogue-free text already localised by the caller). */
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, options?: { fields?: Record<string, string>; cause?: unknown }) {
    super(ERRORS[code].en, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = options?.fields;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
