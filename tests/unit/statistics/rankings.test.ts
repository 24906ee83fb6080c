// Rankings of agencies (lib/statistics/rankings.ts).
import { describe, expect, it } from "vitest";
import { computeFigures, zeroCounters } from "@/lib/statistics/figures";
import { rankAgencies, RANKING_MIN_RESOLVED } from "@/lib/statistics/rankings";

function agency(code: string, onTime: number, late: number, overdue = 0) {
  const flows = { ...zeroCounters(), received: onTime + late, resolvedOnTime: onTime, resolvedLate: late };
  const live = { running: overdue, overdue, supplement: 0, payment: 0 };
  return { code, figures: computeFigures({ carriedOver: 0, flows, receivedByChannel: { ONLINE: 0, IN_PERSON: onTime + late, POST: 0 }, live }) };
}

describe("ranking agencies", () => {
  it("by on-time rate, then by dossiers resolved, then by fewer overdue; equal keys share a rank", () => {
    const ranked = rankAgencies([
      agency("C", 90, 10), // 90 %
      agency("A", 50, 0), // 100 %, 50 resolved
      agency("B", 100, 0), // 100 %, 100 resolved
      agency("D", 45, 5, 3), // 90 %, 50 resolved, 3 overdue
      agency("E", 45, 5, 3), // the same as D
      agency("F", 9, 0), // too few to rank
    ]);
    expect(ranked.map(({ code, rank }) => [code, rank])).toEqual([
      ["B", 1], ["A", 2], ["C", 3], ["D", 4], ["E", 4], ["F", null],
    ]);
  });

  it(`lists agencies with fewer than ${RANKING_MIN_RESOLVED} resolved last, unranked, however good their rate`, () => {
    const ranked = rankAgencies([agency("small", RANKING_MIN_RESOLVED - 1, 0), agency("big", 5, 20)]);
    expect(ranked.map(({ code, rank }) => [code, rank])).toEqual([["big", 1], ["small", null]]);
  });
});
