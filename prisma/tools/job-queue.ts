// Installs (or upgrades) pg-boss's schema and the portal's queues, as the database owner, after the
// migrations: pg-boss creates a table per queue and migrates its own schema between versions, DDL
// that the web app's role (prisma/tools/app-role.ts) may not run. The web processes and the worker
// then only read and write rows. Prisma does not see the `pgboss` schema (its datasource is
// `public`), so its migrations and pg-boss's never meet.
import PgBoss from "pg-boss";
import { JOB_SCHEMA, QUEUES_TO_CREATE } from "../../lib/jobs/queues.ts";

export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, max: 1, migrate: true, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const { name, options } of QUEUES_TO_CREATE) {
      // createQueue keeps an existing queue as it is: settings changed since go through updateQueue.
      if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...options });
      else await boss.createQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
