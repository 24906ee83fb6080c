// The formulas of the public figures (lib/statistics/figures.ts) on small hand-computed sets, and
// the carried-over design of the rollups (lib/dossiers/rollups.ts, backlogMoveFor) against a
// direct count, for every history (fast-check).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, fromLocal, type DateKey } from "@/lib/calendar/local-time";
import { backlogMoveFor, monthOf } from "@/lib/dossiers/rollups";
import { computeFigures, outflowsOf, rate, sumInputs, zeroCounters, type Counters, type FigureInputs } from "@/lib/statistics/figures";

const flows = (partial: Partial<Counters>): Counters => ({ ...zeroCounters(), ...partial });

describe("the figures of a period, by hand", () => {
  // An agency's March: 4 in hand on 1 March, 10 received (6 online, 3 in person, 1 by post),
  // 8 resolved (2 early, 5 on time, 1 late), 1 withdrawn, 1 stopped, 1 refused at the desk.
  const march: FigureInputs = {
    carriedOver: 4,
    flows: flows({
      received: 10, refused: 1, resolvedEarly: 2, resolvedOnTime: 5, resolvedLate: 1, withdrawn: 1, stopped: 1, returned: 7, supplementRequests: 2, apologies: 1, bounces: 3, paidOnline: 2, ratings: 5, ratingsSatisfied: 4,
      // 6 of the 8 results signed digitally; 9 of the 10 received with every paper as a file; 5 of the 6 online sent with VNeID.
      resolvedElectronic: 6, receivedElectronicPapers: 9, receivedVneid: 5,
    }),
    receivedByChannel: { ONLINE: 6, IN_PERSON: 3, POST: 1 },
    live: null,
  };

  it("counts received, resolved and what is carried into the next period", () => {
    const figures = computeFigures(march);
    expect(figures.received).toEqual({ carriedOver: 4, new: 10, total: 14, online: 6, inPerson: 3, post: 1 });
    expect(figures.resolved).toEqual({ early: 2, onTime: 5, late: 1, total: 8 });
    // 14 in hand − 8 resolved − 1 withdrawn − 1 stopped; the refusal was never received.
    expect(figures.carriedForward).toBe(4);
    expect([figures.refused, figures.withdrawn, figures.stopped, figures.returned]).toEqual([1, 1, 1, 7]);
    expect(figures.inProgress).toBeNull();
    expect(figures.paused).toBeNull();
  });

  it("computes the rates to four decimals", () => {
    expect(computeFigures(march).rates).toEqual({
      onTime: 0.875, // (2 + 5) / 8
      online: 0.6, // 6 / 10
      supplementRequest: 0.2, // 2 / 10
      apology: 0.125, // 1 / 8
      satisfaction: 0.8, // 4 / 5
      electronicResults: 0.75, // 6 / 8
      electronicPapers: 0.9, // 9 / 10
      vneid: 0.8333, // 5 / 6
    });
    expect(computeFigures(march).digitisation).toEqual({ electronicResults: 6, electronicPapers: 9, vneid: 5 });
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(1, 0)).toBeNull();
  });

  it("a period with nothing resolved or received has no rates, not zero", () => {
    const figures = computeFigures({ carriedOver: 3, flows: flows({}), receivedByChannel: { ONLINE: 0, IN_PERSON: 0, POST: 0 }, live: null });
    expect(figures.rates).toEqual({
      onTime: null, online: null, supplementRequest: null, apology: null, satisfaction: null, electronicResults: null, electronicPapers: null, vneid: null,
    });
    expect(figures.carriedForward).toBe(3);
  });

  it("an open period says what is in progress and paused now, and which of those are overdue", () => {
    // Of the 4 still in hand: 2 with a running clock (one overdue since this morning), 1 waiting
    // for papers, 1 for a fee.
    const figures = computeFigures({ ...march, live: { running: 2, overdue: 1, supplement: 1, payment: 1 } });
    expect(figures.inProgress).toEqual({ total: 2, withinDeadline: 1, overdue: 1 });
    expect(figures.paused).toEqual({ total: 2, supplement: 1, payment: 1 });
    expect(figures.inProgress!.total + figures.paused!.total).toBe(figures.carriedForward);
  });

  it("the whole is the sum of its groups", () => {
    const other: FigureInputs = { carriedOver: 1, flows: flows({ received: 2, resolvedLate: 2 }), receivedByChannel: { ONLINE: 0, IN_PERSON: 2, POST: 0 }, live: null };
    const total = computeFigures(sumInputs([march, other], false));
    expect(total.received).toEqual({ carriedOver: 5, new: 12, total: 17, online: 6, inPerson: 5, post: 1 });
    expect(total.rates.onTime).toBe(0.7); // 7 / 10, not the mean of 0.875 and 0
  });
});

// ── The carried-over design, against a direct count ─────────────────────────────────────────

type Dossier = { received: DateKey; left: DateKey | null; how: "resolvedOnTime" | "withdrawn" | "stopped" };

/** The rollups a history writes, as writeRollups() writes them (daily, monthly, open). */
function rollupsOf(dossiers: Dossier[]) {
  const daily = new Map<DateKey, Counters>();
  const monthly = new Map<DateKey, Counters & { carriedIn: number }>();
  const open = new Map<DateKey, number>();
  const day = (key: DateKey) => daily.get(key) ?? (daily.set(key, zeroCounters()), daily.get(key)!);
  const month = (key: DateKey) => monthly.get(key) ?? (monthly.set(key, { ...zeroCounters(), carriedIn: 0 }), monthly.get(key)!);
  for (const dossier of dossiers) {
    const receivedAt = fromLocal(dossier.received, 9 * 60);
    const opened = backlogMoveFor("SUBMITTED", "RECEIVED", null, receivedAt)!;
    open.set(opened.receivedMonth, (open.get(opened.receivedMonth) ?? 0) + 1);
    day(dossier.received).received += 1;
    month(monthOf(dossier.received)).received += 1;
    if (!dossier.left) continue;
    const to = dossier.how === "resolvedOnTime" ? "RESOLVED" : dossier.how === "withdrawn" ? "WITHDRAWN" : "STOPPED";
    const closed = backlogMoveFor("IN_PROCESSING", to, receivedAt, fromLocal(dossier.left, 10 * 60))!;
    if (closed.kind !== "CLOSE") throw new Error("expected a close");
    open.set(closed.receivedMonth, open.get(closed.receivedMonth)! - 1);
    for (const carried of closed.carriedMonths) month(carried).carriedIn += 1;
    day(dossier.left)[dossier.how] += 1;
    month(monthOf(dossier.left))[dossier.how] += 1;
  }
  return { daily, monthly, open };
}

/** What readCarriedOver() computes in SQL, on the rows in memory. */
function carriedOverAt(rollups: ReturnType<typeof rollupsOf>, first: DateKey): number {
  const month = monthOf(first);
  let total = rollups.monthly.get(month)?.carriedIn ?? 0;
  for (const [received, count] of rollups.open) if (received < month) total += count;
  for (let day = month; day < first; day = addDays(day, 1)) {
    const counters = rollups.daily.get(day);
    if (counters) total += counters.received - outflowsOf(counters);
  }
  return total;
}

const dayOf = (offset: number) => addDays("2025-01-01", offset);
const dossierArbitrary = fc
  .record({ received: fc.nat(500), after: fc.option(fc.nat(200), { nil: null }), how: fc.constantFrom("resolvedOnTime" as const, "withdrawn" as const, "stopped" as const) })
  .map(({ received, after, how }): Dossier => ({ received: dayOf(received), left: after === null ? null : dayOf(received + after), how }));

describe("carried over, from the rollups, for every history", () => {
  it("equals the dossiers received before the day and not yet gone", () => {
    fc.assert(
      fc.property(fc.array(dossierArbitrary, { maxLength: 60 }), fc.nat(720), (dossiers, offset) => {
        const first = dayOf(offset);
        const direct = dossiers.filter((d) => d.received < first && (d.left === null || d.left >= first)).length;
        expect(carriedOverAt(rollupsOf(dossiers), first)).toBe(direct);
      }),
      { numRuns: 300 },
    );
  });

  it("carried over + new − resolved − withdrawn − stopped = carried into the next period", () => {
    fc.assert(
      fc.property(fc.array(dossierArbitrary, { maxLength: 60 }), fc.nat(700), fc.nat(120), (dossiers, offset, length) => {
        const rollups = rollupsOf(dossiers);
        const [from, to] = [dayOf(offset), dayOf(offset + length)];
        const sums = zeroCounters();
        const byChannel = { ONLINE: 0, IN_PERSON: 0, POST: 0 };
        for (const [day, counters] of rollups.daily) {
          if (day < from || day > to) continue;
          for (const key of Object.keys(sums) as (keyof Counters)[]) sums[key] += counters[key];
          byChannel.IN_PERSON += counters.received;
        }
        const figures = computeFigures({ carriedOver: carriedOverAt(rollups, from), flows: sums, receivedByChannel: byChannel, live: null });
        expect(figures.carriedForward).toBe(carriedOverAt(rollups, addDays(to, 1)));
        expect(figures.received.total).toBe(figures.resolved.total + figures.withdrawn + figures.stopped + figures.carriedForward);
      }),
      { numRuns: 300 },
    );
  });

  it("a dossier carried over from the previous period: received 28 Feb, resolved 3 Mar", () => {
    const rollups = rollupsOf([{ received: "2026-02-28", left: "2026-03-03", how: "resolvedOnTime" }]);
    expect(carriedOverAt(rollups, "2026-03-01")).toBe(1);
    expect(carriedOverAt(rollups, "2026-03-03")).toBe(1);
    expect(carriedOverAt(rollups, "2026-03-04")).toBe(0);
    expect(rollups.monthly.get("2026-03-01")!.carriedIn).toBe(1);
  });
});
