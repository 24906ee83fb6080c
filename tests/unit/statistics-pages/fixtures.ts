// A small statistics view, computed by the real formulas from hand-written counters.
import { computeFigures, zeroCounters, type Counters } from "@/lib/statistics/figures";
import type { StatisticsPeriod } from "@/lib/statistics/period";
import type { StatisticsView } from "@/lib/statistics-pages/view";
import type { Translate } from "@/lib/statistics-pages/tables";
import messages from "@/lib/i18n/messages/statistics-pages.vi.json";
import messagesEn from "@/lib/i18n/messages/statistics-pages.en.json";

export function figuresOf(counters: Partial<Counters>, options: { carriedOver?: number; online?: number; post?: number; live?: boolean } = {}) {
  const flows = { ...zeroCounters(), ...counters };
  const online = options.online ?? 0;
  const post = options.post ?? 0;
  return computeFigures({
    carriedOver: options.carriedOver ?? 0,
    flows,
    receivedByChannel: { ONLINE: online, POST: post, IN_PERSON: flows.received - online - post },
    live: options.live ? { running: 3, overdue: 1, supplement: 1, payment: 0 } : null,
  });
}

export const OCTOBER: StatisticsPeriod = { kind: "month", value: "2026-10", from: "2026-10-01", to: "2026-10-31", through: "2026-10-31", isOpen: false };

export function wardView(overrides: Partial<StatisticsView> = {}): StatisticsView {
  const totals = figuresOf({ received: 40, resolvedEarly: 20, resolvedOnTime: 10, resolvedLate: 3, withdrawn: 1, refused: 2, supplementRequests: 4, apologies: 1, ratings: 9, ratingsSatisfied: 8, returned: 30 }, { carriedOver: 5, online: 25, post: 1 });
  return {
    scope: { kind: "agency", code: "000.00.99.H26", slug: "hn-xa-bach-mai", name: "UBND Phường Bạch Mai", nameEn: null },
    period: OCTOBER,
    asOf: "2026-11-29T02:00:00.000Z",
    totals,
    trend: {
      from: "2025-11-01",
      to: "2026-10-31",
      months: [
        { key: "2026-09", label: "09/2026", labelEn: null, figures: figuresOf({ received: 10, resolvedOnTime: 9, resolvedLate: 1 }) },
        { key: "2026-10", label: "10/2026", labelEn: null, figures: totals },
      ],
    },
    agencies: null,
    fields: null,
    procedures: [
      { key: "1.001193", label: "Thủ tục đăng ký khai sinh", labelEn: "Birth registration", figures: totals },
      { key: "2.000000", label: "=HYPERLINK(\"x\")", labelEn: null, figures: figuresOf({}) },
    ],
    processingTime: null,
    ...overrides,
  };
}

type Messages = Record<string, unknown>;

/** A translator over the page's messages, as next-intl's, with {placeholders} filled in. */
export function translatorFor(locale: "vi" | "en"): Translate {
  const root = (locale === "vi" ? messages : messagesEn).StatisticsPages as Messages;
  return (key, values = {}) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Messages)?.[part], root);
    if (typeof text !== "string") throw new Error(`no message ${key}`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  };
}
