// Administrative tasks that run the application's own code (lib/) against a database, started by
// prisma/run.ts as a child process with DATABASE_URL set and the "react-server" condition (the
// lib/ modules that touch the database are marked server-only):
//   seed                               (re)apply the demo data, recompute provisional dates
//   calendar publish <year> [--source "<notice>"]
//   calendar check [--from yyyy-mm-dd] [--to yyyy-mm-dd]
//   history --dossiers N [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--seed N] [--demo]
import { parseArgs } from "node:util";
import { formatLocalIso } from "../lib/calendar/local-time.ts";
import { env } from "../lib/env.ts";

const say = (line: string) => console.log(`[một cửa] ${line}`);
const slip = (date: Date) => {
  const iso = formatLocalIso(date);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};

async function recompute(years: number[], options: { quietWhenNone?: boolean } = {}): Promise<void> {
  const { recomputeProvisionalDueDates } = await import("../lib/dossiers/recompute-due-dates.ts");
  const reason = years.length > 0 ? `Lịch làm việc năm ${years.join(", ")} đã được công bố` : "Lịch làm việc đã được cập nhật";
  const summary = await recomputeProvisionalDueDates({ now: new Date(), reason });
  if (summary.checked === 0 && options.quietWhenNone) return;
  say(`Ngày hẹn tạm tính đã tính lại (provisional dates recomputed): ${summary.recomputed} / ${summary.checked} hồ sơ; còn tạm tính (still provisional): ${summary.stillProvisional}.`);
}

async function seed(): Promise<void> {
  const { seedDatabase } = await import("./seed/index.ts");
  const summary = await seedDatabase(env.DATABASE_URL!, { log: say });
  // Always, not only for the years published now: a recompute an earlier run could not finish
  // (an officer acting on the dossier at that moment) is taken up again.
  await recompute(summary.calendar.newlyPublishedYears, { quietWhenNone: true });
}

async function calendar(args: string[]): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === "publish") {
    const { values, positionals } = parseArgs({ args: rest, options: { source: { type: "string" } }, allowPositionals: true });
    const year = Number(positionals[0]);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error("Usage: npm run calendar -- publish <year> [--source \"<notice>\"]");
    const { publishCalendarYear } = await import("../lib/calendar/publish-year.ts");
    await publishCalendarYear({ year, now: new Date(), source: values.source });
    say(`Đã công bố lịch làm việc năm ${year} (calendar ${year} published).`);
    await recompute([year]);
    return;
  }
  if (verb === "check") {
    const { values } = parseArgs({ args: rest, options: { from: { type: "string" }, to: { type: "string" } } });
    for (const value of [values.from, values.to]) {
      if (value !== undefined && !/^\d{4}-\d\d-\d\d$/.test(value)) throw new Error("--from and --to take dates as yyyy-mm-dd");
    }
    const { findMisdatedDossiers } = await import("../lib/dossiers/find-misdated-dossiers.ts");
    const found = await findMisdatedDossiers({ from: values.from, to: values.to });
    if (found.length === 0) {
      say("Không có hồ sơ nào có ngày hẹn tính sai theo lịch hiện hành (no dossier's dates differ from the current calendar).");
      return;
    }
    say(`${found.length} hồ sơ có ngày hẹn khác với lịch hiện hành (dossiers whose dates differ from the current calendar):`);
    say("Mã hồ sơ | Trạng thái | Hẹn trả đã ghi → theo lịch hiện hành | Hạn đánh giá cơ quan → theo lịch | Kết quả → theo lịch | Cơ quan");
    for (const row of found) {
      say(
        [
          row.code ?? "—",
          row.status,
          `${slip(row.dueAt)} → ${slip(row.correctDueAt)}`,
          `${slip(row.referenceDueAt)} → ${slip(row.correctReferenceDueAt)}`,
          row.timeliness ? `${row.timeliness} → ${row.correctTimeliness}` : "—",
          row.agencyName,
        ].join(" | "),
      );
    }
    say("Không có ngày nào bị sửa tự động: hãy quyết định từng hồ sơ (nothing was rewritten; decide for each dossier).");
    return;
  }
  throw new Error("Usage: npm run calendar -- publish <year> | check [--from yyyy-mm-dd] [--to yyyy-mm-dd]");
}

async function main(): Promise<void> {
  if (!env.DATABASE_URL) throw new Error("prisma/tasks.ts needs DATABASE_URL (started by prisma/run.ts)");
  const [task, ...args] = process.argv.slice(2);
  switch (task) {
    case "seed":
      return seed();
    case "calendar":
      return calendar(args);
    case "history": {
      const { runHistoryTask } = await import("./history/index.ts");
      return runHistoryTask(env.DATABASE_URL, args, say);
    }
    default:
      throw new Error(`Unknown task ${task ?? ""}: seed | calendar | history`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
