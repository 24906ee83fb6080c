// `npm run db:history -- --dossiers N [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--seed N] [--demo]`:
// N dossiers over the period (by default the last two years the calendar covers, up to today),
// each walked through the engine in memory and written with COPY in batches, with the counters
// the commands would have moved. Generation of the next batch overlaps the copy of the last.
import { parseArgs } from "node:util";
import { setImmediate as yieldToIo } from "node:timers/promises";
import pg from "pg";
import { newIdAt } from "../../lib/ids.ts";
import { addDays, dayNumber, localDateOf, type DateKey } from "../../lib/calendar/index.ts";
import { formatDossierCode } from "../../lib/dossiers/codes.ts";
import type { Directory } from "../../lib/dossiers/effects.ts";
import { Batch } from "./batch.ts";
import { Random } from "./random.ts";
import { Schedule } from "./schedule.ts";
import { simulateDossier, type DossierBrief } from "./simulate.ts";
import { loadWorld } from "./world.ts";

const BATCH_SIZE = 5000;

export type HistoryOptions = { dossiers: number; from?: DateKey; to?: DateKey; seed: number; demo: boolean; now: Date };

export type HistorySummary = {
  dossiers: number;
  events: number;
  seconds: number;
  statuses: Record<string, number>;
  refusals: Record<string, number>;
  databaseBytes: number;
};

export function parseHistoryArgs(args: string[], now: Date): HistoryOptions {
  const { values } = parseArgs({
    args,
    options: { dossiers: { type: "string" }, from: { type: "string" }, to: { type: "string" }, seed: { type: "string" }, demo: { type: "boolean" } },
  });
  const dossiers = Number(values.dossiers);
  if (!Number.isInteger(dossiers) || dossiers < 1 || dossiers > 50_000_000) {
    throw new Error("Usage: npm run db:history -- --dossiers N [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--seed N] [--demo]");
  }
  for (const date of [values.from, values.to]) {
    if (date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(date)) throw new Error("--from and --to take dates as yyyy-mm-dd");
  }
  return { dossiers, from: values.from, to: values.to, seed: values.seed ? Number(values.seed) : 2026, demo: values.demo ?? false, now };
}

export async function runHistoryTask(url: string, args: string[], say: (line: string) => void): Promise<void> {
  const options = parseHistoryArgs(args, new Date());
  const summary = await generateHistory(url, options, say);
  const size = (summary.databaseBytes / 1024 ** 3).toFixed(2);
  say(`Lịch sử (history): ${summary.dossiers.toLocaleString("vi-VN")} hồ sơ, ${summary.events.toLocaleString("vi-VN")} sự kiện trong ${summary.seconds.toFixed(1)} s; cơ sở dữ liệu ${size} GiB.`);
  say(`  Trạng thái (statuses): ${Object.entries(summary.statuses).map(([status, count]) => `${status} ${count}`).join(", ")}`);
  const refused = Object.entries(summary.refusals);
  if (refused.length > 0) say(`  Thao tác bị quy tắc từ chối, không thực hiện (actions the rules refused, not taken): ${refused.map(([code, count]) => `${code} ${count}`).join(", ")}`);
}

export async function generateHistory(url: string, options: HistoryOptions, say: (line: string) => void = () => {}): Promise<HistorySummary> {
  const startedAt = performance.now();
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  try {
    const random = new Random(options.seed);
    const world = await loadWorld(pool, {
      random,
      residents: Math.min(250_000, Math.max(20, Math.ceil(options.dossiers / 4))),
      businesses: Math.min(20_000, Math.max(5, Math.ceil(options.dossiers / 60))),
    });
    const today = localDateOf(options.now);
    const to = options.to && options.to < today ? options.to : today;
    const twoYearsAgo = addDays(to, -730);
    const from = options.from ?? (twoYearsAgo > world.calendarRange.first ? twoYearsAgo : world.calendarRange.first);
    if (dayNumber(from) > dayNumber(to)) throw new Error(`--from ${from} is after ${to}`);
    // What has happened by now: the end of the last day, or this moment when the period ends today.
    const end = to === today ? options.now : new Date(`${to}T23:59:59+07:00`);
    say(`Tạo lịch sử (generating history): ${options.dossiers.toLocaleString("vi-VN")} hồ sơ từ ${from} đến ${to}…`);

    const { rows: role } = await pool.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    const isSuperuser = role[0]?.rolsuper === true;
    const counters = new Map<string, number>();
    const { rows } = await pool.query<{ agency_id: string; day: Date; last_value: number }>(
      "SELECT agency_id, day, last_value FROM dossier_code_counter WHERE day >= $1::date", [from],
    );
    for (const row of rows) counters.set(`${row.agency_id}|${row.day.toISOString().slice(0, 10)}`, row.last_value);
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
    let batch = new Batch();
    const nextCode = (agencyId: string, at: Date) => {
      const day = localDateOf(at);
      const key = `${agencyId}|${day}`;
      const value = (counters.get(key) ?? 0) + 1;
      counters.set(key, value);
      batch.codes.set(key, value);
      return formatDossierCode(world.agencies.get(agencyId)!.code, day, value);
    };

    const schedule = new Schedule(world, random);
    const demo = options.demo ? schedule.demoBriefs(end).sort((a, b) => a.anchor.getTime() - b.anchor.getTime()) : [];
    const anchors = schedule.anchors(Math.max(0, options.dossiers - demo.length), from, to);
    const context = { world, random, end, directory, nextCode };
    const summary: HistorySummary = { dossiers: 0, events: 0, seconds: 0, statuses: {}, refusals: {}, databaseBytes: 0 };
    let writing: Promise<void> = Promise.resolve();
    let demoIndex = 0;
    const flush = async () => {
      await writing;
      const full = batch;
      batch = new Batch();
      writing = full.write(pool, { skipForeignKeyChecks: isSuperuser });
    };
    const take = async (brief: DossierBrief | null) => {
      if (!brief) return;
      const simulated = simulateDossier(context, brief);
      // Not even started yet (a walk-in after closing today).
      if (simulated.draft.createdAt.getTime() > end.getTime()) return;
      batch.add(simulated);
      summary.dossiers += 1;
      summary.events += simulated.events.length;
      const status = simulated.state.dossier.status;
      summary.statuses[status] = (summary.statuses[status] ?? 0) + 1;
      for (const refusal of simulated.refusals) summary.refusals[refusal] = (summary.refusals[refusal] ?? 0) + 1;
      if (batch.count >= BATCH_SIZE) await flush();
      // Let the copy of the previous batch reach the database while this one is generated.
      else if (batch.count % 250 === 0) await yieldToIo();
    };
    for (const anchor of anchors) {
      while (demoIndex < demo.length && demo[demoIndex]!.anchor.getTime() <= anchor) await take(demo[demoIndex++]!);
      await take(schedule.brief(new Date(anchor)));
    }
    while (demoIndex < demo.length) await take(demo[demoIndex++]!);
    await flush();
    await writing;
    await pool.query("ANALYZE");
    const { rows: size } = await pool.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    summary.databaseBytes = Number(size[0]!.bytes);
    summary.seconds = (performance.now() - startedAt) / 1000;
    return summary;
  } finally {
    await pool.end();
  }
}
