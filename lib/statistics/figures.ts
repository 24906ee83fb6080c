// The public figures of a scope and period, from sums read off the rollups (docs/domain/statistics.md
// defines each one and its source). Pure: the database layer sums, this file computes.
import { ROLLUP_COUNTERS, type RollupCounter } from "@/lib/dossiers/rollups";

export type Channel = "IN_PERSON" | "ONLINE" | "POST";
export type Counters = Record<RollupCounter, number>;

/** What the rollups give for one group (or the whole scope) over a period. */
export type FigureInputs = {
  /** Dossiers received before the period's first day and still in hand at its start. */
  carriedOver: number;
  /** The period's flows (stat_daily / stat_monthly). */
  flows: Counters;
  /** New dossiers received in the period, by channel. */
  receivedByChannel: Record<Channel, number>;
  /**
   * The open statuses now (stat_status) and the running dossiers past the date they are judged by
   * (an index range on dossier), for a period that includes today; null for a closed period.
   */
  live: LiveCounts | null;
};

export type LiveCounts = {
  /** Status 2 and 4 (received, in processing): the clock runs. */
  running: number;
  /** Of those, past the date the agency is judged by. */
  overdue: number;
  /** Status 5: waiting for papers asked after receipt. */
  supplement: number;
  /** Status 6: waiting for a fee or financial obligation. */
  payment: number;
};

export type Rate = number | null;

export type Figures = {
  received: { carriedOver: number; new: number; total: number; online: number; inPerson: number; post: number };
  resolved: { early: number; onTime: number; late: number; total: number };
  /** Received and still in hand at the end of the period (or now, for an open period). */
  carriedForward: number;
  /** Of those, with a running clock (national group {2, 4}); known only for an open period. */
  inProgress: { total: number; withinDeadline: number; overdue: number } | null;
  /** Of those, waiting for the applicant (national group {5, 6}); known only for an open period. */
  paused: { total: number; supplement: number; payment: number } | null;
  stopped: number;
  withdrawn: number;
  refused: number;
  returned: number;
  supplementRequests: number;
  apologies: number;
  bounces: number;
  paidOnline: number;
  ratings: { total: number; satisfied: number };
  /** The digitisation group of Decision 766/QĐ-TTg (docs/domain/national-index.md). */
  digitisation: {
    /** Of the resolved: results issued as a digitally signed file. */
    electronicResults: number;
    /** Of the new: received with every required paper held as a file. */
    electronicPapers: number;
    /** Of the new online: sent by a resident signed in with VNeID. */
    vneid: number;
  };
  rates: {
    onTime: Rate; online: Rate; supplementRequest: Rate; apology: Rate; satisfaction: Rate;
    electronicResults: Rate; electronicPapers: Rate; vneid: Rate;
  };
};

export function zeroCounters(): Counters {
  return Object.fromEntries(ROLLUP_COUNTERS.map((counter) => [counter, 0])) as Counters;
}

export function addCounters(into: Counters, from: Partial<Counters>): Counters {
  for (const counter of ROLLUP_COUNTERS) into[counter] += from[counter] ?? 0;
  return into;
}

/** A share in [0, 1], to four decimals (0.01 %), or null when nothing was counted. */
export function rate(part: number, whole: number): Rate {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** Dossiers that left the agency's hands in the period: resolved, withdrawn, stopped. */
export function outflowsOf(flows: Counters): number {
  return flows.resolvedEarly + flows.resolvedOnTime + flows.resolvedLate + flows.withdrawn + flows.stopped;
}

/** The figures of one group; every formula is documented in docs/domain/statistics.md. */
export function computeFigures({ carriedOver, flows, receivedByChannel, live }: FigureInputs): Figures {
  const resolvedTotal = flows.resolvedEarly + flows.resolvedOnTime + flows.resolvedLate;
  // carried over + new − (resolved + withdrawn + stopped) = still in hand at the end.
  const carriedForward = carriedOver + flows.received - outflowsOf(flows);
  return {
    received: {
      carriedOver,
      new: flows.received,
      total: carriedOver + flows.received,
      online: receivedByChannel.ONLINE,
      inPerson: receivedByChannel.IN_PERSON,
      post: receivedByChannel.POST,
    },
    resolved: { early: flows.resolvedEarly, onTime: flows.resolvedOnTime, late: flows.resolvedLate, total: resolvedTotal },
    carriedForward,
    inProgress: live ? { total: live.running, withinDeadline: live.running - live.overdue, overdue: live.overdue } : null,
    paused: live ? { total: live.supplement + live.payment, supplement: live.supplement, payment: live.payment } : null,
    stopped: flows.stopped,
    withdrawn: flows.withdrawn,
    refused: flows.refused,
    returned: flows.returned,
    supplementRequests: flows.supplementRequests,
    apologies: flows.apologies,
    bounces: flows.bounces,
    paidOnline: flows.paidOnline,
    ratings: { total: flows.ratings, satisfied: flows.ratingsSatisfied },
    digitisation: { electronicResults: flows.resolvedElectronic, electronicPapers: flows.receivedElectronicPapers, vneid: flows.receivedVneid },
    rates: {
      onTime: rate(flows.resolvedEarly + flows.resolvedOnTime, resolvedTotal),
      online: rate(receivedByChannel.ONLINE, flows.received),
      supplementRequest: rate(flows.supplementRequests, flows.received),
      apology: rate(flows.apologies, resolvedTotal),
      satisfaction: rate(flows.ratingsSatisfied, flows.ratings),
      electronicResults: rate(flows.resolvedElectronic, resolvedTotal),
      electronicPapers: rate(flows.receivedElectronicPapers, flows.received),
      vneid: rate(flows.receivedVneid, receivedByChannel.ONLINE),
    },
  };
}

/** Sums of several groups' inputs (the whole scope from its parts). */
export function sumInputs(parts: readonly FigureInputs[], isOpen: boolean): FigureInputs {
  const total: FigureInputs = {
    carriedOver: 0,
    flows: zeroCounters(),
    receivedByChannel: { IN_PERSON: 0, ONLINE: 0, POST: 0 },
    live: isOpen ? { running: 0, overdue: 0, supplement: 0, payment: 0 } : null,
  };
  for (const part of parts) {
    total.carriedOver += part.carriedOver;
    addCounters(total.flows, part.flows);
    for (const channel of ["IN_PERSON", "ONLINE", "POST"] as const) total.receivedByChannel[channel] += part.receivedByChannel[channel];
    if (total.live && part.live) {
      total.live.running += part.live.running;
      total.live.overdue += part.live.overdue;
      total.live.supplement += part.live.supplement;
      total.live.payment += part.live.payment;
    }
  }
  return total;
}
