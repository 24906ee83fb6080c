// `npm test [-- lint|unit|integration|e2e]`: the lint, then every test tier against one throw-away
// embedded PostgreSQL.
// Ends with one line "N passed, N failed" and a non-zero exit code when anything failed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureAppRole } from "../prisma/tools/app-role.ts";
import { buildApp, hasBuild, startApp, TEST_AUTH_SECRET, type RunningApp } from "./support/app-server.ts";
import { findChromium, NO_CHROMIUM_MESSAGE } from "./support/chromium.ts";
import { ARTIFACTS_DIR, ROOT } from "./support/paths.ts";
import { pickPort } from "./support/ports.ts";
import { createMigratedDatabase, startFreshPostgres, type TestPostgres } from "./support/test-postgres.ts";

const TIERS = ["lint", "unit", "integration", "e2e"] as const;
type Tier = (typeof TIERS)[number];
type Counts = { passed: number; failed: number; skipped: number };

const say = (line: string) => console.log(`[test] ${line}`);
const VITEST = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");
const PLAYWRIGHT = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

const requested = process.argv.slice(2);
const unknown = requested.filter((arg) => !(TIERS as readonly string[]).includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown tier ${unknown.join(", ")}: npm test [-- lint | unit | integration | e2e]`);
  process.exit(2);
}
const tiers: Tier[] = requested.length > 0 ? (requested as Tier[]) : [...TIERS];

// Checked before anything slow, so a machine without a browser fails in a second, not after a build.
const chromium = tiers.includes("e2e") ? findChromium() : undefined;
if (tiers.includes("e2e") && !chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const children = new Set<ChildProcess>();
let postgres: TestPostgres | undefined;
let app: RunningApp | undefined;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env });
  children.add(child);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      children.delete(child);
      resolve(code ?? 1);
    }),
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    say(`${signal}: stopping…`);
    for (const child of children) child.kill("SIGTERM");
    void Promise.allSettled([app?.stop(), postgres?.stop()]).finally(() => process.exit(130));
  });
}

/** The client is generated (git-ignored), so a fresh clone has none until this runs. */
function ensurePrismaClient(): void {
  const client = path.join(ROOT, "prisma", "generated", "client.ts");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  if (fs.existsSync(client) && fs.statSync(client).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, "prisma", "generate.mjs")], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("prisma generate failed");
}

/** A runner that exits non-zero without a failed test (a file that does not load) still fails. */
function settle(exitCode: number, counts: Counts | undefined): Counts {
  if (!counts) return { passed: 0, failed: 1, skipped: 0 };
  return { ...counts, failed: exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed };
}

function readJson(file: string): Record<string, unknown> | undefined {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined;
}

async function runVitest(project: "unit" | "integration", env: NodeJS.ProcessEnv): Promise<Counts> {
  // Named per run, so that two runs in one checkout do not read each other's counts.
  const report = path.join(ARTIFACTS_DIR, `vitest-${project}-${process.pid}.json`);
  // VITEST_ARGS narrows a run while developing (e.g. one test file); `npm test` never sets it.
  const args = ["run", "--config", "tests/vitest.config.ts", "--project", project, ...(process.env.VITEST_ARGS?.split(" ").filter(Boolean) ?? [])];
  const code = await run([VITEST, ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env);
  type Report = {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  const json = readJson(report) as Report | undefined;
  fs.rmSync(report, { force: true });
  // A file that does not even load has no tests to count: count the file.
  const brokenFiles = json?.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length ?? 0;
  return settle(
    code,
    json && { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles, skipped: json.numPendingTests + json.numTodoTests },
  );
}

function testEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", ...extra };
  if (!extra.DATABASE_URL) delete env.DATABASE_URL; // unit tests must not reach any database
  return env;
}

/** ESLint over the whole project: a file with an error or a warning counts as one failure. */
async function runLint(): Promise<Counts> {
  const report = path.join(ARTIFACTS_DIR, `eslint-${process.pid}.json`);
  const code = await run([ESLINT, ".", "--format", "json", "--output-file", report], testEnv({}));
  type FileReport = { filePath: string; errorCount: number; warningCount: number; messages: { line: number; column: number; message: string; ruleId: string | null }[] };
  const files = (readJson(report) as unknown as FileReport[] | undefined) ?? [];
  fs.rmSync(report, { force: true });
  const failing = files.filter((file) => file.errorCount + file.warningCount > 0);
  for (const file of failing) {
    for (const message of file.messages) {
      console.log(`${path.relative(ROOT, file.filePath)}:${message.line}:${message.column}  ${message.message}  (${message.ruleId ?? "eslint"})`);
    }
  }
  if (files.length > 0) say(`lint: ${files.length} files, ${failing.length} with problems`);
  return settle(code === 0 && failing.length > 0 ? 1 : code, files.length > 0 || code === 0 ? { passed: files.length - failing.length, failed: failing.length, skipped: 0 } : undefined);
}

async function runUnit(): Promise<Counts> {
  return runVitest("unit", testEnv({}));
}

async function runIntegration(): Promise<Counts> {
  const url = await createMigratedDatabase(postgres!, "motcua_test");
  // Files the tests store go to a folder of their own, emptied first.
  const dataDir = path.join(ROOT, ".data", "integration-data");
  fs.rmSync(dataDir, { recursive: true, force: true });
  return runVitest("integration", testEnv({ DATABASE_URL: url, DATA_DIR: dataDir, AUTH_SECRET: TEST_AUTH_SECRET }));
}

async function runE2e(): Promise<Counts> {
  const url = await createMigratedDatabase(postgres!, "motcua_e2e");
  const { seedDatabase } = await import("../prisma/seed/index.ts");
  await seedDatabase(url, { log: (line: string) => say(`seed: ${line}`) });
  if (process.env.E2E_SKIP_BUILD === "1") {
    if (!hasBuild()) throw new Error("E2E_SKIP_BUILD=1 but there is no build in .next: run once without it.");
    say("E2E_SKIP_BUILD=1: using the existing build in .next");
  } else if ((await buildApp(url)) !== 0) {
    throw new Error("next build failed");
  }
  const port = await pickPort(Number(process.env.E2E_PORT ?? 3100));
  const logFile = path.join(ARTIFACTS_DIR, "e2e-server.log");
  // As in production: the server connects as the role that cannot rewrite the audit trail.
  const appUrl = await ensureAppRole(url, path.join(ROOT, ".data", "pg-test.app-secret"));
  // Documents the app stores in this run live in a folder of their own, emptied first.
  const dataDir = path.join(ROOT, ".data", "e2e-data");
  fs.rmSync(dataDir, { recursive: true, force: true });
  app = await startApp({ databaseUrl: appUrl, port, logFile, dataDir });
  say(`app at ${app.baseUrl} (server log: ${path.relative(ROOT, logFile)})`);
  try {
    const report = path.join(ARTIFACTS_DIR, `playwright-${process.pid}.json`);
    const env = testEnv({ DATABASE_URL: url, E2E_BASE_URL: app.baseUrl, CHROMIUM_PATH: chromium!, E2E_JSON_REPORT: report, E2E_DATA_DIR: dataDir });
        // E2E_ARGS narrows a run while developing (e.g. one spec file); `npm test` never sets it.
    const code = await run([PLAYWRIGHT, "test", "--config", "tests/playwright.config.ts", ...(process.env.E2E_ARGS?.split(" ").filter(Boolean) ?? [])], env);
    const stats = (readJson(report) as { stats: Record<string, number> } | undefined)?.stats;
    fs.rmSync(report, { force: true });
    // No retries, so "flaky" cannot happen; if it ever does, it is a failure.
    return settle(
      code,
      stats && { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 },
    );
  } finally {
    await app.stop();
    app = undefined;
  }
}

const RUNNERS: Record<Tier, () => Promise<Counts>> = { lint: runLint, unit: runUnit, integration: runIntegration, e2e: runE2e };

async function main(): Promise<number> {
  const results: { tier: Tier; counts: Counts; seconds: number; error?: string }[] = [];
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  try {
    ensurePrismaClient();
    if (tiers.some((tier) => tier !== "unit")) {
      postgres = await startFreshPostgres(path.join(ROOT, ".data", "pg-test"), Number(process.env.TEST_PG_PORT ?? 54339));
      say(`PostgreSQL (embedded) on port ${postgres.port}, data in ${path.relative(ROOT, postgres.dataDir)}`);
    }
    for (const tier of tiers) {
      const startedAt = Date.now();
      say(`── ${tier} ──`);
      try {
        results.push({ tier, counts: await RUNNERS[tier](), seconds: (Date.now() - startedAt) / 1000 });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`[test] ${tier} could not run: ${message}`);
        results.push({ tier, counts: { passed: 0, failed: 1, skipped: 0 }, seconds: (Date.now() - startedAt) / 1000, error: message });
      }
    }
  } finally {
    await postgres?.stop();
  }
  console.log("\n── Summary ──");
  for (const { tier, counts, seconds, error } of results) {
    const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    const note = error ? `  (could not run: ${error.split("\n")[0]})` : "";
    console.log(`${tier.padEnd(12)} ${line.padEnd(36)} ${seconds.toFixed(1).padStart(6)} s${note}`);
  }
  const passed = results.reduce((sum, r) => sum + r.counts.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.counts.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || results.length < tiers.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
