// The administrator's pure rules: the officers' password policy, a processing plan's checks, what a
// plan edit may not do to running dossiers, and what a day of the working calendar may become.
import { describe, expect, it } from "vitest";
import {
  blockedPositions, checkPlan, dateRange, defaultYear, editedDay, isPlanValid, passwordErrors, type PlanStepInput, type UnitKindName,
} from "@/lib/admin/rules";

describe("the officers' password", () => {
  it.each([
    ["short", "mậtkhẩu-11c", "mậtkhẩu-11c", { password: "passwordShort" }],
    ["twelve characters", "Hà Nội 2026!", "Hà Nội 2026!", {}],
    ["not repeated the same", "một câu dài dễ nhớ", "một câu dài dễ nhớ.", { confirm: "passwordMismatch" }],
    ["too long", "x".repeat(201), "x".repeat(201), { password: "passwordLong" }],
    ["empty", "", "", { password: "passwordShort" }],
  ])("%s", (_name, password, confirm, expected) => {
    expect(passwordErrors({ password, confirm })).toEqual(expected);
  });
});

const UNITS = new Map<string, UnitKindName>([["MC", "ONE_STOP_DESK"], ["VHXH", "PROCESSING"], ["LD", "LEADERSHIP"]]);
const step = (unitCode: string, role: string, durationValue: number | null, durationUnit: string | null = "WORKING_DAYS", name = "Bước"): PlanStepInput => ({
  name, unitCode, role, durationValue, durationUnit,
});
/** The seed's five-step plan of a 5-working-day procedure. */
const FIVE_DAYS = [step("MC", "DESK_OFFICER", 0.5), step("VHXH", "SPECIALIST", 2.5), step("VHXH", "UNIT_HEAD", 0.5), step("LD", "AGENCY_LEADER", 1), step("MC", "DESK_OFFICER", 0.5)];

describe("a processing plan", () => {
  it("fits a 5-working-day limit exactly", () => {
    const check = checkPlan(FIVE_DAYS, UNITS, [{ value: 5, unit: "WORKING_DAYS" }]);
    expect(isPlanValid(check)).toBe(true);
    expect(check.totals).toEqual([{ unit: "WORKING_DAYS", total: 5, limit: 5 }]);
  });

  it("adds hours to working days at 8 hours a day", () => {
    const plan = [step("MC", "DESK_OFFICER", 1, "HOURS"), step("VHXH", "SPECIALIST", 4, "HOURS"), step("LD", "AGENCY_LEADER", 2, "HOURS"), step("MC", "DESK_OFFICER", 1, "HOURS")];
    expect(checkPlan(plan, UNITS, [{ value: 1, unit: "WORKING_DAYS" }]).totals).toEqual([{ unit: "WORKING_DAYS", total: 1, limit: 1 }]);
    const over = [...plan.slice(0, 3), step("MC", "DESK_OFFICER", 2, "HOURS")];
    expect(checkPlan(over, UNITS, [{ value: 1, unit: "WORKING_DAYS" }]).problems).toEqual(["overLimit"]);
  });

  it("is refused over the legal limit, or over a shorter online limit", () => {
    const longer = FIVE_DAYS.map((s, index) => (index === 1 ? { ...s, durationValue: 3 } : s));
    expect(checkPlan(longer, UNITS, [{ value: 5, unit: "WORKING_DAYS" }]).problems).toEqual(["overLimit"]);
    expect(checkPlan(FIVE_DAYS, UNITS, [{ value: 5, unit: "WORKING_DAYS" }, { value: 4, unit: "WORKING_DAYS" }]).problems).toEqual(["overLimit"]);
  });

  it("starts and ends at the one-stop desk", () => {
    const noReceipt = [step("VHXH", "SPECIALIST", 3), step("LD", "AGENCY_LEADER", 1), step("MC", "DESK_OFFICER", 1)];
    expect(checkPlan(noReceipt, UNITS, []).problems).toEqual(["firstNotDesk"]);
    const noReturn = [step("MC", "DESK_OFFICER", 1), step("VHXH", "SPECIALIST", 3), step("LD", "AGENCY_LEADER", 1)];
    expect(checkPlan(noReturn, UNITS, []).problems).toEqual(["lastNotDesk"]);
    expect(checkPlan([step("MC", "DESK_OFFICER", 1), step("MC", "DESK_OFFICER", 1)], UNITS, []).problems).toEqual(["tooFewSteps"]);
  });

  it("flags each step's own mistakes at their field", () => {
    const plan = [
      step("MC", "DESK_OFFICER", 0.5),
      step("KT", "SPECIALIST", 1), // a unit the agencies do not have
      step("VHXH", "AGENCY_LEADER", 1), // a leader in a processing unit
      step("LD", "AGENCY_LEADER", null), // no time although the procedure has a limit
      step("MC", "DESK_OFFICER", 0.333), // more than two decimals
      { ...step("MC", "DESK_OFFICER", 1, "CALENDAR_DAYS"), name: " " }, // calendar days do not add to working days; no name
    ];
    expect(checkPlan(plan, UNITS, [{ value: 10, unit: "WORKING_DAYS" }]).stepProblems).toEqual({
      1: { unitCode: "unitUnknown" },
      2: { role: "roleUnit" },
      3: { durationValue: "durationRequired" },
      4: { durationValue: "durationInvalid" },
      5: { name: "nameRequired", durationUnit: "durationUnit" },
    });
  });

  it("needs no times where the procedure states no limit", () => {
    const plan = [step("MC", "DESK_OFFICER", null, null), step("VHXH", "SPECIALIST", null, null), step("MC", "DESK_OFFICER", null, null)];
    expect(isPlanValid(checkPlan(plan, UNITS, []))).toBe(true);
  });
});

describe("a plan edit and the dossiers on it", () => {
  it.each([
    ["same length, dossiers anywhere", 5, 5, [1, 3, 5], []],
    ["a step removed where nobody stands", 5, 4, [2, 3], []],
    ["a step removed under a dossier", 5, 4, [5], [5]],
    ["a dossier's step would become the return step", 5, 4, [4], [4]],
    ["the return step moved while a dossier waits there", 5, 6, [5, 2], [5]],
    ["shorter by two, dossiers on both", 6, 4, [5, 6, 6], [5, 6]],
  ])("%s", (_name, oldCount, newCount, open, blocked) => {
    expect(blockedPositions(oldCount, newCount, open)).toEqual(blocked);
  });
});

describe("a day of the working calendar", () => {
  it.each([
    ["Tết on a weekday", "2027-02-08", "HOLIDAY", "Nghỉ Tết Nguyên đán", { ok: true, row: { date: "2027-02-08", isWorkingDay: false, kind: "HOLIDAY", name: "Nghỉ Tết Nguyên đán" } }],
    ["a make-up Saturday", "2026-08-22", "MAKEUP_WORKDAY", "Làm bù cho thứ Hai 31/08", { ok: true, row: { date: "2026-08-22", isWorkingDay: true, kind: "MAKEUP_WORKDAY", name: "Làm bù cho thứ Hai 31/08" } }],
    ["a make-up Monday", "2026-08-24", "MAKEUP_WORKDAY", "Làm bù", { ok: false, problem: "makeupWeekday" }],
    ["a compensatory Sunday", "2026-04-26", "COMPENSATORY_DAY_OFF", "Nghỉ bù", { ok: false, problem: "compensatoryWeekend" }],
    ["a holiday without a name", "2027-01-01", "HOLIDAY", "  ", { ok: false, problem: "nameRequired" }],
    ["a Saturday back to normal", "2026-08-22", "NORMAL", "", { ok: true, row: { date: "2026-08-22", isWorkingDay: false, kind: "WEEKEND", name: null } }],
    ["a weekday back to normal", "2027-02-08", "NORMAL", "ignored", { ok: true, row: { date: "2027-02-08", isWorkingDay: true, kind: "WORKDAY", name: null } }],
  ] as const)("%s", (_name, date, kind, name, expected) => {
    expect(editedDay(date, kind, name)).toEqual(expected);
  });

  it("takes runs of days within one year, at most 31", () => {
    expect(dateRange("2027-02-05", "2027-02-09")).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"]);
    expect(dateRange("2027-02-09", "2027-02-05")).toBeNull();
    expect(dateRange("2026-12-31", "2027-01-01")).toBeNull();
    expect(dateRange("2027-01-01", "2027-02-01")).toBeNull();
  });

  it("starts a new year as weekdays worked and weekends off, every date once", () => {
    const rows = defaultYear(2028);
    expect(rows).toHaveLength(366);
    expect(rows[0]).toEqual({ date: "2028-01-01", isWorkingDay: false, kind: "WEEKEND", name: null }); // a Saturday
    expect(rows.filter((row) => row.isWorkingDay)).toHaveLength(260);
  });
});
