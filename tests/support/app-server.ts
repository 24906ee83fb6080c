// Builds and serves the app for the e2e tier and the benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.ts";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** Environment of the app's processes: the given database, never a test runner's NODE_ENV. */
function appEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NODE_ENV;
  return { ...env, ...extra } as NodeJS.ProcessEnv;
}

/** `next build` (the Prisma client must already be generated). Resolves to its exit code. */
export function buildApp(databaseUrl: string): Promise<number> {
  const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: appEnv(databaseUrl) });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
}

/** The session secret of the app under test (tests sign sessions and read codes with it). */
export const TEST_AUTH_SECRET = "test-secret-for-the-e2e-tier-only-0123456789";

export type RunningApp = { baseUrl: string; stop: () => Promise<void>; /** SIGKILL, as a crash: no shutdown at all. */ kill: () => Promise<void> };

async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
  throw new Error(`The app did not answer GET /api/health with 200 (${last}). Last lines of ${logFile}:\n${tail}`);
}

/** Serves the production build on 127.0.0.1:port, logging to logFile; resolves once healthy. */
export async function startApp(options: { databaseUrl: string; port: number; logFile: string; dataDir?: string }): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "w");
  // Own process group (detached), so that stop() also ends anything the server spawned.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "tests/support/serve-app.ts"), String(options.port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: appEnv(options.databaseUrl, {
      NODE_ENV: "production",
      PORT: String(options.port),
      PUBLIC_URL: baseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      LOCAL_IDENTITY_PROVIDER: "1",
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    }),
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    };
    signalGroup("SIGTERM");
    const killer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    await waitForHealth(baseUrl, child, options.logFile, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
    await exited;
  };
  return { baseUrl, stop, kill };
}
