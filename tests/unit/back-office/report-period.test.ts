// The report's period as officers type it, and the CSV that must say what the page shows.
import { describe, expect, it } from "vitest";
import { parseDisplayDate, parseReportPeriod, periodBounds } from "@/lib/back-office/report-period";
import { csvFileName, toCsv } from "@/lib/back-office/report-tables";
import { hanoi } from "../../support/calendar";

describe("dates typed as dd/MM/yyyy", () => {
  it.each([
    ["01/11/2026", "2026-11-01"],
    ["1/2/2026", "2026-02-01"],
    [" 29/02/2028 ", "2028-02-29"],
    ["29/02/2026", null],
    ["31/04/2026", null],
    ["2026-11-01", null],
    ["11/2026", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(parseDisplayDate(text)).toBe(expected);
  });
});

describe("the report's period", () => {
  const now = hanoi("2026-11-28 06:30"); // 27/11 23:30 UTC: the day is Hà Nội's

  it("is this month up to today by default", () => {
    expect(parseReportPeriod({}, now)).toEqual({ ok: true, period: { from: "2026-11-01", to: "2026-11-28" } });
  });

  it.each([
    [{ from: "32/11/2026" }, { from: "invalidFrom" }],
    [{ from: "10/11/2026", to: "09/11/2026" }, { to: "reversed" }],
    [{ from: "01/01/2025", to: "02/01/2026" }, { to: "tooLong" }],
    [{ from: "abc", to: "xyz" }, { from: "invalidFrom", to: "invalidTo" }],
  ])("refuses %j", (input, errors) => {
    expect(parseReportPeriod(input, now)).toMatchObject({ ok: false, errors });
  });

  it("accepts a whole leap year", () => {
    expect(parseReportPeriod({ from: "01/01/2028", to: "31/12/2028" }, now)).toMatchObject({ ok: true });
  });

  it("runs from the start of its first day to the end of its last, Hà Nội time", () => {
    expect(periodBounds({ from: "2026-11-01", to: "2026-11-30" })).toEqual({ start: hanoi("2026-11-01 00:00"), end: hanoi("2026-12-01 00:00") });
  });
});

describe("CSV", () => {
  it("quotes what needs quoting, keeps Vietnamese as UTF-8 with a byte-order mark", () => {
    const csv = toCsv({ columns: [{ label: "Phòng, ban", isNumeric: false }, { label: "Trung vị", isNumeric: true }], rows: [["Phòng \"Tư pháp\"", "4,5"], ["Một cửa", "—"]] });
    expect(csv).toBe('\uFEFF"Phòng, ban",Trung vị\r\n"Phòng ""Tư pháp""","4,5"\r\nMột cửa,—\r\n');
  });

  it("names the file by the table and the period", () => {
    expect(csvFileName("don-vi", { from: "2026-11-01", to: "2026-11-28" })).toBe("bao-cao-don-vi-20261101-20261128.csv");
  });
});
