// `npm run bench`: the production build on a seeded database plus ~2,000 synthetic procedures,
// loaded by autocannon for ~10 s per route. Prints figures only; nothing here passes or fails.
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { buildApp, hasBuild, startApp, type RunningApp } from "../support/app-server.ts";
import { ARTIFACTS_DIR, ROOT } from "../support/paths.ts";
import { freePort } from "../support/ports.ts";
import { createMigratedDatabase, migrateDatabase, startFreshPostgres } from "../support/test-postgres.ts";
import { benchSubmissions } from "./submissions.ts";
import { addSyntheticCatalogue } from "./synthetic-catalogue.ts";
import { officerRoutes } from "./officer-routes.ts";
import { directAggregate, publicRoutes } from "./public-routes.ts";

// /api/health/live touches nothing: the framework's ceiling on this machine, measured in the same run.
const BARE_ROUTE = "/api/health/live";
const ROUTES = [BARE_ROUTE, "/thu-tuc", "/thu-tuc?q=dang%20ky%20khai%20sinh", "/thu-tuc?q=khai%20sinh&page=2", "/thu-tuc/1.001193", "/api/health"];
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const say = (line: string) => console.log(`[bench] ${line}`);

type Row = { route: string; firstStatus: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(baseUrl: string, route: string, headers: Record<string, string> = {}, label = route): Promise<Row> {
  // Warm-up outside the measurement: the first request of a route loads its code.
  let firstStatus = 0;
  for (let i = 0; i < 5; i++) firstStatus = (await fetch(baseUrl + route, { headers, redirect: "manual" })).status;
  // autocannon's histogram has no p95, so latencies are also collected here.
  const latencies: number[] = [];
  const instance = autocannon({ url: baseUrl + route, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    route: label,
    firstStatus,
    rps: result.requests.mean,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function printTable(rows: Row[]): void {
  // Each route's throughput against the bare route's, measured in the same run (the framework's ceiling here).
  const bare = rows.find((r) => r.route === BARE_ROUTE)?.rps ?? NaN;
  const header = ["route", "status", "req/s", "vs bare", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors"];
  const lines = rows.map((r) => [r.route, String(r.firstStatus), r.rps.toFixed(1), `${((r.rps / bare) * 100).toFixed(0)} %`, r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), String(r.non2xx), String(r.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(format(line));
  console.log(`\n${CONNECTIONS} connections, ${DURATION_SECONDS} s per route; "status" is the answer to a single warm-up request.`);
}

async function main(): Promise<void> {
  // BENCH_KEEP=1 reuses the database of the last run when it holds the same history (generating
  // a million dossiers takes a while); migrations it lacks are applied on top.
  const dossiers = Number(process.env.BENCH_DOSSIERS ?? 100_000);
  const marker = path.join(ROOT, ".data", "pg-bench.history");
  const reuse = process.env.BENCH_KEEP === "1" && fs.existsSync(marker) && fs.readFileSync(marker, "utf8").trim() === String(dossiers);
  const postgres = await startFreshPostgres(path.join(ROOT, ".data", "pg-bench"), Number(process.env.BENCH_PG_PORT ?? 54349), { keep: reuse });
  let app: RunningApp | undefined;
  const stop = async () => {
    await app?.stop();
    await postgres.stop();
  };
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));
  process.once("SIGTERM", () => void stop().finally(() => process.exit(130)));
  try {
    say(`PostgreSQL (embedded) on port ${postgres.port}, data in ${path.relative(ROOT, postgres.dataDir)}`);
    let url: string;
    if (reuse) {
      url = await migrateDatabase(postgres, "motcua_bench");
      say(`BENCH_KEEP=1: reusing the database with its history of ${dossiers} dossiers`);
    } else {
      fs.rmSync(marker, { force: true });
      url = await createMigratedDatabase(postgres, "motcua_bench");
      const { seedDatabase } = await import("../../prisma/seed/index.ts");
      await seedDatabase(url, { log: (line: string) => say(`seed: ${line}`) });
      say(`added ${await addSyntheticCatalogue(url, 2000)} synthetic procedures`);
      // A history of dossiers, so that filing and listing run against tables of a realistic size.
      const { generateHistory } = await import("../../prisma/history/index.ts");
      const history = await generateHistory(url, { dossiers, seed: 1, demo: true, now: new Date() });
      say(`history: ${dossiers} dossiers in ${history.seconds.toFixed(0)} s`);
      if (postgres.dataDir === path.join(ROOT, ".data", "pg-bench")) fs.writeFileSync(marker, String(dossiers));
    }
    if (process.env.BENCH_SKIP_BUILD === "1") {
      if (!hasBuild()) throw new Error("BENCH_SKIP_BUILD=1 but there is no build in .next");
    } else if ((await buildApp(url)) !== 0) {
      throw new Error("next build failed");
    }
    app = await startApp({ databaseUrl: url, port: await freePort(), logFile: path.join(ARTIFACTS_DIR, "bench-server.log"), dataDir: path.join(ROOT, ".data", "bench-data") });
    say(`app at ${app.baseUrl}`);
    // A first run of the bare route warms the server (JIT, connection pools); its figures are dropped.
    say("warming up …");
    await measure(app.baseUrl, BARE_ROUTE);
    const rows: Row[] = [];
    for (const route of ROUTES) {
      say(`${route} …`);
      rows.push(await measure(app.baseUrl, route));
    }
    // The public reads of the transparency pages and the open data API.
    for (const { label, route } of await publicRoutes(url, new Date())) {
      say(`${label} …`);
      rows.push(await measure(app.baseUrl, route, {}, label));
    }
    // The officers' hot paths, signed in as the demo ward's officers (minted sessions).
    for (const { label, route, cookie } of await officerRoutes(url)) {
      say(`${label} …`);
      rows.push(await measure(app.baseUrl, route, { cookie }, label));
    }
    printTable(rows);
    const year = new Date().getUTCFullYear() - 1;
    const direct = await directAggregate(url, year, 10);
    console.log(
      `\nThe city's ${year} figures by a direct aggregate over the dossier table (${direct.rows} received; 10 runs, one at a time): ` +
        `p50 ${percentile(direct.latencies, 50).toFixed(0)} ms, p95 ${percentile(direct.latencies, 95).toFixed(0)} ms, max ${direct.latencies.at(-1)!.toFixed(0)} ms.`,
    );
    say("POST /api/v1/ho-so …");
    console.log(`\n${await benchSubmissions(app.baseUrl, url, DURATION_SECONDS)}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
