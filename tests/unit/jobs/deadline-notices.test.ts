// Who is told of late work, when a deadline has passed, and what the morning digest says.
import { describe, expect, it } from "vitest";
import {
  appointmentEscalationRecipients,
  dailyDigestNotice,
  digestSectionOf,
  isPastDeadline,
  lateAppointmentNotice,
  lateLegNotice,
  legEscalationRecipients,
  type DigestItem,
  type OfficerPost,
} from "@/lib/jobs/deadline-notices";
import { context2026, hanoi } from "../../support/calendar";

const officers: OfficerPost[] = [
  { id: "head-vhxh", agencyId: "ward", unitId: "vhxh", officerRole: "UNIT_HEAD" },
  { id: "specialist", agencyId: "ward", unitId: "vhxh", officerRole: "SPECIALIST" },
  { id: "leader-1", agencyId: "ward", unitId: "ld", officerRole: "AGENCY_LEADER" },
  { id: "leader-2", agencyId: "ward", unitId: "ld", officerRole: "AGENCY_LEADER" },
  { id: "desk", agencyId: "ward", unitId: "mc", officerRole: "DESK_OFFICER" },
  { id: "head-elsewhere", agencyId: "police", unitId: "vhxh", officerRole: "UNIT_HEAD" },
  { id: "leader-elsewhere", agencyId: "police", unitId: "ld", officerRole: "AGENCY_LEADER" },
];

describe("who is told of a late leg", () => {
  it.each([
    ["a processing unit's leg: its head", { agencyId: "ward", unitId: "vhxh" }, ["head-vhxh"]],
    ["the desk's leg (no head there): the agency's leaders", { agencyId: "ward", unitId: "mc" }, ["leader-1", "leader-2"]],
    ["a consulted agency's leg (no unit): that agency's leaders", { agencyId: "police", unitId: null }, ["leader-elsewhere"]],
    ["an agency without anyone to tell: nobody", { agencyId: "nowhere", unitId: "vhxh" }, []],
  ])("%s", (_case, leg, expected) => {
    expect(legEscalationRecipients(leg, officers)).toEqual(expected);
  });

  it("a late appointment goes to the competent agency's leaders only", () => {
    expect(appointmentEscalationRecipients({ agencyId: "ward" }, officers)).toEqual(["leader-1", "leader-2"]);
  });
});

describe("when a deadline has passed", () => {
  it.each([
    ["a date, on its last minute", "2026-03-04 23:59", "DAY", false],
    ["a date, the next morning", "2026-03-05 00:00", "DAY", true],
    ["an instant, a minute after", "2026-03-04 13:31", "INSTANT", true],
    ["an instant, on the minute", "2026-03-04 13:30", "INSTANT", false],
    ["no precision stored: judged by the date", "2026-03-04 18:00", null, false],
  ] as const)("%s", (_case, now, precision, expected) => {
    expect(isPastDeadline(hanoi(now), hanoi("2026-03-04 13:30"), precision)).toBe(expected);
  });
});

const item = (code: string, leg: string | null, appointment: string | null, holderName: string | null = "Hoàng Văn Nam"): DigestItem => ({
  code,
  procedureName: "Đăng ký khai sinh",
  legTitle: "Thẩm định hồ sơ",
  leg: leg ? { dueAt: hanoi(leg), precision: "DAY" } : null,
  appointment: appointment ? { dueAt: hanoi(appointment), precision: "DAY" } : null,
  holderName,
});

describe("the morning digest", () => {
  // Friday 13/02/2026, the last working day before Tết: the next working day is Monday 23/02.
  const friday = hanoi("2026-02-13 07:30");

  it.each([
    ["overdue leg", item("A", "2026-02-12 17:00", "2026-02-27 17:00"), "OVERDUE"],
    ["leg due today", item("B", "2026-02-13 15:00", null), "TODAY"],
    ["appointment on the next working day, after Tết", item("C", "2026-02-27 17:00", "2026-02-23 10:00"), "NEXT_WORKING_DAY"],
    ["due during Tết counts as before the next working day", item("D", "2026-02-18 17:00", null), "NEXT_WORKING_DAY"],
    ["the more urgent of the two dates", item("E", "2026-02-23 10:00", "2026-02-12 17:00"), "OVERDUE"],
    ["further off", item("F", "2026-02-24 09:00", "2026-03-02 09:00"), null],
  ])("%s", (_case, digestItem, expected) => {
    expect(digestSectionOf(friday, digestItem, context2026)).toBe(expected);
  });

  it("lists each section with counts, in Vietnamese then English, without the applicant's personal data", () => {
    const notice = dailyDigestNotice(
      friday,
      "Phòng Văn hóa - Xã hội",
      [item("B-2", "2026-02-13 15:00", null), item("A-1", "2026-02-12 17:00", "2026-02-27 17:00", null), item("F-9", "2026-02-24 09:00", null)],
      context2026,
    )!;
    expect(notice.count).toBe(2);
    expect(notice.title).toBe("Hồ sơ cần chú ý ngày 13/02/2026: Phòng Văn hóa - Xã hội");
    expect(notice.body).toBe(
      [
        "Phòng Văn hóa - Xã hội: 1 hồ sơ quá hạn, 1 đến hạn hôm nay, 0 đến hạn ngày làm việc tiếp theo.",
        "Phòng Văn hóa - Xã hội: 1 overdue, 1 due today, 0 due next working day.",
        "",
        "Đã quá hạn / Overdue (1)",
        "- A-1 (Đăng ký khai sinh): bước “Thẩm định hồ sơ” hạn 12/02/2026; hẹn trả 27/02/2026; người giữ: chưa phân công",
        "",
        "Đến hạn hôm nay / Due today (1)",
        "- B-2 (Đăng ký khai sinh): bước “Thẩm định hồ sơ” hạn 13/02/2026; người giữ: Hoàng Văn Nam",
      ].join("\n"),
    );
  });

  it("is not sent when nothing falls due", () => {
    expect(dailyDigestNotice(friday, "Phòng Văn hóa - Xã hội", [item("F", "2026-02-24 09:00", null)], context2026)).toBeNull();
  });
});

describe("the escalations' words", () => {
  it("a late leg: the step, the unit, the deadline and who holds it, then an English line", () => {
    const notice = lateLegNotice({ code: "000.00.12.H26-260302-0001", procedureName: "Đăng ký khai sinh", legTitle: "Thẩm định hồ sơ", unitName: "Phòng Văn hóa - Xã hội", holderName: null, dueAt: hanoi("2026-03-04 13:30"), precision: "INSTANT" });
    expect(notice.title).toBe("Quá hạn bước xử lý: hồ sơ 000.00.12.H26-260302-0001");
    expect(notice.body.split("\n")).toEqual([
      "Hồ sơ 000.00.12.H26-260302-0001 (Đăng ký khai sinh) đã quá hạn bước “Thẩm định hồ sơ” tại Phòng Văn hóa - Xã hội: hạn 13:30 04/03/2026. Người đang giữ: chưa phân công.",
      "Overdue step: dossier 000.00.12.H26-260302-0001, “Thẩm định hồ sơ” at Phòng Văn hóa - Xã hội, due 13:30 04/03/2026, held by nobody yet.",
    ]);
  });

  it("a late appointment: the date by day, where the dossier is, the reminder of the apology", () => {
    const notice = lateAppointmentNotice({ code: "X-1", procedureName: "Đăng ký kết hôn", dueAt: hanoi("2026-03-09 09:00"), precision: "DAY", unitName: "Phòng Tư pháp", holderName: "Lê Văn Ba" });
    expect(notice.body).toContain("đã quá ngày hẹn trả kết quả 09/03/2026 mà chưa giải quyết xong. Đang ở: Phòng Tư pháp, Lê Văn Ba.");
    expect(notice.body).toContain("\nDossier X-1 passed its appointment (09/03/2026) unresolved; now with Phòng Tư pháp, Lê Văn Ba.");
  });
});
