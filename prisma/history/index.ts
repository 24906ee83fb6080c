// `npm run db:history -- --dossiers N [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--seed N] [--demo]`:
// N dossiers over the period (by default the last two years the calendar covers, up to today),
// each walked through the engine in memory (generate.ts, in a worker thread) and copied into
// PostgreSQL in batches with the counters the commands would have moved (batch.ts, here).
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { writeBatch, type BatchPayload } from "./batch.ts";
import { ensureDemoDelegation } from "./delegation.ts";
import { makeDemoResults, settleDemoResults, storeDemoResults } from "./demo-results.ts";
import { APP_ROLE } from "../tools/app-role.ts";
import { historyPool } from "./pool.ts";
import { periodOf, type GenerationSummary, type HistoryOptions } from "./generate.ts";
import { Random } from "./random.ts";
import { preparePeople } from "./world.ts";

export type { HistoryOptions };
export type HistorySummary = GenerationSummary & { seconds: number; databaseBytes: number };

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
  const summary = await generateHistory(url, parseHistoryArgs(args, new Date()), say);
  const size = (summary.databaseBytes / 1024 ** 3).toFixed(2);
  say(`Lịch sử (history): ${summary.dossiers.toLocaleString("vi-VN")} hồ sơ, ${summary.events.toLocaleString("vi-VN")} sự kiện trong ${summary.seconds.toFixed(1)} s; cơ sở dữ liệu ${size} GiB.`);
  say(`  Trạng thái (statuses): ${Object.entries(summary.statuses).map(([status, count]) => `${status} ${count}`).join(", ")}`);
  const refused = Object.entries(summary.refusals);
  if (refused.length > 0) say(`  Thao tác bị quy tắc từ chối, không thực hiện (actions the rules refused, not taken): ${refused.map(([code, count]) => `${code} ${count}`).join(", ")}`);
}

type WorkerMessage = { type: "batch"; payload: BatchPayload } | { type: "done"; summary: GenerationSummary };

/** At least as many as the demo accounts' dossiers (schedule.ts, demoBriefs). */
const DEMO_RESULTS = 12;

/** Generating threads: one per core, the database's own work shares them (2 on a 2-core machine). */
const THREADS = Math.max(1, Math.min(2, availableParallelism()));

export async function generateHistory(url: string, options: HistoryOptions, say: (line: string) => void = () => {}): Promise<HistorySummary> {
  const startedAt = performance.now();
  const pool = historyPool(url);
  const workers: Worker[] = [];
  try {
    // Codes are drawn from counters read at the start: a portal receiving dossiers meanwhile could
    // draw the same numbers for today. The history is written while the portal is stopped.
    const { rows: live } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = $1", [APP_ROLE],
    );
    if ((live[0]?.n ?? 0) > 0) {
      throw new Error(
        "Cổng dịch vụ công đang chạy trên cơ sở dữ liệu này: hãy dừng nó (Ctrl-C) rồi chạy lại. " +
          "The portal is running on this database: stop it (Ctrl-C), then run the history again.",
      );
    }
    const { rows: role } = await pool.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    const skipForeignKeyChecks = role[0]?.rolsuper === true;
    const { rows: first } = await pool.query<{ date: string | null }>("SELECT min(date) AS date FROM calendar_day");
    if (!first[0]?.date) throw new Error("The working calendar is empty: run `npm run db:seed` first.");
    const { from, to } = periodOf(options, first[0].date);
    say(`Tạo lịch sử (generating history): ${options.dossiers.toLocaleString("vi-VN")} hồ sơ từ ${from} đến ${to}…`);
    await preparePeople(pool, {
      random: new Random(options.seed + 1),
      residents: Math.min(250_000, Math.max(20, Math.ceil(options.dossiers / 4))),
      businesses: Math.min(20_000, Math.max(5, Math.ceil(options.dossiers / 60))),
    });
    // The demo's delegation (a department's procedure to every ward, a year ago), before any thread
    // reads the world: the dossiers after its first day are filed with the wards.
    if (options.demo) await ensureDemoDelegation(pool, options.now);
    // The demo accounts' results are real, verifiable files (one per demo dossier, used by those resolved).
    const demoResults = options.demo ? await makeDemoResults(DEMO_RESULTS) : [];
    await storeDemoResults(pool, demoResults);
    const workerOptions: HistoryOptions = { ...options, demoResults: demoResults.map((result) => result.document) };
    // Batches from every thread are written one at a time, each in its own transaction.
    let writing = Promise.resolve();
    const summaries = await Promise.all(
      Array.from({ length: THREADS }, (_, index) => {
        const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: { url, options: workerOptions, partition: { index, count: THREADS } } });
        workers.push(worker);
        return new Promise<GenerationSummary>((resolve, reject) => {
          worker.on("message", (message: WorkerMessage) => {
            if (message.type === "batch") {
              writing = writing.then(() => writeBatch(pool, message.payload, { skipForeignKeyChecks })).then(() => worker.postMessage("written"));
              writing.catch(reject);
            } else writing.then(() => resolve(message.summary), reject);
          });
          worker.on("error", reject);
          worker.on("exit", (code) => code !== 0 && reject(new Error(`A history thread stopped (exit code ${code})`)));
        });
      }),
    );
    await writing;
    await settleDemoResults(pool, demoResults);
    await pool.query("ANALYZE");
    const { rows } = await pool.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    return { ...mergeSummaries(summaries), seconds: (performance.now() - startedAt) / 1000, databaseBytes: Number(rows[0]!.bytes) };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    await pool.end();
  }
}

function mergeSummaries(summaries: GenerationSummary[]): GenerationSummary {
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
  };
  const merged: GenerationSummary = { dossiers: 0, events: 0, from: summaries[0]!.from, to: summaries[0]!.to, statuses: {}, refusals: {} };
  for (const summary of summaries) {
    merged.dossiers += summary.dossiers;
    merged.events += summary.events;
    add(merged.statuses, summary.statuses);
    add(merged.refusals, summary.refusals);
  }
  return merged;
}
