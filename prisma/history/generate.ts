// The generating side of the history: the world, the schedule of receipts, each dossier walked
// through the engine, gathered in batches of rows. Runs in a worker thread (worker.ts) so that
// the main thread is free to stream the previous batch to PostgreSQL meanwhile.
import { addDays, dayNumber, localDateOf, type DateKey } from "../../lib/calendar/index.ts";
import { formatDossierCode } from "../../lib/dossiers/codes.ts";
import type { Directory } from "../../lib/dossiers/effects.ts";
import type { ResultDocument } from "../../lib/dossiers/requests.ts";
import { newIdAt } from "../../lib/ids.ts";
import { Batch, type BatchPayload } from "./batch.ts";
import { historyPool } from "./pool.ts";
import { Random } from "./random.ts";
import { Schedule } from "./schedule.ts";
import { simulateDossier, type DossierBrief } from "./simulate.ts";
import { loadWorld } from "./world.ts";

const BATCH_SIZE = 5000;

export type HistoryOptions = {
  dossiers: number; from?: DateKey; to?: DateKey; seed: number; demo: boolean; now: Date;
  /** The demo dossiers' issued results, stored by the main thread (demo-results.ts), in the order of the demo briefs. */
  demoResults?: ResultDocument[];
};

/**
 * Which dossiers a generating thread walks: those whose code comes from an agency of its share.
 * Every thread draws the same schedule (same seed) and walks only its own dossiers, so each
 * agency's daily code counter has one writer and the threads never overlap.
 */
export type Partition = { index: number; count: number };

function shareOf(agencyId: string, count: number): number {
  let hash = 0;
  for (let index = 0; index < agencyId.length; index++) hash = (hash * 31 + agencyId.charCodeAt(index)) | 0;
  return Math.abs(hash) % count;
}

/** The period and the moment the history ends at ("now" when it ends today). */
export function periodOf(options: HistoryOptions, calendarFirst: DateKey): { from: DateKey; to: DateKey; end: Date } {
  const today = localDateOf(options.now);
  const to = options.to && options.to < today ? options.to : today;
  const twoYearsAgo = addDays(to, -730);
  const from = options.from ?? (twoYearsAgo > calendarFirst ? twoYearsAgo : calendarFirst);
  if (dayNumber(from) > dayNumber(to)) throw new Error(`--from ${from} is after ${to}`);
  return { from, to, end: to === today ? options.now : new Date(`${to}T23:59:59+07:00`) };
}

export type GenerationSummary = {
  dossiers: number;
  events: number;
  from: DateKey;
  to: DateKey;
  statuses: Record<string, number>;
  refusals: Record<string, number>;
};

/** Batches of the history, in the order of receipt; the summary once all are out. */
export async function* generateBatches(url: string, options: HistoryOptions, partition: Partition): AsyncGenerator<BatchPayload, GenerationSummary> {
  const pool = historyPool(url);
  try {
    const world = await loadWorld(pool);
    const { from, to, end } = periodOf(options, world.calendarRange.first);
    // The schedule's draws are the same in every thread; each thread walks with its own.
    const scheduleRandom = new Random(options.seed);
    const random = new Random(options.seed * 7919 + partition.index + 1);
    const isMine = (brief: DossierBrief) => shareOf(brief.receiving?.id ?? brief.agency.id, partition.count) === partition.index;

    const counters = new Map<string, number>();
    const { rows } = await pool.query<{ agency_id: string; day: string; last_value: number }>(
      "SELECT agency_id, day, last_value FROM dossier_code_counter WHERE day >= $1::date", [from],
    );
    for (const row of rows) counters.set(`${row.agency_id}|${row.day}`, row.last_value);
    const officers = new Map<string, { agencyId: string; unitIds: Set<string | null> }>();
    for (const agency of world.agencies.values()) {
      for (const [key, ids] of agency.officers) {
        const unitId = agency.units.get(key.split(":")[0]!) ?? null;
        for (const id of ids) officers.set(id, { agencyId: agency.id, unitIds: new Set([...(officers.get(id)?.unitIds ?? []), unitId]) });
      }
    }
    const directory: Omit<Directory, "assignedCode"> = {
      newId: (at) => newIdAt(at),
      unitId: (agencyId, code) => world.agencies.get(agencyId)?.units.get(code) ?? null,
      agencyName: (agencyId) => world.agencies.get(agencyId)?.name ?? null,
      isEligibleHandler: (userId, agencyId, unitId) => {
        const officer = officers.get(userId);
        return officer !== undefined && officer.agencyId === agencyId && (unitId === null || officer.unitIds.has(unitId));
      },
    };
    const batch = new Batch();
    const nextCode = (agencyId: string, at: Date) => {
      const day = localDateOf(at);
      const key = `${agencyId}|${day}`;
      const value = (counters.get(key) ?? 0) + 1;
      counters.set(key, value);
      batch.codes.set(key, value);
      return formatDossierCode(world.agencies.get(agencyId)!.code, day, value);
    };

    const schedule = new Schedule(world, scheduleRandom);
    const demo = options.demo ? schedule.demoBriefs(end).sort((a, b) => a.anchor.getTime() - b.anchor.getTime()) : [];
    // The same order in every thread (the same schedule), so each demo dossier has its own file.
    demo.forEach((brief, index) => (brief.issuedResult = options.demoResults?.[index]));
    const anchors = schedule.anchors(Math.max(0, options.dossiers - demo.length), from, to);
    const context = { world, random, end, directory, nextCode };
    const summary: GenerationSummary = {
      dossiers: 0, events: 0, from, to, statuses: {}, refusals: {},
    };
    const take = (brief: DossierBrief | null): boolean => {
      if (!brief || !isMine(brief)) return false;
      const simulated = simulateDossier(context, brief);
      // Not even started yet (a walk-in after closing today).
      if (simulated.draft.createdAt.getTime() > end.getTime()) return false;
      batch.add(simulated);
      summary.dossiers += 1;
      summary.events += simulated.events.length;
      const status = simulated.state.dossier.status;
      summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
      for (const refusal of simulated.refusals) summary.refusals[refusal] = (summary.refusals[refusal] ?? 0) + 1;
      return batch.count >= BATCH_SIZE;
    };
    let demoIndex = 0;
    for (const anchor of anchors) {
      while (demoIndex < demo.length && demo[demoIndex]!.anchor.getTime() <= anchor) {
        if (take(demo[demoIndex++]!)) yield batch.take();
      }
      if (take(schedule.brief(new Date(anchor)))) yield batch.take();
    }
    while (demoIndex < demo.length) {
      if (take(demo[demoIndex++]!)) yield batch.take();
    }
    if (batch.count > 0) yield batch.take();
    return summary;
  } finally {
    await pool.end();
  }
}
