// The period chooser (plain GET forms), the monthly trend's span, and the pages' addresses.
import { describe, expect, it } from "vitest";
import { parseStatisticsQuery } from "@/lib/statistics/query";
import { monthPeriod, quarterPeriod, rangePeriod, yearPeriod } from "@/lib/statistics/period";
import { chooserModel, quickPeriods } from "@/lib/statistics-pages/chooser";
import { periodChoices, periodFormValues, withValue } from "@/lib/statistics-pages/period-form";
import { downloadHref, pageHref, scopePath } from "@/lib/statistics-pages/urls";
import { breakdownsOf, trendSpanOf } from "@/lib/statistics-pages/view";
import { hanoi } from "../../support/calendar";

const TODAY = "2026-11-29";
const NOW = hanoi("2026-11-29 09:00");

describe("the chooser's choices", () => {
  it("offers the last 36 months, 12 quarters and 6 years, newest first", () => {
    const choices = periodChoices(TODAY, "vi");
    expect(choices.month).toHaveLength(36);
    expect(choices.month[0]).toEqual({ value: "2026-11", label: "Tháng 11/2026" });
    expect(choices.month[11]).toEqual({ value: "2025-12", label: "Tháng 12/2025" });
    expect(choices.quarter.slice(0, 5).map((choice) => choice.value)).toEqual(["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4"]);
    expect(choices.year.map((choice) => choice.value)).toEqual(["2026", "2025", "2024", "2023", "2022", "2021"]);
  });

  it("every choice parses as the period it names", () => {
    const choices = periodChoices(TODAY, "en");
    for (const [kind, list] of Object.entries(choices)) {
      for (const choice of list) {
        const parsed = parseStatisticsQuery({ period: kind, [kind]: choice.value }, NOW);
        expect(parsed.ok && parsed.query.period.value).toBe(choice.value);
      }
    }
  });

  it("keeps a value that is not offered, so what was asked stays in the field", () => {
    expect(withValue([{ value: "2026-11", label: "x" }], "2019-02")[0]).toEqual({ value: "2019-02", label: "2019-02" });
    expect(withValue([{ value: "2026-11", label: "x" }], "2026-11")).toHaveLength(1);
  });
});

describe("values kept and errors at their fields", () => {
  it("shows back what was typed, even when wrong, and the error next to its field", () => {
    const raw = { period: "range", from: "31/02/2026", to: "01/03/2026" };
    const parsed = parseStatisticsQuery(raw, NOW);
    expect(parsed.ok).toBe(false);
    const model = chooserModel({ scope: { kind: "city" }, period: null, errors: parsed.ok ? {} : parsed.errors, raw, today: TODAY, locale: "vi", label: (key) => key });
    expect(model.values.from).toBe("31/02/2026");
    expect(model.values.to).toBe("01/03/2026");
    expect(model.errors).toEqual({ from: "Ngày bắt đầu phải có dạng dd/MM/yyyy hoặc yyyy-MM-dd." });
  });

  it("in English, the English message; a wrong kind of period is an error of the whole form", () => {
    const raw = { period: "week" };
    const parsed = parseStatisticsQuery(raw, NOW);
    const model = chooserModel({ scope: { kind: "city" }, period: null, errors: parsed.ok ? {} : parsed.errors, raw, today: TODAY, locale: "en", label: (key) => key });
    expect(model.errors).toEqual({ other: "period must be month, quarter, year or range." });
  });

  it("a range shown writes its days as dd/MM/yyyy; a month shown selects itself", () => {
    expect(periodFormValues({}, rangePeriod("2026-01-15", "2026-02-14", TODAY))).toMatchObject({ from: "15/01/2026", to: "14/02/2026" });
    expect(periodFormValues({}, monthPeriod(2026, 10, TODAY))).toMatchObject({ month: "2026-10", year: "2026" });
  });

  it("quick links go to this month, last month, this quarter, this year and last year, the shown one marked", () => {
    expect(quickPeriods(TODAY).map(({ period }) => period.value)).toEqual(["2026-11", "2026-10", "2026-Q4", "2026", "2025"]);
    expect(quickPeriods("2026-01-05")[1]!.period.value).toBe("2025-12");
    const model = chooserModel({ scope: { kind: "agency", key: "hn-xa-bach-mai" }, period: monthPeriod(2026, 10, TODAY), errors: {}, raw: {}, today: TODAY, locale: "vi", label: (key) => key });
    expect(model.quickLinks.filter((link) => link.isCurrent).map((link) => link.key)).toEqual(["lastMonth"]);
    expect(model.quickLinks[1]!.href).toBe("/thong-ke/co-quan/hn-xa-bach-mai?period=month&month=2026-10");
  });
});

describe("the monthly trend", () => {
  it.each([
    ["a month: the twelve months up to it", monthPeriod(2026, 10, TODAY), "2025-11-01", "2026-10-31"],
    ["the current month", monthPeriod(2026, 11, TODAY), "2025-12-01", "2026-11-30"],
    ["a quarter", quarterPeriod(2026, 2, TODAY), "2025-07-01", "2026-06-30"],
    ["a past year: its own months", yearPeriod(2025, TODAY), "2025-01-01", "2025-12-31"],
    ["the current year: its months so far", yearPeriod(2026, TODAY), "2026-01-01", "2026-11-30"],
    ["a long range: from its first month", rangePeriod("2025-03-15", "2026-06-10", TODAY), "2025-03-01", "2026-06-30"],
    ["a short range in January", rangePeriod("2026-01-05", "2026-01-20", TODAY), "2025-02-01", "2026-01-31"],
  ])("%s", (_, period, from, to) => {
    const span = trendSpanOf(period, TODAY);
    expect([span.from, span.to]).toEqual([from, to]);
    expect(span.isOpen).toBe(to >= TODAY);
  });
});

describe("addresses", () => {
  it("a scope's page, with its period", () => {
    expect(scopePath({ kind: "city" })).toBe("/thong-ke");
    expect(pageHref({ kind: "field", key: "ho-tich" }, quarterPeriod(2026, 3, TODAY))).toBe("/thong-ke/linh-vuc/ho-tich?period=quarter&quarter=2026-Q3");
    expect(pageHref({ kind: "procedure", key: "1.001193" }, rangePeriod("2026-01-15", "2026-02-14", TODAY))).toBe("/thong-ke/thu-tuc/1.001193?period=range&from=2026-01-15&to=2026-02-14");
  });

  it("a download reads back, through the one parser, as the page's scope and period", () => {
    const period = monthPeriod(2026, 10, TODAY);
    const href = downloadHref({ kind: "agency", key: "hn-xa-bach-mai" }, period, { format: "csv", table: "tong-hop" });
    expect(href).toBe("/thong-ke/tai-ve?scope=agency&agency=hn-xa-bach-mai&period=month&month=2026-10&format=csv&table=tong-hop");
    const parsed = parseStatisticsQuery(new URL(href, "http://x").searchParams, NOW);
    expect(parsed.ok && parsed.query).toEqual({ scope: { kind: "agency", agency: "hn-xa-bach-mai" }, period, groupBy: "none" });
  });

  it("each scope shows the breakdowns that lead to the next scope down", () => {
    expect(breakdownsOf("city")).toEqual({ agencies: true, fields: true, procedures: false, processingTime: false });
    expect(breakdownsOf("agency")).toEqual({ agencies: false, fields: false, procedures: true, processingTime: false });
    expect(breakdownsOf("procedure")).toEqual({ agencies: true, fields: false, procedures: false, processingTime: true });
  });
});
