// The ledger's period: dates as officers type them, whole days of Hà Nội time, this month by
// default, at most a year.
import { describe, expect, it } from "vitest";
import { parseLedgerPeriod, thisMonth } from "@/lib/forms/ledger-period";
import { hanoi } from "../../support/calendar";

const now = hanoi("2026-11-29 06:30");

describe("the ledger's period", () => {
  it.each([
    // [now, from, to]: the month is Hà Nội's, whatever the UTC date.
    ["2026-11-29 06:30", "2026-11-01", "2026-11-30"],
    ["2026-12-01 05:00", "2026-12-01", "2026-12-31"], // still 30 November in UTC
    ["2028-02-10 12:00", "2028-02-01", "2028-02-29"],
    ["2027-01-31 23:59", "2027-01-01", "2027-01-31"],
  ])("at %s, this month runs from %s to %s", (local, from, to) => {
    expect(thisMonth(hanoi(local))).toEqual({ from, to });
    expect(parseLedgerPeriod({}, hanoi(local))).toMatchObject({ ok: true, period: { from, to } });
  });

  it("covers whole days of Hà Nội time: from midnight of the first to midnight after the last", () => {
    const result = parseLedgerPeriod({ from: "01/11/2026", to: "30/11/2026" }, now);
    expect(result).toEqual({
      ok: true,
      period: { from: "2026-11-01", to: "2026-11-30", start: new Date("2026-10-31T17:00:00Z"), end: new Date("2026-11-30T17:00:00Z") },
    });
  });

  it.each([
    [{ from: "1/2/2026", to: "28/2/2026" }, { ok: true }],
    [{ from: " 01/02/2026 ", to: "" }, { ok: true, period: { from: "2026-02-01", to: "2026-11-30" } }],
    [{ from: "31/02/2026", to: "01/03/2026" }, { ok: false, errors: { from: "date" } }],
    [{ from: "hôm qua", to: "2026-13-01" }, { ok: false, errors: { from: "date", to: "date" } }],
    [{ from: "02/11/2026", to: "01/11/2026" }, { ok: false, errors: { to: "order" } }],
    [{ from: "01/01/2025", to: "01/01/2026" }, { ok: true }], // 366 days
    [{ from: "01/01/2025", to: "02/01/2026" }, { ok: false, errors: { to: "span" } }],
  ])("%j → %j", (input, expected) => {
    expect(parseLedgerPeriod(input, now)).toMatchObject(expected);
  });
});
