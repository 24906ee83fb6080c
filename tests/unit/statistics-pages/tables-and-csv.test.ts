// The page's tables and their CSV files are one model (lib/statistics-pages/tables.ts, csv.ts):
// what a file says is what the page shows, read by a spreadsheet in the reader's language.
import { describe, expect, it } from "vitest";
import { csvCell, downloadCsv, downloadFileName, summaryCsv, tableCsv } from "@/lib/statistics-pages/csv";
import { statisticsTables, type Cell } from "@/lib/statistics-pages/tables";
import { figuresOf, OCTOBER, translatorFor, wardView } from "./fixtures";

const t = translatorFor("vi");
const tables = statisticsTables(wardView(), { t, locale: "vi", hrefOf: (kind, group) => `/thong-ke/${kind}/${group.key}` });
const byId = (id: string) => tables.find((table) => table.id === id)!;
const rowValue = (id: string, label: string) => byId(id).rows.find((row) => (row[0] as { text: string }).text === label)![1];

/** Splits CSV text (RFC 4180) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe("the tables of an agency's page", () => {
  it("has the summary, the trend and the procedures, but no ranking of agencies", () => {
    expect(tables.map((table) => table.id)).toEqual(["tiep-nhan", "giai-quyet", "tinh-trang", "ty-le", "theo-thang", "thu-tuc"]);
  });

  it("the figures are the view's: received 5 + 40, resolved 20/10/3, on time (20+10)/33", () => {
    expect(rowValue("tiep-nhan", "Kỳ trước chuyển qua")).toEqual({ kind: "count", value: 5 });
    expect(rowValue("tiep-nhan", "Tổng số tiếp nhận")).toEqual({ kind: "count", value: 45 });
    expect(rowValue("tiep-nhan", "Mới, nộp trực tiếp")).toEqual({ kind: "count", value: 14 });
    expect(rowValue("giai-quyet", "Quá hạn")).toEqual({ kind: "count", value: 3 });
    expect(rowValue("ty-le", "Tỷ lệ giải quyết đúng hạn")).toEqual({ kind: "share", value: 0.9091 });
    // A closed period: in hand at its end, and no "overdue now".
    expect(rowValue("tinh-trang", "Còn tồn cuối kỳ")).toEqual({ kind: "count", value: 45 - 33 - 1 });
    expect(byId("tinh-trang").rows.some((row) => (row[0] as { text: string }).text.startsWith("Đang xử lý"))).toBe(false);
  });

  it("an open period shows what is in processing and paused now", () => {
    const open = wardView({ period: { ...OCTOBER, isOpen: true }, totals: figuresOf({ received: 5 }, { live: true }) });
    const status = statisticsTables(open, { t, locale: "vi" }).find((table) => table.id === "tinh-trang")!;
    expect(status.rows.map((row) => (row[0] as { text: string }).text)).toContain("Đang xử lý, đã quá hạn");
  });

  it("links each procedure to its own page, with its code", () => {
    expect(byId("thu-tuc").rows[0]![0]).toEqual({ kind: "text", text: "Thủ tục đăng ký khai sinh (1.001193)", href: "/thong-ke/procedure/1.001193" });
  });

  it("a rate with nothing to divide is no figure, not 0 %", () => {
    const empty = statisticsTables(wardView({ totals: figuresOf({}) }), { t, locale: "vi" });
    expect(empty.find((table) => table.id === "ty-le")!.rows.every((row) => (row[1] as Cell).kind === "share" && (row[1] as { value: null }).value === null)).toBe(true);
  });
});

describe("CSV", () => {
  it("starts with a byte order mark, ends lines with CRLF, and defuses formulas", () => {
    const csv = tableCsv(byId("thu-tuc"), "vi");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parseCsv(csv.slice(1));
    expect(rows[2]![0]).toBe(`'=HYPERLINK("x") (2.000000)`);
  });

  it("every cell of a table is in its file, numbers as a spreadsheet reads them", () => {
    for (const locale of ["vi", "en"] as const) {
      const localized = statisticsTables(wardView(), { t: translatorFor(locale), locale });
      for (const table of localized.filter((candidate) => candidate.id !== "tiep-nhan")) {
        const rows = parseCsv(tableCsv(table, locale).slice(1));
        expect(rows).toHaveLength(table.rows.length + 1);
        table.rows.forEach((row, index) => expect(rows[index + 1]).toEqual(row.map((cell) => (csvCell(cell, locale).match(/^[=+\-@]/) ? `'${csvCell(cell, locale)}` : csvCell(cell, locale)))));
      }
    }
    expect(csvCell({ kind: "share", value: 0.9091 }, "vi")).toBe("90,9");
    expect(csvCell({ kind: "share", value: 0.9091 }, "en")).toBe("90.9");
    expect(csvCell({ kind: "count", value: 12345 }, "vi")).toBe("12345");
    expect(csvCell({ kind: "share", value: null }, "vi")).toBe("");
  });

  it("says which columns are percentages", () => {
    const header = parseCsv(tableCsv(byId("theo-thang"), "vi").slice(1))[0]!;
    expect(header).toContain("Tỷ lệ đúng hạn (%)");
    expect(header).toContain("Tiếp nhận mới");
  });

  it("the summary file holds every figure of the summary tables once, with its group", () => {
    const rows = parseCsv(summaryCsv(tables, "vi", t).slice(1));
    const summaryRows = tables.filter((table) => ["tiep-nhan", "giai-quyet", "tinh-trang", "ty-le"].includes(table.id)).flatMap((table) => table.rows);
    expect(rows).toHaveLength(summaryRows.length + 1);
    expect(new Set(rows.slice(1).map((row) => row[1])).size).toBe(summaryRows.length);
    expect(rows).toContainEqual(["Các tỷ lệ", "Tỷ lệ giải quyết đúng hạn", "90,9%"]);
    expect(rows).toContainEqual(["Tiếp nhận", "Tổng số tiếp nhận", "45"]);
  });

  it("a table the page does not have is no file", () => {
    expect(downloadCsv("xep-hang", tables, "vi", t)).toBeNull();
    expect(downloadCsv("thu-tuc", tables, "vi", t)).not.toBeNull();
  });

  it.each([
    [{}, "tong-hop", "csv", "thong-ke_hn-xa-bach-mai_2026-10_tong-hop.csv"],
    [{ scope: { kind: "city", code: null, slug: null, name: "", nameEn: null } }, null, "json", "thong-ke_ha-noi_2026-10.json"],
    [{ scope: { kind: "procedure", code: "1.001193", slug: null, name: "", nameEn: null } }, "phan-bo", "csv", "thong-ke_thu-tuc-1.001193_2026-10_phan-bo.csv"],
    [{ period: { ...OCTOBER, kind: "range", value: "2026-01-15..2026-02-14", from: "2026-01-15", to: "2026-02-14" } }, "theo-thang", "csv", "thong-ke_hn-xa-bach-mai_2026-01-15_2026-02-14_theo-thang.csv"],
  ] as const)("file name %#: %s", (overrides, id, extension, name) => {
    expect(downloadFileName(wardView(overrides as never), id, extension)).toBe(name);
  });
});
