// The counts each sub-indicator of the national index is computed from, pure: an agency's
// statistics grouped by procedure and the traits of its procedures (docs/domain/national-index.md).
// Every sub-indicator the portal can count is here; one without a dossier of its kind in the
// period (a denominator of 0) is "not measured" and left out of the total by scoreIndex().
import type { TFigures, TStatistics } from "@/lib/statistics/schemas";
import { satisfactionMeasure, type IndicatorKey, type Measure } from "./scoring";

export type ProcedureTraits = { code: string; isFullyOnline: boolean; chargesFee: boolean; isPublishedInFull: boolean };

const sum = (figures: TFigures[], pick: (figures: TFigures) => number) => figures.reduce((total, item) => total + pick(item), 0);

/** The measures of one agency from its statistics grouped by procedure and its procedures' traits. */
export function measuresOf(statistics: TStatistics, procedures: readonly ProcedureTraits[]): Partial<Record<IndicatorKey, Measure>> {
  const traits = new Map(procedures.map((procedure) => [procedure.code, procedure]));
  const groups = statistics.groups.map((group) => ({ traits: traits.get(group.key), figures: group.figures }));
  const totals = statistics.totals;
  const fullyOnline = groups.filter((group) => group.traits?.isFullyOnline).map((group) => group.figures);
  const withFee = groups.filter((group) => group.traits?.chargesFee).map((group) => group.figures);
  const onTime = totals.resolved.early + totals.resolved.onTime;
  const inProgress = totals.inProgress;
  return {
    PUBLICITY_CATALOGUE: { numerator: procedures.filter((procedure) => procedure.isPublishedInFull).length, denominator: procedures.length },
    PUBLICITY_APOLOGIES: { numerator: Math.min(totals.apologies, totals.resolved.late), denominator: totals.resolved.late },
    // A closed period knows no "in progress within the deadline": its resolved dossiers only.
    PROGRESS_ON_TIME: {
      numerator: onTime + (inProgress?.withinDeadline ?? 0),
      denominator: totals.resolved.total + (inProgress?.total ?? 0),
    },
    ONLINE_DOSSIERS: { numerator: sum(fullyOnline, (figures) => figures.received.online), denominator: sum(fullyOnline, (figures) => figures.received.new) },
    ONLINE_PAYMENT: { numerator: Math.min(sum(withFee, (figures) => figures.paidOnline), sum(withFee, (figures) => figures.received.new)), denominator: sum(withFee, (figures) => figures.received.new) },
    // Digitisation: each counted by the same transition as its denominator, so never above it.
    DIGITISATION_RESULTS: { numerator: Math.min(totals.digitisation.electronicResults, totals.resolved.total), denominator: totals.resolved.total },
    DIGITISATION_PAPERS: { numerator: Math.min(totals.digitisation.electronicPapers, totals.received.new), denominator: totals.received.new },
    DIGITISATION_IDENTITY: { numerator: Math.min(totals.digitisation.vneid, totals.received.online), denominator: totals.received.online },
    SATISFACTION_RATE: satisfactionMeasure({
      resolved: totals.resolved.total, resolvedLate: totals.resolved.late,
      ratings: totals.ratings.total, ratingsNotSatisfied: totals.ratings.total - totals.ratings.satisfied,
    }),
  };
}

