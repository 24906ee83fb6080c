// Forms 02–05 say what Circular 01/2018/TT-VPCP asks of them, from the dossier's own records:
// every missing paper at once with the reason, the refusal's reasons, the apology's dates, a row per
// hand-over with its verdict. And a form the dossier does not have is no form at all.
import { describe, expect, it } from "vitest";
import { availableForms, dossierSheets } from "@/lib/forms/dossier-sheets";
import type { FormSheet, FormStep } from "@/lib/forms/types";
import { hanoi } from "../../support/calendar";
import { BACH_MAI, formSource } from "./fixtures";

const now = hanoi("2026-12-01 10:00");
const textOf = (sheet: FormSheet) => [sheet.codeLine, sheet.placeDate, sheet.title, ...[...sheet.before, ...sheet.after].map((line) => line.text)].join("\n");

const step = (overrides: Partial<FormStep>): FormStep => ({
  sequence: 1, kind: "PROCESSING", title: "Thẩm định hồ sơ", unitName: "Phòng Kinh tế", agencyName: BACH_MAI.name, handlerName: "Hoàng Văn Nam",
  startedAt: hanoi("2026-11-30 09:30"), dueAt: hanoi("2026-12-03 17:00"), duePrecision: "DAY", completedAt: null, outcome: null, isBounce: false,
  ...overrides,
});

const supplement = {
  stage: "AT_RECEIPT" as const,
  requestedAt: hanoi("2026-11-28 10:15"),
  reason: "Bản chụp Giấy chứng sinh bị mờ.",
  items: [{ name: "Giấy chứng sinh (bản chụp rõ nét)" }, { name: "Tờ khai", note: "Ký đủ hai trang" }],
  officer: { fullName: "Phạm Thị Thu", phone: null, unitName: "Bộ phận Một cửa", agency: { ...BACH_MAI, phone: "024 3869 0000" } },
};

describe("Mẫu 02, the request to supplement", () => {
  it("lists every missing paper at once, with the reason and whom to ask", () => {
    const [sheet, ...more] = dossierSheets("02", formSource({ code: null, status: "SUPPLEMENT_BEFORE_RECEIPT", receivedAt: null, supplementRequests: [supplement] }), now);
    expect(more).toEqual([]);
    expect(sheet!.title).toBe("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
    expect(sheet!.table!.rows).toEqual([
      ["1", "Giấy chứng sinh (bản chụp rõ nét)", ""],
      ["2", "Tờ khai", "Ký đủ hai trang"],
    ]);
    const text = textOf(sheet!);
    // Before receipt the dossier has no code yet: the filing's reference stands for it.
    expect(text).toContain("Số tham chiếu: NOP-261127-ABCDEF");
    expect(text).toContain("Hà Nội, ngày 28 tháng 11 năm 2026");
    expect(text).toContain("Hồ sơ của: Ông/Bà Nguyễn Văn An");
    expect(text).toContain("Ngày nộp hồ sơ: 27/11/2026");
    expect(text).toContain("Lý do: Bản chụp Giấy chứng sinh bị mờ.");
    expect(text).toContain("liên hệ Phạm Thị Thu, Bộ phận Một cửa, UBND Phường Bạch Mai, số điện thoại 024 3869 0000");
    // The clock restarts only for a request after receipt.
    expect(text).not.toContain("tính lại từ đầu");
    expect(sheet!.signatures).toEqual([{ title: "NGƯỜI HƯỚNG DẪN", note: "(Ký và ghi rõ họ tên)", name: "Phạm Thị Thu" }]);
  });

  it("after receipt, says the processing time restarts; one sheet per request", () => {
    const after = { ...supplement, stage: "AFTER_RECEIPT" as const, requestedAt: hanoi("2026-12-01 08:30"), officer: { ...supplement.officer, agency: null } };
    const sheets = dossierSheets("02", formSource({ supplementRequests: [supplement, after] }), now);
    expect(sheets).toHaveLength(2);
    expect(textOf(sheets[1]!)).toContain("Ngày tiếp nhận hồ sơ: 30/11/2026");
    expect(textOf(sheets[1]!)).toContain("Thời hạn giải quyết hồ sơ được tính lại từ đầu");
    // Without a phone (the officer's or the agency's), the contact line names the officer and the place only.
    expect(textOf(sheets[1]!)).toContain("liên hệ Phạm Thị Thu, Bộ phận Một cửa, UBND Phường Bạch Mai để được hướng dẫn.");
  });
});

describe("Mẫu 03, the refusal to receive", () => {
  it("gives the reasons, dated the day of the refusal, signed by the receiving officer", () => {
    const [sheet] = dossierSheets("03", formSource({ code: null, status: "REFUSED", refusal: { reason: "Không thuộc thẩm quyền.", refusedAt: hanoi("2026-11-29 14:00"), officerName: "Phạm Thị Thu" } }), now);
    const text = textOf(sheet!);
    expect(sheet!.title).toBe("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    expect(text).toContain("Hà Nội, ngày 29 tháng 11 năm 2026");
    expect(text).toContain("Không thuộc thẩm quyền.");
    expect(sheet!.signatures[0]).toMatchObject({ title: "NGƯỜI TIẾP NHẬN HỒ SƠ", name: "Phạm Thị Thu" });
  });
});

describe("Mẫu 04, the apology", () => {
  it("states the receipt, the first appointment, the reason and the new date, signed by the head", () => {
    const apology = { previousDueAt: hanoi("2026-12-07 09:05"), newDueAt: hanoi("2026-12-14 10:00"), reason: "Cần xác minh với cơ quan thuế.", issuedAt: hanoi("2026-12-02 15:00"), issuedByName: "Vũ Quang Huy" };
    const [sheet] = dossierSheets("04", formSource({ apology, dueAt: apology.newDueAt }), now);
    const text = textOf(sheet!);
    expect(text).toContain("Kính gửi: Ông/Bà Nguyễn Văn An");
    expect(text).toContain("Ngày 30/11/2026, UBND Phường Bạch Mai tiếp nhận giải quyết hồ sơ");
    expect(text).toContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ngày 07/12/2026.");
    expect(text).toContain("Lý do: Cần xác minh với cơ quan thuế.");
    expect(text).toContain("sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào ngày 14/12/2026.");
    expect(sheet!.signatures[0]).toMatchObject({ title: "THỦ TRƯỞNG CƠ QUAN", note: "(Ký, ghi rõ họ tên và đóng dấu)", name: "Vũ Quang Huy" });
  });

  it("a deadline in hours is dated to the minute", () => {
    const apology = { previousDueAt: hanoi("2026-12-01 11:00"), newDueAt: hanoi("2026-12-03 09:00"), reason: "Chờ kết quả xác minh.", issuedAt: hanoi("2026-11-30 15:00"), issuedByName: "Vũ Quang Huy" };
    const [sheet] = dossierSheets("04", formSource({ apology, deadlinePrecision: "INSTANT" }), now);
    expect(textOf(sheet!)).toContain("vào 09 giờ 00 phút, ngày 03/12/2026.");
  });
});

describe("Mẫu 05, the control slip", () => {
  const steps = [
    step({ sequence: 1, kind: "RECEIPT", title: "Tiếp nhận hồ sơ", unitName: "Bộ phận Một cửa", handlerName: "Phạm Thị Thu", startedAt: hanoi("2026-11-30 09:05"), dueAt: hanoi("2026-11-30 13:05"), duePrecision: "INSTANT", completedAt: hanoi("2026-11-30 09:30"), outcome: "EARLY" }),
    step({ sequence: 2, completedAt: hanoi("2026-12-04 10:00"), outcome: "LATE" }),
    step({ sequence: 3, kind: "CONSULTATION", title: "Lấy ý kiến", unitName: null, agencyName: "Chi cục Thuế", handlerName: null, startedAt: hanoi("2026-11-30 10:00"), dueAt: hanoi("2026-11-30 17:00") }),
    step({ sequence: 4, isBounce: true, startedAt: hanoi("2026-12-01 09:00"), dueAt: hanoi("2026-12-05 17:00") }),
  ];
  const [sheet] = dossierSheets("05", formSource({ steps, consultedAgencies: ["Chi cục Thuế"] }), now);

  it("has a row per hand-over: unit, given, due, done, and early, on time or late in words", () => {
    expect(sheet!.table!.rows).toEqual([
      ["1", "Tiếp nhận hồ sơ\nBộ phận Một cửa\nNgười xử lý: Phạm Thị Thu", "09:05\n30/11/2026", "13:05\n30/11/2026", "09:30\n30/11/2026", "Trước hạn", ""],
      ["2", "Thẩm định hồ sơ\nPhòng Kinh tế\nNgười xử lý: Hoàng Văn Nam", "09:30\n30/11/2026", "03/12/2026", "10:00\n04/12/2026", "Quá hạn", ""],
      // An open leg past its deadline says so; the consulted agency is named, being another.
      ["3", "Lấy ý kiến\nChi cục Thuế", "10:00\n30/11/2026", "30/11/2026", "", "Đang giải quyết, đã quá hạn", "Lấy ý kiến cơ quan phối hợp (liên thông)"],
      ["4", "Thẩm định hồ sơ\nPhòng Kinh tế\nNgười xử lý: Hoàng Văn Nam", "09:00\n01/12/2026", "05/12/2026", "", "Đang giải quyết", "Chuyển trả lại bước trước"],
    ]);
  });

  it("names the lead and coordinating agencies and the appointment; it is dated from the records", () => {
    const text = textOf(sheet!);
    expect(text).toContain("Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mã hồ sơ 000.40.05.H26-261130-0007");
    expect(text).toContain("Cơ quan chủ trì giải quyết: UBND Phường Bạch Mai");
    expect(text).toContain("Cơ quan phối hợp giải quyết: Chi cục Thuế");
    expect(text).toContain("Ngày hẹn trả kết quả: ngày 07/12/2026");
    expect(sheet!.footnote).toBe("Lập từ dữ liệu của hệ thống lúc 10 giờ 00 phút, ngày 01/12/2026.");
  });
});

describe("a form the dossier does not have", () => {
  it("has no sheet (the page and the PDF answer 404)", () => {
    const plain = formSource({ code: null, receivedAt: null, status: "SUBMITTED" });
    for (const form of ["02", "03", "04", "05"] as const) expect(dossierSheets(form, plain, now), form).toEqual([]);
    expect(availableForms(plain)).toEqual([]);
  });

  it("the links between forms list only those the dossier has", () => {
    const refused = formSource({ code: null, receivedAt: null, status: "REFUSED", refusal: { reason: "x", refusedAt: now, officerName: null } });
    expect(availableForms(refused)).toEqual(["03"]);
    expect(availableForms(formSource({ steps: [step({})], supplementRequests: [supplement] }))).toEqual(["01", "02", "05"]);
  });
});
