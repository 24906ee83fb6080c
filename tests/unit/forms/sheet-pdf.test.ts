// Forms 02–05 as PDFs: A5 pages whose Vietnamese text a reader extracts as it is written, the same
// words as the print page (both draw the same sheet).
import { describe, expect, it } from "vitest";
import { dossierSheets } from "@/lib/forms/dossier-sheets";
import { renderSheetsPdf } from "@/lib/forms/sheet-pdf";
import type { FormSheet } from "@/lib/forms/types";
import { hanoi } from "../../support/calendar";
import { readPdf } from "../../support/pdf-text.ts";
import { formSource } from "./fixtures";

const now = hanoi("2026-12-01 10:00");
const officer = { fullName: "Phạm Thị Thu", phone: "0243 869 0000", unitName: "Bộ phận Một cửa", agency: null };
const source = formSource({
  supplementRequests: [
    { stage: "AFTER_RECEIPT", requestedAt: hanoi("2026-11-30 15:00"), reason: "Thiếu chữ ký của chủ hộ kinh doanh.", items: [{ name: "Thông báo chấm dứt hoạt động", note: "Có chữ ký" }], officer },
    { stage: "AFTER_RECEIPT", requestedAt: hanoi("2026-12-01 09:00"), reason: "Bản sao không rõ.", items: [{ name: "Giấy chứng nhận đăng ký hộ kinh doanh" }], officer },
  ],
  refusal: { reason: "Hồ sơ không thuộc thẩm quyền; đề nghị nộp tại Sở Tài chính.", refusedAt: hanoi("2026-11-28 10:00"), officerName: "Phạm Thị Thu" },
  apology: { previousDueAt: hanoi("2026-12-07 09:05"), newDueAt: hanoi("2026-12-14 10:00"), reason: "Cần xác minh với cơ quan thuế.", issuedAt: hanoi("2026-12-02 15:00"), issuedByName: "Vũ Quang Huy" },
  steps: [
    {
      sequence: 1, kind: "RECEIPT", title: "Tiếp nhận hồ sơ", unitName: "Bộ phận Một cửa", agencyName: "UBND Phường Bạch Mai", handlerName: "Phạm Thị Thu",
      startedAt: hanoi("2026-11-30 09:05"), dueAt: hanoi("2026-11-30 13:05"), duePrecision: "INSTANT", completedAt: hanoi("2026-11-30 09:30"), outcome: "EARLY", isBounce: false,
    },
  ],
});

async function pdfOf(sheets: FormSheet[]) {
  return readPdf(await renderSheetsPdf(sheets, { title: "test", author: "UBND Phường Bạch Mai" }));
}

// Embedding the font and reading the PDF back take a second or two, more on a busy machine.
describe("forms 02–05 as PDFs", { timeout: 30_000 }, () => {
  it.each([
    ["02", ["PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Thông báo chấm dứt hoạt động", "Lý do: Thiếu chữ ký của chủ hộ kinh doanh.", "số điện thoại 0243 869 0000", "NGƯỜI HƯỚNG DẪN"]],
    ["03", ["PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Hồ sơ không thuộc thẩm quyền; đề nghị nộp tại Sở Tài chính.", "NGƯỜI TIẾP NHẬN HỒ SƠ"]],
    ["04", ["PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Nguyễn Văn An", "vào ngày 14/12/2026", "THỦ TRƯỞNG CƠ QUAN", "Vũ Quang Huy"]],
    ["05", ["PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Tiếp nhận hồ sơ", "Trước hạn", "Người xử lý: Phạm Thị Thu"]],
  ] as const)("Mẫu %s is A5 with its words as text", async (form, expected) => {
    const { pages } = await pdfOf(dossierSheets(form, source, now));
    expect(pages[0]!.width).toBeCloseTo(419.53, 0);
    expect(pages[0]!.height).toBeCloseTo(595.28, 0);
    const text = pages.map((page) => page.text).join(" ");
    for (const words of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND PHƯỜNG BẠCH MAI", "Mã hồ sơ: 000.40.05.H26-261130-0007", "Nguyễn Văn An", ...expected]) {
      expect(text).toContain(words);
    }
  });

  it("prints each supplement request on a page of its own", async () => {
    const { pages } = await pdfOf(dossierSheets("02", source, now));
    expect(pages).toHaveLength(2);
    expect(pages[0]!.text).toContain("Thông báo chấm dứt hoạt động");
    expect(pages[1]!.text).toContain("Giấy chứng nhận đăng ký hộ kinh doanh");
    expect(pages[1]!.text).not.toContain("Thông báo chấm dứt hoạt động");
  });
});
