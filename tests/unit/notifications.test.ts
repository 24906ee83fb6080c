import { describe, expect, it } from "vitest";
import { noticeFor, type DossierNews } from "@/lib/notifications/messages";

const base: DossierNews = {
  action: "RECEIVE", fromStatus: "SUBMITTED", toStatus: "RECEIVED", procedureName: "Thủ tục đăng ký khai sinh",
  reference: "000.00.31.H26-261130-0007", dueAt: new Date("2026-12-01T10:00:00Z"), dueIsInstant: false,
};

describe("what the applicant is told", () => {
  it("the receipt names the code and the appointment, by email and by an unaccented SMS", () => {
    const notice = noticeFor(base)!;
    expect(notice.title).toBe("Hồ sơ 000.00.31.H26-261130-0007 đã được tiếp nhận");
    expect(notice.body).toContain("Ngày hẹn trả kết quả: 01/12/2026.");
    expect(notice.sms).toBe("Ho so 000.00.31.H26-261130-0007 da duoc tiep nhan. Hen tra ket qua: 01/12/2026.");
  });

  it.each([
    ["REQUEST_SUPPLEMENT", "RECEIVED", "SUPPLEMENT_REQUESTED", "supplement"],
    ["REQUEST_PAYMENT", "IN_PROCESSING", "AWAITING_PAYMENT", "payment"],
    ["ISSUE_APOLOGY", "IN_PROCESSING", "IN_PROCESSING", "apology"],
    ["MARK_RESULT_READY", "IN_PROCESSING", "RESOLVED", "result"],
    ["RETURN_RESULT", "RESOLVED", "RETURNED", "returned"],
    ["REFUSE_AT_RECEIPT", "SUBMITTED", "REFUSED", "refused"],
    ["STOP", "IN_PROCESSING", "STOPPED", "stopped"],
    ["FORWARD", "RECEIVED", "IN_PROCESSING", "processing"],
  ])("%s is news (%s → %s)", (action, fromStatus, toStatus, kind) => {
    expect(noticeFor({ ...base, action, fromStatus, toStatus, reason: "Thiếu giấy tờ", amountVnd: 8000 })?.kind).toBe(kind);
  });

  it("hand-overs inside the agency and saved drafts are not", () => {
    expect(noticeFor({ ...base, action: "FORWARD", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING" })).toBeNull();
    expect(noticeFor({ ...base, action: "COMPLETE_STEP", fromStatus: "IN_PROCESSING", toStatus: "IN_PROCESSING" })).toBeNull();
    expect(noticeFor({ ...base, action: "SAVE_DRAFT", fromStatus: "DRAFT", toStatus: "DRAFT" })).toBeNull();
  });

  it("a reason given by the agency is passed on", () => {
    expect(noticeFor({ ...base, action: "REQUEST_SUPPLEMENT", reason: "Bản chụp bị mờ" })?.body).toContain("Lý do: Bản chụp bị mờ");
  });
});
