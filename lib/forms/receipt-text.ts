// The words of Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Circular 01/2018/TT-VPCP), shared
// by the print page and the PDF so that both say exactly the same.
import { formatDate } from "@/lib/i18n/format";
import { TIME_ZONE } from "@/lib/i18n/config";
import type { ReceiptData } from "./receipt";

const clock = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });

/** "09 giờ 05 phút, ngày 02/03/2026" */
export function receiptTime(date: Date): string {
  const [hours = "00", minutes = "00"] = clock.format(date).split(":");
  return `${hours} giờ ${minutes} phút, ngày ${formatDate(date)}`;
}

const RETURN: Record<ReceiptData["returnMethod"], string> = {
  AT_DESK: "Bộ phận Tiếp nhận và Trả kết quả",
  POST: "Qua dịch vụ bưu chính công ích",
  ONLINE: "Trực tuyến, trên Cổng dịch vụ công",
};

/** "Cơ quan giải quyết: UBND phường X, theo ủy quyền của Sở Y tại Quyết định số 12/QĐ-SXD ngày 05/01/2026" */
export function authorisedByLine(by: NonNullable<ReceiptData["authorisedBy"]>): string {
  return `Cơ quan giải quyết: ${by.agencyName}, theo ủy quyền của ${by.delegatorName} tại Quyết định số ${by.decisionNumber} ngày ${formatDate(by.decisionDate)}`;
}

export type ReceiptLine = { text: string; bold?: boolean; indent?: boolean };

export function receiptLines(receipt: ReceiptData): { title: string; body: ReceiptLine[]; lookup: string; verify: string } {
  const applicant = receipt.applicant;
  return {
    title: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    body: [
      { text: `${receipt.agencyName} tiếp nhận hồ sơ của:` },
      { text: `Ông/Bà: ${applicant.fullName}${receipt.organizationName ? ` (${receipt.organizationName})` : ""}`, bold: true },
      ...(applicant.onBehalfOf ? [{ text: `Nộp thay cho: ${applicant.onBehalfOf.fullName} (theo văn bản ủy quyền)` }] : []),
      ...(applicant.address ? [{ text: `Địa chỉ: ${applicant.address}` }] : []),
      ...(applicant.phone || applicant.email ? [{ text: `Số điện thoại: ${applicant.phone ?? ""}${applicant.email ? `    Email: ${applicant.email}` : ""}` }] : []),
      { text: `Nội dung yêu cầu giải quyết: ${receipt.procedureName}` },
      ...(receipt.authorisedBy ? [{ text: authorisedByLine(receipt.authorisedBy) }] : []),
      { text: "1. Thành phần hồ sơ nộp gồm:" },
      ...(receipt.papers.length > 0 ? receipt.papers.map((paper, index) => ({ text: `${index + 1}) ${paper}`, indent: true })) : [{ text: "(giấy tờ nộp tại quầy theo danh mục của thủ tục)", indent: true }]),
      { text: "2. Số lượng hồ sơ: 01 bộ" },
      { text: `3. Thời gian giải quyết hồ sơ theo quy định là: ${receipt.timeLimitText}` },
      { text: `4. Thời gian nhận hồ sơ: ${receiptTime(receipt.receivedAt)}` },
      {
        text: `5. Thời gian trả kết quả giải quyết hồ sơ: ${receipt.dueIsInstant ? receiptTime(receipt.dueAt) : `ngày ${formatDate(receipt.dueAt)}`}${receipt.isDueProvisional ? " (dự kiến, theo lịch nghỉ chưa công bố chính thức)" : ""}`,
        bold: true,
      },
      { text: `6. Nhận kết quả tại: ${RETURN[receipt.returnMethod]}` },
      { text: `Hình thức nộp: ${receipt.channel === "ONLINE" ? "trực tuyến" : receipt.channel === "POST" ? "qua bưu chính" : "trực tiếp"}` },
    ],
    lookup: `Tra cứu tình trạng hồ sơ: quét mã QR, hoặc vào ${receipt.lookupUrl.split("/tra-cuu")[0]}/tra-cuu với mã hồ sơ ${receipt.code} và mã tra cứu ${receipt.lookupCode}.`,
    verify: `Xác minh giấy tiếp nhận: quét mã QR này, hoặc vào ${receipt.verification.url.split("/xac-minh")[0]}/xac-minh và nhập mã:`,
  };
}
