// Demo data of the portal (prisma/run.ts: `npm start` on an empty database, `npm run db:seed`).
// Idempotent: everything upserts by its natural key (agency slug, unit code, field code,
// procedure code, (procedure, position), user email, tax code, calendar date), so a second run
// leaves the same rows with the same ids. Refused in production (docs/development.md).
import { createPrismaClient } from "../../lib/db-client.ts";
import { env } from "../../lib/env.ts";
import { buildAgencySpecs, seedAgencies } from "./agencies.ts";
import { seedCalendar, type CalendarSync } from "./calendar.ts";
import { seedProcedures } from "./procedures.ts";
import { loadAgenciesFile, loadCalendarFile, loadProceduresFile } from "./source-data.ts";
import { seedUsers } from "./users.ts";

export { DEMO_ACCOUNTS } from "./users.ts";

export type SeedSummary = { calendar: CalendarSync };

export async function seedDatabase(connectionString: string, options: { log: (line: string) => void }): Promise<SeedSummary> {
  if (env.NODE_ENV === "production") {
    throw new Error(
      "Không được nạp dữ liệu mẫu vào cơ sở dữ liệu production (NODE_ENV=production). " +
        "Refusing to seed demo data into a production database (NODE_ENV=production).",
    );
  }
  const { log } = options;
  const startedAt = Date.now();
  // Minutes, not Prisma's 5 s: a seed on a busy machine must not fail halfway.
  const db = createPrismaClient(connectionString, 4, { transactionTimeoutMs: 120_000 });
  try {
    const calendarFile = loadCalendarFile();
    const calendar = await seedCalendar(db, calendarFile);
    log(`Lịch làm việc (working calendar): ${calendar.days} ngày, ${calendarFile.from} → ${calendarFile.to}.`);
    if (calendar.changedDates.length > 0) {
      log(`  Ngày đã thay đổi (changed days): ${calendar.changedDates.join(", ")}. Hồ sơ có ngày hẹn tính trên các ngày này: npm run calendar -- check --from ${calendar.changedDates[0]} --to ${calendar.changedDates[calendar.changedDates.length - 1]}`);
    }
    for (const year of calendar.keptYears) log(`  Năm ${year} đã được quản trị viên công bố: giữ nguyên (published by an administrator, left as is).`);

    const proceduresFile = loadProceduresFile();
    const agencies = await seedAgencies(db, buildAgencySpecs(proceduresFile.agencies, loadAgenciesFile()));
    log(`Cơ quan (agencies): ${agencies.size}, mã cơ quan là mã tạm (placeholder codes).`);

    await seedProcedures(db, proceduresFile.procedures, agencies);
    log(`Thủ tục (procedures): ${proceduresFile.procedures.length}, kèm thành phần hồ sơ và quy trình nội bộ.`);

    await seedUsers(db, agencies);
    log(`Tài khoản dùng thử (demo accounts) đã sẵn sàng (${((Date.now() - startedAt) / 1000).toFixed(1)} s).`);
    return { calendar };
  } finally {
    await db.$disconnect();
  }
}

/** Whether the demo data (or any procedure catalogue) is already there. */
export async function isDatabaseSeeded(connectionString: string): Promise<boolean> {
  const db = createPrismaClient(connectionString, 1);
  try {
    return (await db.procedure.count()) > 0;
  } finally {
    await db.$disconnect();
  }
}

/** Whether any dossier exists (a history was generated, or the portal is in use). */
export async function hasDossiers(connectionString: string): Promise<boolean> {
  const db = createPrismaClient(connectionString, 1);
  try {
    return (await db.dossier.findFirst({ select: { id: true } })) !== null;
  } finally {
    await db.$disconnect();
  }
}

/** Whether the demo accounts exist in this database (so `npm start` can list them again). */
export async function hasDemoAccounts(connectionString: string): Promise<boolean> {
  const { DEMO_ACCOUNTS: accounts } = await import("./users.ts");
  const db = createPrismaClient(connectionString, 1);
  try {
    return (await db.user.count({ where: { email: { in: accounts.map((account) => account.email) } } })) > 0;
  } finally {
    await db.$disconnect();
  }
}
