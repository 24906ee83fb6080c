// Prisma's schema engine as WebAssembly (@prisma/schema-engine-wasm), driven through the pg
// driver adapter. The native engine cannot be downloaded here (nor in CI), so migrations are
// written and applied with this one; the files stay in Prisma's standard layout
// (prisma/migrations/<timestamp>_<name>/migration.sql) for `prisma migrate deploy` elsewhere.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const PRISMA_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(params: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};

let lastPanic: string | undefined;
export const lastEnginePanic = () => lastPanic;

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/** Instantiates the WebAssembly module by hand so that no --experimental-wasm-modules is needed. */
function loadWasm() {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global before throwing.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return wasmReady;
}

function schemaFiles() {
  return [{ path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") }];
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

/** Result rows of catalog queries → indexes of their one-byte "char" columns. */
const charColumnsOfRows = new WeakMap<object, number[]>();

/**
 * The engine describes a database through catalog queries that return PostgreSQL's internal
 * one-byte type "char" (pg_constraint.contype...). @prisma/adapter-pg refuses that type, while
 * the engine expects it as a Character column: report it as text to the adapter, remember which
 * columns they were, and give the engine Character back (see forSchemaEngine below).
 */
class CatalogFriendlyClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const patch = (value: pg.QueryResult | undefined) => {
      const charColumns: number[] = [];
      (value?.fields ?? []).forEach((field, index) => {
        if (field.dataTypeID !== PG_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      });
      if (value && charColumns.length > 0) charColumnsOfRows.set(value.rows, charColumns);
      return value;
    };
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error: Error | null, value: pg.QueryResult) => callback(error, patch(value));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(patch) : result;
  }
}

type Queryable = { queryRaw: (query: unknown) => Promise<{ columnTypes: number[]; rows: object }> };

function forSchemaEngine<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw") {
        return async (query: unknown) => {
          const result = await (value as Queryable["queryRaw"]).call(object, query);
          for (const index of charColumnsOfRows.get(result.rows) ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
          return result;
        };
      }
      if (property === "executeScript") {
        // adapter-pg splits scripts on every ";", which breaks function bodies and comments; the
        // simple query protocol runs a whole migration script as one (implicit) transaction.
        return async (script: string) => {
          const inner = object as unknown as { client: pg.Pool; onError: (error: unknown) => never };
          try {
            await inner.client.query(script);
          } catch (error) {
            inner.onError(error);
          }
        };
      }
      if (property === "connect" || property === "connectToShadowDb" || property === "startTransaction") {
        return async (...args: unknown[]) => forSchemaEngine(await value.apply(object, args));
      }
      return value.bind(object);
    },
  });
}

async function openEngine(connectionString: string, log: (line: string) => void): Promise<Engine> {
  const bg = await loadWasm();
  const files = schemaFiles();
  const pool = new pg.Pool({ connectionString, Client: CatalogFriendlyClient, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(
    forSchemaEngine(new PrismaPg(pool, { disposeExternalPool: true })),
  );
  return (await bg.SchemaEngine.new(
    { datamodels: files.map((file) => [file.path, file.content] as [string, string]) },
    (message: string) => log(message),
    adapter,
  )) as unknown as Engine;
}

const filters = { externalTables: [], externalEnums: [] };

export function listMigrations() {
  const directories = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies the committed migrations not yet applied; returns their names. */
export async function applyMigrations(connectionString: string, log: (line: string) => void = () => {}) {
  const engine = await openEngine(connectionString, log);
  try {
    const result = await engine.applyMigrations({ migrationsList: listMigrations(), filters });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that brings a database migrated with every committed migration to the schema.
 * `scratchUrl` must point to an empty database that may be written to (it is migrated first).
 */
export async function diffMigrationsToSchema(scratchUrl: string, log: (line: string) => void = () => {}) {
  await applyMigrations(scratchUrl, log);
  const engine = await openEngine(scratchUrl, log);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: schemaFiles(), configDir: PRISMA_DIR },
      to: { tag: "schemaDatamodel", files: schemaFiles() },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its path, or null when empty. */
export function writeMigration(name: string, sql: string, now: Date): string | null {
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${slug}`);
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  const file = path.join(dir, "migration.sql");
  fs.writeFileSync(file, sql.endsWith("\n") ? sql : `${sql}\n`);
  return file;
}
