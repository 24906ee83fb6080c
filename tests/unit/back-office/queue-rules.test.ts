import { describe, expect, it } from "vitest";
import { dueBoundaries, dueState, maskNationalId, queuesFor, searchKindOf } from "@/lib/back-office/queue-rules";
import { context2026, hanoi } from "../../support/calendar";

describe("overdue and at risk", () => {
  // Tuesday 10 March 2026, 09:00 in Hà Nội.
  const now = hanoi("2026-03-10 09:00");
  const bounds = dueBoundaries(now, context2026);

  it.each([
    { name: "a day-deadline yesterday is overdue", dueAt: hanoi("2026-03-09 17:00"), precision: "DAY" as const, state: "OVERDUE" },
    { name: "a day-deadline earlier today is not overdue: met through the end of its date", dueAt: hanoi("2026-03-10 08:00"), precision: "DAY" as const, state: "DUE_SOON" },
    { name: "an instant earlier today is overdue", dueAt: hanoi("2026-03-10 08:00"), precision: "INSTANT" as const, state: "OVERDUE" },
    { name: "due tomorrow (the next working day) is at risk", dueAt: hanoi("2026-03-11 17:00"), precision: "DAY" as const, state: "DUE_SOON" },
    { name: "due the day after tomorrow is in time", dueAt: hanoi("2026-03-12 08:00"), precision: "DAY" as const, state: "IN_TIME" },
  ])("$name", ({ dueAt, precision, state }) => {
    expect(dueState(dueAt, precision, now, bounds)).toBe(state);
  });

  it("skips the weekend: on Friday, Monday's deadline is at risk and Tuesday's is not", () => {
    const friday = hanoi("2026-03-13 10:00");
    const fridayBounds = dueBoundaries(friday, context2026);
    expect(dueState(hanoi("2026-03-16 16:00"), "DAY", friday, fridayBounds)).toBe("DUE_SOON");
    expect(dueState(hanoi("2026-03-17 09:00"), "DAY", friday, fridayBounds)).toBe("IN_TIME");
  });

  it("a wider threshold flags earlier", () => {
    const wide = dueBoundaries(now, context2026, 2);
    expect(dueState(hanoi("2026-03-12 08:00"), "DAY", now, wide)).toBe("DUE_SOON");
  });

  it("no deadline, no state", () => {
    expect(dueState(null, null, now, bounds)).toBeNull();
  });
});

describe("the desk's search box", () => {
  it.each([
    ["000.40.05.H26-261129-0001", { kind: "CODE", value: "000.40.05.H26-261129-0001" }],
    ["000.40.05.h26-261129-0001", { kind: "CODE", value: "000.40.05.H26-261129-0001" }],
    ["nop-261129-yv387e", { kind: "REFERENCE", value: "NOP-261129-YV387E" }],
    ["001090012345", { kind: "NATIONAL_ID", value: "001090012345" }],
    ["Nguyễn Văn An", { kind: "NAME", value: "Nguyễn Văn An" }],
    ["a", null],
    ["   ", null],
  ])("%s", (raw, expected) => {
    expect(searchKindOf(raw)).toEqual(expected);
  });

  it("never shows an ID number in full in lists", () => {
    expect(maskNationalId("001090012345")).toBe("•••••••••345");
    expect(maskNationalId(null)).toBeNull();
  });
});

describe("queues by role", () => {
  const officer = { userId: "u", agencyId: "a", unitId: "n" };
  it("the desk lands on the online dossiers awaiting receipt; a specialist on their own; a unit head on the unit's", () => {
    expect(queuesFor({ ...officer, officerRole: "DESK_OFFICER" })[0]).toBe("cho-tiep-nhan");
    expect(queuesFor({ ...officer, officerRole: "SPECIALIST" })[0]).toBe("cua-toi");
    expect(queuesFor({ ...officer, officerRole: "UNIT_HEAD" })[0]).toBe("don-vi");
    expect(queuesFor({ ...officer, officerRole: "AGENCY_LEADER" })).toContain("qua-han");
  });
});
