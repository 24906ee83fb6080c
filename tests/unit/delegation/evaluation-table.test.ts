// The evaluation as the page and the CSV write it (lib/delegation/evaluation-table.ts): both read
// the same cells, so every figure of the page is in the CSV with the same N and the same
// "small sample" mark.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { emptySums, evaluationOf, type SideSums } from "@/lib/delegation/evaluation";
import { COLUMN_KEYS, evaluationCsv, evaluationRows, FIGURE_KEYS, type CsvLabels } from "@/lib/delegation/evaluation-table";

const windows = { before: { from: "2025-11-01", to: "2025-11-30", days: 30 }, after: { from: "2025-12-01", to: "2025-12-30", days: 30 } };

const labels: CsvLabels = {
  figure: "Chỉ tiêu",
  figures: Object.fromEntries(FIGURE_KEYS.map((key) => [key, key])) as CsvLabels["figures"],
  columns: { before: "before", after: "after", delegates: "delegates", delegator: "delegator" },
  value: "value", n: "n", small: "small", yes: "yes", no: "no", noFigure: "none",
};

const sums = (over: Partial<SideSums>): SideSums => ({ ...emptySums(), ...over });

/** Parses the CSV written by evaluationCsv (RFC 4180: "95,5%" is quoted). */
function parse(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .slice(0, -1).map((match) => (match[1]!.startsWith('"') ? match[1]!.slice(1, -1).replaceAll('""', '"') : match[1]!)));
}

describe("evaluationRows", () => {
  it("writes counts, whole days and shares, each with its N and the small-sample mark", () => {
    const evaluation = evaluationOf(windows, {
      before: sums({ received: 40, receivedOnline: 10, resolvedEarly: 5, resolvedOnTime: 25, resolvedLate: 10, supplementRequests: 4, ratings: 8, ratingsSatisfied: 6, durations: new Map([[3, 20], [7, 20]]) }),
      afterDelegates: sums({ received: 12, receivedOnline: 12, resolvedOnTime: 3, durations: new Map([[2, 3]]) }),
      afterDelegator: sums({ received: 0 }),
    });
    const rows = Object.fromEntries(evaluationRows(evaluation, "vi").map((row) => [row.key, row.cells]));
    expect(rows.received!.before).toEqual({ text: "40", n: 40, isSmall: false });
    expect(rows.medianWorkingDays!.before).toEqual({ text: "3", n: 40, isSmall: false });
    expect(rows.p90WorkingDays!.before).toEqual({ text: "7", n: 40, isSmall: false });
    expect(rows.onTimeRate!.before).toEqual({ text: "75,0%", n: 40, isSmall: false });
    expect(rows.supplementRequestRate!.before).toEqual({ text: "10,0%", n: 40, isSmall: false });
    expect(rows.satisfactionRate!.before).toEqual({ text: "75,0%", n: 8, isSmall: true });
    expect(rows.onlineShare!.delegates).toEqual({ text: "100,0%", n: 12, isSmall: true });
    // Nothing to divide: no figure, never 0 %.
    expect(rows.onTimeRate!.delegator).toEqual({ text: null, n: 0, isSmall: true });
    expect(evaluationRows(evaluation, "en")[3]!.cells.before.text).toBe("75.0%");
  });
});

describe("evaluationCsv", () => {
  const side = fc.record({
    received: fc.nat(3000), receivedOnline: fc.nat(3000), resolvedEarly: fc.nat(500), resolvedOnTime: fc.nat(500), resolvedLate: fc.nat(500),
    supplementRequests: fc.nat(500), ratings: fc.nat(500), ratingsSatisfied: fc.nat(500),
    durations: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 50 })), { maxLength: 6 }).map((pairs) => new Map(pairs)),
  });

  it("holds every figure of the page, with its N and small-sample mark", () => {
    fc.assert(fc.property(side, side, side, fc.constantFrom("vi" as const, "en" as const), (before, afterDelegates, afterDelegator, locale) => {
      const evaluation = evaluationOf(windows, { before, afterDelegates, afterDelegator });
      const [header, ...lines] = parse(evaluationCsv(evaluation, locale, labels));
      expect(header).toHaveLength(1 + COLUMN_KEYS.length * 3);
      expect(lines).toHaveLength(FIGURE_KEYS.length);
      const page = evaluationRows(evaluation, locale);
      page.forEach((row, index) => {
        const line = lines[index]!;
        expect(line[0]).toBe(row.key);
        COLUMN_KEYS.forEach((column, c) => {
          const cell = row.cells[column];
          // The page groups thousands (1.234); the CSV writes plain numbers a spreadsheet reads.
          expect(line[1 + c * 3]).toBe(cell.text === null ? "none" : cell.text.replace(/^(\d{1,3})[.,](\d{3})$/, "$1$2"));
          expect(line[2 + c * 3]).toBe(String(cell.n));
          expect(line[3 + c * 3]).toBe(cell.isSmall ? "yes" : "no");
        });
      });
    }));
  });
});
