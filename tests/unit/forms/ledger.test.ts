// The ledger (Mẫu 06): the cells the page, the PDF and the CSV share; the CSV as Excel needs it
// (byte order mark, Vietnamese header, quoting, no formulas from applicants' text); the PDF on A4
// landscape with its header on every page.
import { describe, expect, it } from "vitest";
import { ledgerCsvStream, ledgerPdfStream } from "@/lib/forms/ledger-export";
import { periodOf } from "@/lib/forms/ledger-period";
import { ledgerCells } from "@/lib/forms/ledger-rows";
import { csvLine } from "@/lib/http/csv";
import type { LedgerDossier } from "@/lib/forms/types";
import { hanoi } from "../../support/calendar";
import { readPdf } from "../../support/pdf-text.ts";
import { BACH_MAI, ledgerDossier } from "./fixtures";

async function* inBatches(rows: LedgerDossier[], size: number): AsyncGenerator<LedgerDossier[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("a row of the ledger", () => {
  it("has the columns of Mẫu 06 in order", () => {
    expect(ledgerCells(ledgerDossier(), 7, "bach-mai")).toEqual([
      "7",
      "000.40.05.H26-261102-0001",
      "Thủ tục đăng ký khai sinh",
      "1",
      "Nguyễn Minh Khoa",
      "Số 115 phố Hàng Bạc; 0917538209",
      "08:50 02/11/2026",
      "02/11/2026",
      "11:31 02/11/2026",
      "13:24 02/11/2026",
      "Đã trả kết quả; Đúng hạn",
    ]);
  });

  it("notes the apology's new date, a provisional appointment, and the other agency of the dossier", () => {
    const cells = ledgerCells(
      ledgerDossier({
        status: "IN_PROCESSING", finishedAt: null, returnedAt: null, timeliness: null, hasApology: true, isDueProvisional: true,
        firstDueAt: hanoi("2026-11-05 17:00"), dueAt: hanoi("2026-11-12 10:00"),
        receivingAgencyId: "centre", receivingAgencyName: "Trung tâm Phục vụ hành chính công Thành phố Hà Nội",
        organizationName: "Công ty TNHH Hoa Sen",
      }),
      1,
      "bach-mai",
    );
    expect(cells[4]).toBe("Nguyễn Minh Khoa (Công ty TNHH Hoa Sen)");
    expect(cells[7]).toBe("05/11/2026");
    expect(cells[10]).toBe("Đang xử lý; hẹn lại ngày 12/11/2026 (phiếu xin lỗi); ngày hẹn dự kiến; tiếp nhận tại: Trung tâm Phục vụ hành chính công Thành phố Hà Nội");
    // In the service centre's own ledger, the note names the agency that resolves it instead.
    expect(ledgerCells(ledgerDossier({ receivingAgencyId: "centre" }), 1, "centre")[10]).toBe("Đã trả kết quả; Đúng hạn; cơ quan giải quyết: UBND Phường Bạch Mai");
  });

  it("gives an appointment in hours to the minute", () => {
    expect(ledgerCells(ledgerDossier({ deadlinePrecision: "INSTANT", firstDueAt: hanoi("2026-11-02 12:50") }), 1, "bach-mai")[7]).toBe("12:50 02/11/2026");
  });
});

describe("the CSV", () => {
  it("quotes what must be quoted and never lets a cell start a formula", () => {
    expect(csvLine(["1", "Số 5, ngõ 3", 'Công ty "Hoa Sen"', "dòng 1\ndòng 2"])).toBe('1,"Số 5, ngõ 3","Công ty ""Hoa Sen""","dòng 1\ndòng 2"\r\n');
    expect(csvLine(["=HYPERLINK(\"http://x\")", "+84900000001", "-1", "@SUM(A1)"])).toBe(`"'=HYPERLINK(""http://x"")",'+84900000001,'-1,'@SUM(A1)\r\n`);
  });

  it("starts with the byte order mark and the Vietnamese header, then a line per dossier, numbered across batches", async () => {
    const rows = Array.from({ length: 5 }, (_, index) => ledgerDossier({ code: `000.40.05.H26-261102-000${index + 1}` }));
    const bytes = await bytesOf(ledgerCsvStream({ batches: inBatches(rows, 2), agencyId: "bach-mai" }));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      'STT,Mã hồ sơ,Tên thủ tục hành chính,Số lượng hồ sơ (bộ),"Tên cá nhân, tổ chức","Địa chỉ, số điện thoại",Nhận hồ sơ,Hẹn trả kết quả,Có kết quả giải quyết,"Trả kết quả cho cá nhân, tổ chức",Ghi chú',
    );
    expect(lines.slice(1, -1).map((line) => line.split(",").slice(0, 2))).toEqual(rows.map((row, index) => [String(index + 1), row.code]));
    expect(lines.at(-1)).toBe("");
  });
});

// Embedding the font and reading the PDF back take a second or two, more on a busy machine.
describe("the PDF", { timeout: 30_000 }, () => {
  it("is A4 landscape, in Vietnamese, with its table header and a page number on every page", async () => {
    const rows = Array.from({ length: 60 }, (_, index) => ledgerDossier({ code: `000.40.05.H26-261102-${String(index + 1).padStart(4, "0")}` }));
    const pdf = await bytesOf(ledgerPdfStream({ batches: inBatches(rows, 25), agencyId: "bach-mai" }, periodOf("2026-11-01", "2026-11-30"), BACH_MAI, hanoi("2026-11-30 16:00")));
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.text).toContain("SỔ THEO DÕI HỒ SƠ");
    expect(pages[0]!.text).toContain("Từ ngày 01/11/2026 đến ngày 30/11/2026");
    expect(pages[0]!.text).toContain("UBND PHƯỜNG BẠCH MAI");
    pages.forEach((page, index) => {
      expect(page.width).toBeCloseTo(841.89, 0);
      expect(page.height).toBeCloseTo(595.28, 0);
      expect(page.text).toContain("Tên thủ tục hành chính");
      expect(page.text).toContain(`Trang ${index + 1}`);
    });
    const all = pages.map((page) => page.text).join(" ");
    expect(all).toContain("000.40.05.H26-261102-0060");
    expect(all).toContain("Nguyễn Minh Khoa");
    expect(all).toContain("Lập từ dữ liệu của hệ thống lúc 16 giờ 00 phút, ngày 30/11/2026.");
  });

  it("says so when the period has no dossier", async () => {
    const pdf = await bytesOf(ledgerPdfStream({ batches: inBatches([], 10), agencyId: "bach-mai" }, periodOf("2026-11-01", "2026-11-30"), BACH_MAI, hanoi("2026-11-30 16:00")));
    expect((await readPdf(pdf)).pages[0]!.text).toContain("Không có hồ sơ nào được tiếp nhận trong thời gian này.");
  });
});
