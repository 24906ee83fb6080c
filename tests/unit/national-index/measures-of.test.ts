import { describe, expect, it } from "vitest";
import { measuresOf, type ProcedureTraits } from "@/lib/national-index/measures-of";
import { DEFAULT_INDICATORS, scoreIndex } from "@/lib/national-index/scoring";
import type { TFigures, TStatistics } from "@/lib/statistics/schemas";

type Over = {
  received?: Partial<TFigures["received"]>; resolved?: Partial<TFigures["resolved"]>; inProgress?: TFigures["inProgress"]; apologies?: number; paidOnline?: number;
  ratings?: TFigures["ratings"]; digitisation?: Partial<TFigures["digitisation"]>;
};

function figures(over: Over = {}): TFigures {
  const received = { carriedOver: 0, new: 0, total: 0, online: 0, inPerson: 0, post: 0, ...over.received };
  const resolved = { early: 0, onTime: 0, late: 0, total: 0, ...over.resolved };
  return {
    received, resolved, carriedForward: 0, inProgress: over.inProgress ?? null, paused: null, stopped: 0, withdrawn: 0, refused: 0, returned: 0,
    supplementRequests: 0, apologies: over.apologies ?? 0, bounces: 0, paidOnline: over.paidOnline ?? 0, ratings: over.ratings ?? { total: 0, satisfied: 0 },
    digitisation: { electronicResults: 0, electronicPapers: 0, vneid: 0, ...over.digitisation },
    rates: { onTime: null, online: null, supplementRequest: null, apology: null, satisfaction: null, electronicResults: null, electronicPapers: null, vneid: null },
  } as TFigures;
}

const procedures: ProcedureTraits[] = [
  { code: "1.000001", isFullyOnline: true, chargesFee: false, isPublishedInFull: true },
  { code: "1.000002", isFullyOnline: false, chargesFee: true, isPublishedInFull: true },
  { code: "1.000003", isFullyOnline: false, chargesFee: false, isPublishedInFull: false },
];

function statistics(groups: [string, TFigures][], totals: TFigures): TStatistics {
  return {
    scope: { kind: "agency", code: "hn-xa-thu", name: "UBND Phường Thử", nameEn: null },
    period: { kind: "month", value: "2026-11", from: "2026-11-01", to: "2026-11-30", through: "2026-11-28", isOpen: true },
    groupBy: "procedure", asOf: "2026-11-28T03:00:00.000Z", totals,
    groups: groups.map(([key, item]) => ({ key, label: key, labelEn: null, figures: item })),
  };
}

describe("the index's measures of one agency", () => {
  // 1.000001 (online in full): 10 new, 6 online. 1.000002 (fee): 4 new, 3 paid online.
  // Totals: 12 resolved (3 early, 6 on time, 3 late), 2 apologies, 5 in progress of which 4 within
  // the deadline, 8 ratings of which 6 satisfied; 9 of the 12 results signed digitally, 14 of the
  // 16 received with every required paper as a file, 5 of the 7 online sent with VNeID.
  const totals = figures({
    received: { new: 16, online: 7 }, resolved: { early: 3, onTime: 6, late: 3, total: 12 }, inProgress: { total: 5, withinDeadline: 4, overdue: 1 },
    apologies: 2, paidOnline: 3, ratings: { total: 8, satisfied: 6 }, digitisation: { electronicResults: 9, electronicPapers: 14, vneid: 5 },
  });
  const measures = measuresOf(
    statistics([["1.000001", figures({ received: { new: 10, online: 6 } })], ["1.000002", figures({ received: { new: 4 }, paidOnline: 3 })], ["1.000003", figures({ received: { new: 2 } })]], totals),
    procedures,
  );

  it.each([
    ["PUBLICITY_CATALOGUE", 2, 3, "two of three procedures published in full"],
    ["PUBLICITY_APOLOGIES", 2, 3, "two apologies for three late dossiers"],
    ["PROGRESS_ON_TIME", 13, 17, "(3 + 6 resolved in time + 4 running in time) ÷ (12 resolved + 5 running)"],
    ["ONLINE_DOSSIERS", 6, 10, "only the procedure that can be done online in full counts"],
    ["ONLINE_PAYMENT", 3, 4, "only the fee-charging procedure counts"],
    ["DIGITISATION_RESULTS", 9, 12, "results signed digitally ÷ dossiers resolved"],
    ["DIGITISATION_PAPERS", 14, 16, "received with every required paper as a file ÷ received"],
    ["DIGITISATION_IDENTITY", 5, 7, "online dossiers sent with VNeID ÷ received online"],
  ] as const)("%s: %d ÷ %d (%s)", (key, numerator, denominator, _why) => {
    expect(measures[key]).toEqual({ numerator, denominator });
  });

  it("satisfaction is 100 % − 25 % late − 25 % not satisfied", () => {
    const measure = measures.SATISFACTION_RATE!;
    expect(measure.numerator / measure.denominator).toBeCloseTo(0.5, 4);
  });

  it("a closed period has no 'in progress': on time is over the resolved only", () => {
    const closed = measuresOf(statistics([], figures({ resolved: { early: 1, onTime: 2, late: 1, total: 4 } })), procedures);
    expect(closed.PROGRESS_ON_TIME).toEqual({ numerator: 3, denominator: 4 });
  });

  it("no late dossier: the apology measure has nothing to measure", () => {
    const none = measuresOf(statistics([], figures({ resolved: { onTime: 2, total: 2 } })), procedures);
    expect(none.PUBLICITY_APOLOGIES).toEqual({ numerator: 0, denominator: 0 });
  });

  it("no dossier resolved, received or received online: the digitisation measures have nothing to measure", () => {
    const quiet = measuresOf(statistics([], figures({ inProgress: { total: 3, withinDeadline: 3, overdue: 0 } })), procedures);
    expect([quiet.DIGITISATION_RESULTS, quiet.DIGITISATION_PAPERS, quiet.DIGITISATION_IDENTITY]).toEqual([
      { numerator: 0, denominator: 0 }, { numerator: 0, denominator: 0 }, { numerator: 0, denominator: 0 },
    ]);
    // Received at the desk only: papers are measured, identity (an online question) is not.
    const desk = measuresOf(statistics([], figures({ received: { new: 4, inPerson: 4 }, digitisation: { electronicPapers: 3 } })), procedures);
    expect([desk.DIGITISATION_PAPERS, desk.DIGITISATION_IDENTITY]).toEqual([{ numerator: 3, denominator: 4 }, { numerator: 0, denominator: 0 }]);
  });
});

describe("the digitisation group scored (8 + 8 + 6 points, full at 80 %)", () => {
  const score = (over: Over) => scoreIndex(DEFAULT_INDICATORS, measuresOf(statistics([], figures(over)), procedures)).groups.find((group) => group.group === "DIGITISATION")!;

  it("shows each rate with its points, proportionally below 80 %", () => {
    // Results 6/10 = 60 % → 6 of 8; papers 9/10 = 90 % → 8 of 8; VNeID 2/4 = 50 % → 3.75 of 6.
    const group = score({ received: { new: 10, online: 4 }, resolved: { onTime: 10, total: 10 }, digitisation: { electronicResults: 6, electronicPapers: 9, vneid: 2 } });
    expect(group.indicators.map((indicator) => [indicator.key, indicator.rate, indicator.points])).toEqual([
      ["DIGITISATION_RESULTS", 0.6, 6], ["DIGITISATION_PAPERS", 0.9, 8], ["DIGITISATION_IDENTITY", 0.5, 3.75],
    ]);
    expect(group.points).toBe(17.75);
  });

  it("no dossier resolved: electronic results are not measured (neither 0 nor full), the rest still are", () => {
    const group = score({ received: { new: 5, online: 5 }, digitisation: { electronicPapers: 5, vneid: 5 } });
    expect(group.indicators.map((indicator) => [indicator.key, indicator.points])).toEqual([
      ["DIGITISATION_RESULTS", null], ["DIGITISATION_PAPERS", 8], ["DIGITISATION_IDENTITY", 6],
    ]);
  });
});
