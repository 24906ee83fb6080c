// The role the web app connects as, distinct from the owner that runs migrations. It may read and
// write the application's tables but not rewrite history: no UPDATE, DELETE or TRUNCATE on
// dossier_event, and, not being the owner, it cannot switch off the append-only trigger either.
// A compromised web process therefore cannot rewrite the audit trail.
import pg from "pg";
import { readOrCreateSecret } from "./secret-file.ts";

export const APP_ROLE = "motcua_app";

/**
 * Creates or updates the application role on the database of `ownerUrl` and grants it what the
 * app needs, run after every migration so new tables are covered. Returns the app's URL.
 */
export async function ensureAppRole(ownerUrl: string, secretFile: string): Promise<string> {
  const password = readOrCreateSecret(secretFile);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = client.escapeIdentifier(client.database ?? "postgres");
    const role = client.escapeIdentifier(APP_ROLE);
    const secret = client.escapeLiteral(password);
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${client.escapeLiteral(APP_ROLE)}) THEN
        CREATE ROLE ${role} LOGIN PASSWORD ${secret};
      ELSE
        ALTER ROLE ${role} LOGIN PASSWORD ${secret};
      END IF;
    END $$`);
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON dossier_event FROM ${role}`);
    await client.query(`REVOKE ALL ON _prisma_migrations FROM ${role}`);
    // The job queue's rows (pg-boss, installed by prisma/tools/job-queue.ts); its tables stay the owner's.
    const { rowCount } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`);
    if (rowCount) {
      await client.query(`GRANT USAGE ON SCHEMA pgboss TO ${role}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${role}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
