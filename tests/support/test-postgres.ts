// One throw-away embedded PostgreSQL per run (tests or bench), never the developer's .data/pg.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../prisma/tools/embedded.ts";
import { installJobQueue } from "../../prisma/tools/job-queue.ts";
import { applyMigrations } from "../../prisma/tools/schema-engine.ts";
import { pickPort } from "./ports.ts";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A run killed hard (kill -9, a CI timeout) leaves its postmaster running on the folder we are
 * about to wipe: stop it first, but only if the pid really is a postgres process.
 */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!(pid > 0) || !isAlive(pid)) return;
  const command = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
  if (!command.includes("postgres")) return;
  process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

/**
 * Two runs in one checkout (two terminals, two agents) must not wipe each other's server: a run
 * takes dataDir unless a live process owns it, and then works in dataDir-<pid> instead.
 */
function claimDataDir(dataDir: string): string {
  const ownerFile = `${dataDir}.owner`;
  const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, "utf8")) : 0;
  const claimed = owner > 0 && owner !== process.pid && isAlive(owner) ? `${dataDir}-${process.pid}` : dataDir;
  fs.mkdirSync(path.dirname(claimed), { recursive: true });
  fs.writeFileSync(`${claimed}.owner`, String(process.pid));
  return claimed;
}

export type TestPostgres = EmbeddedServer & { port: number; dataDir: string };

/**
 * Starts a fresh server under dataDir (wiped first) on preferredPort, or a free one if it is busy.
 * With `keep`, an existing folder is started as it is (the bench reuses a generated history).
 */
export async function startFreshPostgres(dataDir: string, preferredPort: number, options: { keep?: boolean } = {}): Promise<TestPostgres> {
  const claimed = claimDataDir(dataDir);
  await stopLeftoverServer(claimed);
  if (!(options.keep && claimed === dataDir)) fs.rmSync(claimed, { recursive: true, force: true });
  const port = await pickPort(preferredPort);
  const server = await startEmbeddedPostgres({ dataDir: claimed, port });
  const stop = async () => {
    await server.stop();
    fs.rmSync(`${claimed}.owner`, { force: true });
    if (claimed !== dataDir) fs.rmSync(claimed, { recursive: true, force: true });
  };
  return { ...server, stop, port, dataDir: claimed };
}

/** Applies any migration the database lacks and installs the job queue; returns its URL. */
export async function migrateDatabase(server: EmbeddedServer, name: string): Promise<string> {
  await server.ensureDatabase(name);
  const url = server.urlFor(name);
  await applyMigrations(url);
  await installJobQueue(url);
  return url;
}

/** (Re)creates an empty database with every committed migration applied and the job queue installed; returns its URL. */
export async function createMigratedDatabase(server: EmbeddedServer, name: string): Promise<string> {
  await server.dropDatabase(name);
  await server.ensureDatabase(name);
  const url = server.urlFor(name);
  await applyMigrations(url);
  await installJobQueue(url);
  return url;
}
