// A statistics page's figures as tables, the same for the page (its accessible tables next to each
// chart) and for its CSV downloads, so that a file says exactly what the page shows. Pure: the words
// come from the caller's translator; the cells keep their numbers, written by the page for reading
// (grouped, with %) and by the CSV for a spreadsheet (lib/statistics-pages/csv.ts).
import type { TFigures, TLegalLimit } from "@/lib/statistics/schemas";
import { monthLabel, type Locale } from "./format";
import type { StatisticsView, ViewGroup } from "./view";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type Cell =
  | { kind: "text"; text: string; href?: string; lang?: string }
  | { kind: "count"; value: number }
  | { kind: "share"; value: number | null }
  | { kind: "days"; value: number | null }
  | { kind: "rank"; value: number | null };

export const TABLE_IDS = ["tiep-nhan", "giai-quyet", "tinh-trang", "ty-le", "theo-thang", "xep-hang", "linh-vuc", "thu-tuc", "thoi-gian", "phan-bo"] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** The tables whose rows are the summary's figures (one CSV, "tong-hop", holds them all). */
export const SUMMARY_TABLE_IDS: TableId[] = ["tiep-nhan", "giai-quyet", "tinh-trang", "ty-le"];

export type StatisticsTable = {
  id: TableId;
  caption: string;
  columns: { label: string; isNumeric: boolean }[];
  /** The first cell names the row (a row header). */
  rows: Cell[][];
  /** What an empty table says instead of rows. */
  empty: string;
};

const text = (value: string, href?: string, lang?: string): Cell => ({ kind: "text", text: value, ...(href ? { href } : {}), ...(lang ? { lang } : {}) });
const count = (value: number): Cell => ({ kind: "count", value });
const share = (value: number | null): Cell => ({ kind: "share", value });

/** Early or on time: what the on-time rate counts. */
export function onTimeOf(figures: TFigures): number {
  return figures.resolved.early + figures.resolved.onTime;
}

type Options = {
  t: Translate;
  locale: Locale;
  /** The address of a group's statistics page (same period), or undefined when it has none. */
  hrefOf?: (kind: "agency" | "field" | "procedure", group: ViewGroup) => string | undefined;
};

/** Every table of a view, in page order; breakdowns the scope does not have are left out. */
export function statisticsTables(view: StatisticsView, options: Options): StatisticsTable[] {
  const { t } = options;
  const figures = view.totals;
  const isOpen = figures.inProgress !== null;
  const figure = (key: string, value: Cell): Cell[] => [text(t(`figure.${key}`)), value];
  const valueColumns = [{ label: t("column.figure"), isNumeric: false }, { label: t("column.value"), isNumeric: true }];
  const tables: StatisticsTable[] = [
    {
      id: "tiep-nhan",
      caption: t("table.received"),
      columns: valueColumns,
      rows: [
        figure("carriedOver", count(figures.received.carriedOver)),
        figure("new", count(figures.received.new)),
        figure("online", count(figures.received.online)),
        figure("inPerson", count(figures.received.inPerson)),
        figure("post", count(figures.received.post)),
        figure("receivedTotal", count(figures.received.total)),
      ],
      empty: "",
    },
    {
      id: "giai-quyet",
      caption: t("table.resolved"),
      columns: valueColumns,
      rows: [
        figure("resolvedTotal", count(figures.resolved.total)),
        figure("early", count(figures.resolved.early)),
        figure("onTime", count(figures.resolved.onTime)),
        figure("late", count(figures.resolved.late)),
        figure("returned", count(figures.returned)),
      ],
      empty: "",
    },
    {
      id: "tinh-trang",
      caption: t(isOpen ? "table.statusOpen" : "table.statusClosed"),
      columns: valueColumns,
      rows: [
        figure(isOpen ? "inHandNow" : "inHandAtEnd", count(figures.carriedForward)),
        ...(figures.inProgress
          ? [figure("withinDeadline", count(figures.inProgress.withinDeadline)), figure("overdue", count(figures.inProgress.overdue))]
          : []),
        ...(figures.paused
          ? [figure("pausedSupplement", count(figures.paused.supplement)), figure("pausedPayment", count(figures.paused.payment))]
          : []),
        figure("stopped", count(figures.stopped)),
        figure("withdrawn", count(figures.withdrawn)),
        figure("refused", count(figures.refused)),
        figure("supplementRequests", count(figures.supplementRequests)),
        figure("apologies", count(figures.apologies)),
        figure("ratings", count(figures.ratings.total)),
        figure("satisfied", count(figures.ratings.satisfied)),
      ],
      empty: "",
    },
    {
      id: "ty-le",
      caption: t("table.rates"),
      columns: valueColumns,
      rows: [
        figure("onTimeRate", share(figures.rates.onTime)),
        figure("onlineRate", share(figures.rates.online)),
        figure("supplementRate", share(figures.rates.supplementRequest)),
        figure("apologyRate", share(figures.rates.apology)),
        figure("satisfactionRate", share(figures.rates.satisfaction)),
      ],
      empty: "",
    },
    {
      id: "theo-thang",
      caption: t("table.trend", { from: monthLabel(view.trend.from.slice(0, 7), options.locale), to: monthLabel(view.trend.to.slice(0, 7), options.locale) }),
      columns: [
        { label: t("column.month"), isNumeric: false },
        { label: t("column.new"), isNumeric: true },
        { label: t("column.online"), isNumeric: true },
        { label: t("column.resolved"), isNumeric: true },
        { label: t("column.onTimeCount"), isNumeric: true },
        { label: t("column.late"), isNumeric: true },
        { label: t("column.onTimeRate"), isNumeric: true },
      ],
      rows: view.trend.months.map((month) => [
        text(monthLabel(month.key, options.locale)),
        count(month.figures.received.new),
        count(month.figures.received.online),
        count(month.figures.resolved.total),
        count(onTimeOf(month.figures)),
        count(month.figures.resolved.late),
        share(month.figures.rates.onTime),
      ]),
      empty: t("empty.trend"),
    },
  ];
  if (view.agencies) tables.push(rankingTable(view.agencies, options, isOpen));
  if (view.fields) tables.push(breakdownTable("linh-vuc", view.fields, "field", options));
  if (view.procedures) tables.push(breakdownTable("thu-tuc", view.procedures, "procedure", options));
  if (view.processingTime) tables.push(...processingTimeTables(view, options));
  return tables;
}

function nameOf(group: ViewGroup, locale: Locale): { name: string; lang?: string } {
  if (locale === "en" && group.labelEn) return { name: group.labelEn };
  return { name: group.label, lang: locale === "en" ? "vi" : undefined };
}

function rankingTable(groups: ViewGroup[], options: Options, isOpen: boolean): StatisticsTable {
  const { t } = options;
  return {
    id: "xep-hang",
    caption: t("table.ranking"),
    columns: [
      { label: t("column.rank"), isNumeric: true },
      { label: t("column.agency"), isNumeric: false },
      { label: t("column.resolved"), isNumeric: true },
      { label: t("column.onTimeCount"), isNumeric: true },
      { label: t("column.late"), isNumeric: true },
      { label: t("column.onTimeRate"), isNumeric: true },
      { label: t("column.new"), isNumeric: true },
      { label: t("column.onlineRate"), isNumeric: true },
      ...(isOpen ? [{ label: t("column.overdueNow"), isNumeric: true }] : []),
    ],
    rows: groups.map((group) => {
      const { name, lang } = nameOf(group, options.locale);
      return [
        { kind: "rank", value: group.rank ?? null } satisfies Cell,
        text(name, options.hrefOf?.("agency", group), lang),
        count(group.figures.resolved.total),
        count(onTimeOf(group.figures)),
        count(group.figures.resolved.late),
        share(group.figures.rates.onTime),
        count(group.figures.received.new),
        share(group.figures.rates.online),
        ...(isOpen ? [count(group.figures.inProgress?.overdue ?? 0)] : []),
      ];
    }),
    empty: t("empty.ranking"),
  };
}

function breakdownTable(id: "linh-vuc" | "thu-tuc", groups: ViewGroup[], kind: "field" | "procedure", options: Options): StatisticsTable {
  const { t } = options;
  return {
    id,
    caption: t(kind === "field" ? "table.byField" : "table.byProcedure"),
    columns: [
      { label: t(kind === "field" ? "column.field" : "column.procedure"), isNumeric: false },
      { label: t("column.new"), isNumeric: true },
      { label: t("column.resolved"), isNumeric: true },
      { label: t("column.late"), isNumeric: true },
      { label: t("column.onTimeRate"), isNumeric: true },
      { label: t("column.onlineRate"), isNumeric: true },
      { label: t("column.inHand"), isNumeric: true },
    ],
    rows: groups.map((group) => {
      const { name, lang } = nameOf(group, options.locale);
      return [
        text(kind === "procedure" ? `${name} (${group.key})` : name, options.hrefOf?.(kind, group), lang),
        count(group.figures.received.new),
        count(group.figures.resolved.total),
        count(group.figures.resolved.late),
        share(group.figures.rates.onTime),
        share(group.figures.rates.online),
        count(group.figures.carriedForward),
      ];
    }),
    empty: t(kind === "field" ? "empty.byField" : "empty.byProcedure"),
  };
}

/** "5 ngày làm việc", "16 giờ (2 ngày làm việc)", "15 ngày (theo lịch)". */
export function legalLimitText(limit: TLegalLimit | null, t: Translate): string {
  if (!limit) return t("processing.noLimit");
  switch (limit.unit) {
    case "WORKING_DAYS":
      return t("processing.limitWorkingDays", { days: limit.value });
    case "HOURS":
      return limit.workingDays === null ? t("processing.limitHours", { hours: limit.value }) : t("processing.limitHoursInDays", { hours: limit.value, days: limit.workingDays });
    case "CALENDAR_DAYS":
      return t("processing.limitCalendarDays", { days: limit.value });
  }
}

function processingTimeTables(view: StatisticsView, options: Options): StatisticsTable[] {
  const { t } = options;
  const time = view.processingTime!;
  const days = (value: number | null): Cell => ({ kind: "days", value });
  const limit = time.legalLimit?.workingDays ?? null;
  return [
    {
      id: "thoi-gian",
      caption: t("table.processingTime", { days: time.window.days }),
      columns: [{ label: t("column.figure"), isNumeric: false }, { label: t("column.value"), isNumeric: true }],
      rows: [
        [text(t("processing.sample")), count(time.sample)],
        [text(t("processing.median")), days(time.medianWorkingDays)],
        [text(t("processing.p90")), days(time.p90WorkingDays)],
        [text(t("processing.legalLimit")), text(legalLimitText(time.legalLimit, t))],
        ...(time.onlineLegalLimit ? [[text(t("processing.onlineLegalLimit")), text(legalLimitText(time.onlineLegalLimit, t))]] : []),
        [text(t("processing.onTimeRate")), share(time.onTimeRate)],
      ],
      empty: "",
    },
    {
      id: "phan-bo",
      caption: t("table.histogram", { days: time.window.days }),
      columns: [{ label: t("column.workingDays"), isNumeric: false }, { label: t("column.dossiers"), isNumeric: true }],
      rows: time.histogram.map((bar) => [
        text(limit !== null && bar.workingDays > limit ? t("processing.daysOverLimit", { days: bar.workingDays }) : t("processing.days", { days: bar.workingDays })),
        count(bar.count),
      ]),
      empty: t("empty.histogram"),
    },
  ];
}
