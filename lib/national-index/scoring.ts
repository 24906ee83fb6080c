// The national index of Decision 766/QĐ-TTg (2022), pure: each sub-indicator is a rate (a
// numerator over a denominator counted from the portal's own records) turned into points, and the
// points add up per group and in total (docs/domain/national-index.md). The five group totals are
// official; their split into sub-indicators is a reconstruction, so every weight and threshold is
// data (the `national_index_indicator` table) that an administrator can change. No database, no clock.
import { z } from "zod";

export const INDEX_GROUPS = ["PUBLICITY", "PROGRESS", "ONLINE", "DIGITISATION", "SATISFACTION"] as const;
export type IndexGroup = (typeof INDEX_GROUPS)[number];

/** The official points of each group (Decision 766/QĐ-TTg, appendix). */
export const GROUP_POINTS: Record<IndexGroup, number> = { PUBLICITY: 18, PROGRESS: 20, ONLINE: 22, DIGITISATION: 22, SATISFACTION: 18 };

/** The sub-indicators the portal can count. Each key names one measure computed by `index-inputs.ts`. */
export const INDICATOR_KEYS = [
  "PUBLICITY_CATALOGUE", // procedures the agency handles whose public entry is complete ÷ those procedures
  "PUBLICITY_TRAIL", // received dossiers whose control slip is public ÷ received dossiers
  "PROGRESS_ON_TIME", // (resolved early or on time + in progress within the deadline) ÷ (resolved + in progress)
  "ONLINE_DOSSIERS", // dossiers filed online ÷ dossiers of procedures that may be filed entirely online
  "ONLINE_PAYMENT", // dossiers paid online ÷ dossiers of fee-charging procedures
  "DIGITISATION_RESULTS", // dossiers resolved with an electronic result ÷ dossiers resolved
  "DIGITISATION_PAPERS", // received dossiers whose papers are all held electronically ÷ received dossiers
  "DIGITISATION_IDENTITY", // online dossiers filed with a national identity account (VNeID) ÷ online dossiers
  "SATISFACTION_RATE", // 100 % − (late rate + rate of "not satisfied" ratings)
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** One sub-indicator's settings: its group, points, and the rate that earns full points. */
export const ZIndicatorSetting = z.object({
  key: z.enum(INDICATOR_KEYS),
  group: z.enum(INDEX_GROUPS),
  maxPoints: z.number().min(0).max(100),
  /** The rate (0–1] at or above which the indicator earns all its points; below it, proportionally. */
  fullAt: z.number().gt(0).max(1),
  enabled: z.boolean(),
});
export type IndicatorSetting = z.infer<typeof ZIndicatorSetting>;

/**
 * The defaults: the groups' official totals split over what the portal counts. Most indicators
 * give full points at 80 % (DOMAIN: rate × max ÷ 80 %); online dossiers at 50 %, satisfaction at 90 %.
 */
export const DEFAULT_INDICATORS: readonly IndicatorSetting[] = [
  { key: "PUBLICITY_CATALOGUE", group: "PUBLICITY", maxPoints: 10, fullAt: 1, enabled: true },
  { key: "PUBLICITY_TRAIL", group: "PUBLICITY", maxPoints: 8, fullAt: 1, enabled: true },
  { key: "PROGRESS_ON_TIME", group: "PROGRESS", maxPoints: 20, fullAt: 0.8, enabled: true },
  { key: "ONLINE_DOSSIERS", group: "ONLINE", maxPoints: 12, fullAt: 0.5, enabled: true },
  { key: "ONLINE_PAYMENT", group: "ONLINE", maxPoints: 10, fullAt: 0.8, enabled: true },
  { key: "DIGITISATION_RESULTS", group: "DIGITISATION", maxPoints: 8, fullAt: 0.8, enabled: true },
  { key: "DIGITISATION_PAPERS", group: "DIGITISATION", maxPoints: 8, fullAt: 0.8, enabled: true },
  { key: "DIGITISATION_IDENTITY", group: "DIGITISATION", maxPoints: 6, fullAt: 0.8, enabled: true },
  { key: "SATISFACTION_RATE", group: "SATISFACTION", maxPoints: 18, fullAt: 0.9, enabled: true },
];

/** A measured rate: numerator over denominator, both counts of dossiers (or procedures). */
export type Measure = { numerator: number; denominator: number };

export type ScoredIndicator = IndicatorSetting & {
  numerator: number;
  denominator: number;
  /** null when there is nothing to measure (no dossier of that kind in the period). */
  rate: number | null;
  points: number | null;
};

/**
 * The points of one indicator: full at or above `fullAt`, proportional below (rate × max ÷ fullAt),
 * never negative, rounded to two decimals. Nothing to measure (denominator 0) scores null: the
 * indicator is left out of the total instead of counted as 0 or as full.
 */
export function scoreIndicator(setting: IndicatorSetting, measure: Measure): ScoredIndicator {
  const { numerator, denominator } = measure;
  if (denominator <= 0) return { ...setting, numerator, denominator, rate: null, points: null };
  const rate = Math.min(1, Math.max(0, numerator / denominator));
  const points = round2(Math.min(1, rate / setting.fullAt) * setting.maxPoints);
  return { ...setting, numerator, denominator, rate, points };
}

export type ScoredGroup = { group: IndexGroup; maxPoints: number; points: number | null; indicators: ScoredIndicator[] };
export type IndexScore = {
  groups: ScoredGroup[];
  /** Points earned over the points that could be measured, out of 100; null when nothing could. */
  total: number | null;
  earned: number;
  measurable: number;
};

/**
 * The whole index. A group's points are the sum of its measured indicators; the total is the
 * points earned scaled to 100 over the points that could be measured, so an agency is neither
 * rewarded nor punished for a kind of dossier it had none of (for example no fee-charging procedure).
 */
export function scoreIndex(settings: readonly IndicatorSetting[], measures: Partial<Record<IndicatorKey, Measure>>): IndexScore {
  const enabled = settings.filter((setting) => setting.enabled);
  const groups = INDEX_GROUPS.map((group): ScoredGroup => {
    const indicators = enabled
      .filter((setting) => setting.group === group)
      .map((setting) => scoreIndicator(setting, measures[setting.key] ?? { numerator: 0, denominator: 0 }));
    const measured = indicators.filter((indicator) => indicator.points !== null);
    return {
      group,
      maxPoints: round2(indicators.reduce((sum, indicator) => sum + indicator.maxPoints, 0)),
      points: measured.length === 0 ? null : round2(measured.reduce((sum, indicator) => sum + indicator.points!, 0)),
      indicators,
    };
  });
  const scored = groups.flatMap((group) => group.indicators).filter((indicator) => indicator.points !== null);
  const earned = round2(scored.reduce((sum, indicator) => sum + indicator.points!, 0));
  const measurable = round2(scored.reduce((sum, indicator) => sum + indicator.maxPoints, 0));
  return { groups, earned, measurable, total: measurable === 0 ? null : round2((earned / measurable) * 100) };
}

/**
 * The satisfaction rate of the index: 100 % − (late rate + "not satisfied" rate), as a measure
 * whose denominator is the resolved dossiers (the late rate's base). Not satisfied is counted
 * against the ratings; without ratings only the late rate counts.
 */
export function satisfactionMeasure(counts: { resolved: number; resolvedLate: number; ratings: number; ratingsNotSatisfied: number }): Measure {
  if (counts.resolved <= 0 && counts.ratings <= 0) return { numerator: 0, denominator: 0 };
  const lateRate = counts.resolved > 0 ? counts.resolvedLate / counts.resolved : 0;
  const notSatisfiedRate = counts.ratings > 0 ? counts.ratingsNotSatisfied / counts.ratings : 0;
  const rate = Math.max(0, 1 - (lateRate + notSatisfiedRate));
  // Expressed over 10,000 so that the rate survives as a ratio of whole numbers.
  return { numerator: Math.round(rate * 10_000), denominator: 10_000 };
}

/** Checks a set of settings an administrator saved: every group's points add up to its official total. */
export function groupTotalsMismatch(settings: readonly IndicatorSetting[]): IndexGroup[] {
  return INDEX_GROUPS.filter((group) => {
    const sum = settings.filter((setting) => setting.group === group && setting.enabled).reduce((total, setting) => total + setting.maxPoints, 0);
    return Math.abs(sum - GROUP_POINTS[group]) > 0.001;
  });
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
