// The ledger's period is the report's (dd/MM/yyyy, tested in tests/unit/back-office), as the
// instants of whole Hà Nội days that the ledger's query reads.
import { describe, expect, it } from "vitest";
import { parseLedgerPeriod, periodOf } from "@/lib/forms/ledger-period";
import { hanoi } from "../../support/calendar";

describe("the ledger's period", () => {
  it("covers whole days of Hà Nội time: from midnight of the first to midnight after the last", () => {
    expect(parseLedgerPeriod({ from: "01/11/2026", to: "30/11/2026" }, hanoi("2026-11-29 06:30"))).toEqual({
      ok: true,
      period: { from: "2026-11-01", to: "2026-11-30", start: new Date("2026-10-31T17:00:00Z"), end: new Date("2026-11-30T17:00:00Z") },
    });
    expect(periodOf("2026-12-01", "2026-12-01")).toEqual({ from: "2026-12-01", to: "2026-12-01", start: hanoi("2026-12-01 00:00"), end: hanoi("2026-12-02 00:00") });
  });

  it.each([
    // Hà Nội's month, whatever the UTC date: 05:00 on 1 December is still 30 November in UTC.
    [{}, "2026-12-01 05:00", { ok: true, period: { from: "2026-12-01", to: "2026-12-01" } }],
    [{ from: "31/02/2026", to: "01/03/2026" }, "2026-11-29 06:30", { ok: false, errors: { from: "invalidFrom" }, input: { from: "31/02/2026", to: "01/03/2026" } }],
    [{ from: "02/11/2026", to: "01/11/2026" }, "2026-11-29 06:30", { ok: false, errors: { to: "reversed" } }],
    [{ from: "01/01/2025", to: "02/01/2026" }, "2026-11-29 06:30", { ok: false, errors: { to: "tooLong" } }],
  ])("%j at %s → %j", (input, now, expected) => {
    expect(parseLedgerPeriod(input, hanoi(now))).toMatchObject(expected);
  });
});
