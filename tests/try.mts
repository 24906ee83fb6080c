import { startEmbeddedPostgres } from "../prisma/tools/embedded.ts";
import { diffMigrationsToSchema } from "../prisma/tools/schema-engine.ts";
const s = await startEmbeddedPostgres({ dataDir: "/work/main/.data/pg-try", port: 54399 });
await s.dropDatabase("scratch"); await s.ensureDatabase("scratch");
try {
  process.on("uncaughtException", async (e) => { const m = await import("../prisma/tools/schema-engine.ts"); console.error("PANIC", m.lastEnginePanic(), e); process.exit(1); });
  const sql = await diffMigrationsToSchema(s.urlFor("scratch"), (l) => console.error("ENG", l.slice(0, 200)));
  console.log(sql);
} finally { await s.dropDatabase("scratch"); await s.stop(); }
