// What the applicant is told when their dossier moves: one title and body for the in-app list and
// the email, and a short unaccented SMS for the moments that need the applicant (an SMS with
// diacritics costs two or three times as much). Pure; the outbox worker sends them.
import { formatDate, formatDateTime } from "@/lib/i18n/format";

export type DossierNews = {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  procedureName: string;
  /** The dossier code, or the filing's reference before receipt. */
  reference: string;
  dueAt: Date | null;
  dueIsInstant: boolean;
  reason?: string;
  amountVnd?: number;
};

export type Notice = { kind: string; title: string; body: string; sms?: string };

const unaccented = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

export function noticeFor(news: DossierNews): Notice | null {
  const { reference, procedureName } = news;
  const due = news.dueAt ? (news.dueIsInstant ? formatDateTime(news.dueAt) : formatDate(news.dueAt)) : null;
  const about = `Hồ sơ ${reference} (${procedureName})`;
  const withReason = (text: string) => (news.reason ? `${text} Lý do: ${news.reason}` : text);
  switch (news.action) {
    case "SUBMIT":
      return { kind: "submitted", title: `Đã nộp hồ sơ ${reference}`, body: `${about} đã được gửi đến bộ phận một cửa và đang chờ tiếp nhận.` };
    case "RECEIVE":
      return {
        kind: "received",
        title: `Hồ sơ ${reference} đã được tiếp nhận`,
        body: `${about} đã được tiếp nhận.${due ? ` Ngày hẹn trả kết quả: ${due}.` : ""}`,
        sms: unaccented(`Ho so ${reference} da duoc tiep nhan.${due ? ` Hen tra ket qua: ${due}.` : ""}`),
      };
    case "REFUSE_AT_RECEIPT":
      return { kind: "refused", title: `Hồ sơ ${reference} không được tiếp nhận`, body: withReason(`${about} không được tiếp nhận.`), sms: unaccented(`Ho so ${reference} khong duoc tiep nhan. Xem ly do tren Cong dich vu cong.`) };
    case "REQUEST_SUPPLEMENT":
      return {
        kind: "supplement",
        title: `Hồ sơ ${reference} cần bổ sung giấy tờ`,
        body: withReason(`Cơ quan đề nghị bổ sung ${about}.`),
        sms: unaccented(`Ho so ${reference} can bo sung giay to. Vui long xem va bo sung tren Cong dich vu cong.`),
      };
    case "REQUEST_PAYMENT":
      return {
        kind: "payment",
        title: `Hồ sơ ${reference} chờ thanh toán`,
        body: `${about}: vui lòng thanh toán ${news.amountVnd?.toLocaleString("vi-VN") ?? ""} đồng để cơ quan tiếp tục giải quyết.`,
        sms: unaccented(`Ho so ${reference} cho thanh toan phi, le phi tren Cong dich vu cong.`),
      };
    case "RECORD_PAYMENT":
      return { kind: "paid", title: `Đã nhận thanh toán hồ sơ ${reference}`, body: `Cơ quan đã nhận khoản thanh toán của ${about} và tiếp tục giải quyết.` };
    case "ISSUE_APOLOGY":
      return {
        kind: "apology",
        title: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${reference}`,
        body: withReason(`Cơ quan xin lỗi vì ${about} chưa giải quyết kịp hạn.${due ? ` Ngày hẹn mới: ${due}.` : ""}`),
        sms: unaccented(`Ho so ${reference}: co quan xin loi vi cham tra ket qua.${due ? ` Hen moi: ${due}.` : ""}`),
      };
    case "MARK_RESULT_READY":
      return {
        kind: "result",
        title: `Hồ sơ ${reference} đã có kết quả`,
        body: `${about} đã có kết quả giải quyết.`,
        sms: unaccented(`Ho so ${reference} da co ket qua.`),
      };
    case "RETURN_RESULT":
      return { kind: "returned", title: `Đã trả kết quả hồ sơ ${reference}`, body: `Kết quả ${about} đã được trả. Mời bạn đánh giá mức độ hài lòng.` };
    case "STOP":
      return { kind: "stopped", title: `Hồ sơ ${reference} bị dừng xử lý`, body: withReason(`${about} đã bị dừng xử lý.`), sms: unaccented(`Ho so ${reference} bi dung xu ly. Xem ly do tren Cong dich vu cong.`) };
    case "WITHDRAW":
      return { kind: "withdrawn", title: `Đã rút hồ sơ ${reference}`, body: `${about} đã được rút theo yêu cầu.` };
    case "RECOMPUTE_DUE_DATE":
      return due ? { kind: "due", title: `Ngày hẹn trả hồ sơ ${reference} được cập nhật`, body: `Theo lịch làm việc chính thức vừa công bố, ngày hẹn trả ${about} là ${due}.` } : null;
    case "FORWARD":
      return news.fromStatus === "RECEIVED" && news.toStatus === "IN_PROCESSING"
        ? { kind: "processing", title: `Hồ sơ ${reference} đang được xử lý`, body: `${about} đã được chuyển đến bộ phận chuyên môn để giải quyết.` }
        : null;
    default:
      return null;
  }
}
