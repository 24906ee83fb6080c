// The receipt PDF carries real Vietnamese text (a reader extracts it, diacritics and all) and the
// lookup QR code; read back with pdf.js, as a screen reader or a search would.
import { describe, expect, it } from "vitest";
import type { ReceiptData } from "@/lib/forms/receipt";
import { renderReceiptPdf } from "@/lib/forms/receipt-pdf";
import { textOf } from "../../support/pdf-text.ts";

const receipt: ReceiptData = {
  code: "000.00.31.H26-261130-0007",
  lookupCode: "MUZYYGES",
  lookupUrl: "http://localhost:3000/tra-cuu?ma=000.00.31.H26-261130-0007&ma-tra-cuu=MUZYYGES",
  verification: { code: "7KQ2M-XT9RB-4HW8C-PN3DF", url: "http://localhost:3000/xac-minh/7KQ2M-XT9RB-4HW8C-PN3DF" },
  agencyName: "UBND Phường Bạch Mai",
  parentAgencyName: "UBND Thành phố Hà Nội",
  procedureName: "Thủ tục đăng ký khai sinh",
  timeLimitText: "01 ngày làm việc",
  applicant: { fullName: "Nguyễn Văn An", address: "Số 12 ngõ 30 phố Bạch Mai", phone: "0900000001" },
  organizationName: null,
  papers: ["Giấy chứng sinh", "Thẻ căn cước"],
  receivedAt: new Date("2026-11-30T02:05:00Z"),
  dueAt: new Date("2026-12-01T10:00:00Z"),
  dueIsInstant: false,
  isDueProvisional: false,
  returnMethod: "ONLINE",
  receiverName: "Phạm Thị Thu",
  channel: "ONLINE",
  authorisedBy: null,
};

// Embedding the font and reading the PDF back take a second or two, more on a busy machine.
describe("the receipt PDF (Mẫu 01)", { timeout: 30_000 }, () => {
  it("is an A5 PDF whose Vietnamese text can be extracted", async () => {
    const pdf = await renderReceiptPdf(receipt);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await textOf(pdf);
    for (const expected of [
      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      "Nguyễn Văn An",
      "Thủ tục đăng ký khai sinh",
      "Mã hồ sơ: 000.00.31.H26-261130-0007",
      "09 giờ 05 phút, ngày 30/11/2026",
      "ngày 01/12/2026",
      "MUZYYGES",
      "Phạm Thị Thu",
      "Xác minh giấy tiếp nhận",
      "7KQ2M-XT9RB-4HW8C-PN3DF",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("theo ủy quyền");
  });

  it("names the delegate and, for a dossier handled under a delegation, its delegator and decision", async () => {
    const authorisedBy = { agencyName: "UBND Phường Bạch Mai", delegatorName: "Sở Xây dựng", decisionNumber: "12/QĐ-SXD", decisionDate: new Date("2026-01-05T00:00:00Z") };
    const text = await textOf(await renderReceiptPdf({ ...receipt, authorisedBy }));
    expect(text.replace(/\s+/g, " ")).toContain("Cơ quan giải quyết: UBND Phường Bạch Mai, theo ủy quyền của Sở Xây dựng tại Quyết định số 12/QĐ-SXD ngày 05/01/2026");
  });
});
