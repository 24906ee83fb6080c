// The public reads of issue 9 for `npm run bench`: the statistics API and pages, the lookup API,
// the processing-time query and the catalogue, each measured beside the bare route; plus the same
// city statistics computed by a direct aggregate over the dossier table (what the rollups spare).
import { createPrismaClient } from "@/lib/db-client";

export type PublicRoute = { label: string; route: string };

/** The routes, with a real dossier's code and lookup code for the lookup API. */
export async function publicRoutes(databaseUrl: string, now: Date): Promise<PublicRoute[]> {
  const db = createPrismaClient(databaseUrl, 1);
  try {
    const dossier = await db.dossier.findFirst({ where: { code: { not: null }, lookupCode: { not: null } }, orderBy: { receivedAt: "desc" }, select: { code: true, lookupCode: true } });
    const year = now.getUTCFullYear();
    const lastYear = year - 1;
    return [
      { label: "API statistics: city, this year by month", route: `/api/v1/statistics?period=year&year=${year}&groupBy=month` },
      { label: "API statistics: city, last year by agency", route: `/api/v1/statistics?period=year&year=${lastYear}&groupBy=agency` },
      { label: "API statistics: a ward, this month", route: "/api/v1/statistics?agency=hn-xa-bach-mai" },
      { label: "page: home (cached)", route: "/" },
      { label: "page: city statistics, this month (open: per request)", route: "/thong-ke" },
      { label: "page: city statistics, last year (closed: cached)", route: `/thong-ke?period=year&year=${lastYear}` },
      { label: "page: a ward's statistics, this month (open)", route: "/thong-ke/co-quan/hn-xa-bach-mai" },
      { label: "page: a ward's statistics, last year (closed: cached)", route: `/thong-ke/co-quan/hn-xa-bach-mai?period=year&year=${lastYear}` },
      { label: "page: national index ranking (QĐ 766)", route: "/thong-ke/chi-so" },
      { label: "page: a ward's national index", route: "/thong-ke/chi-so/hn-xa-bach-mai" },
      { label: "API lookup: a dossier by its receipt", route: `/api/v1/dossiers/${encodeURIComponent(dossier?.code ?? "none")}?lookupCode=${encodeURIComponent(dossier?.lookupCode ?? "none")}` },
      { label: "API processing time of a procedure", route: "/api/v1/procedures/1.001193/processing-time" },
      { label: "API catalogue search", route: "/api/v1/procedures?q=dang%20ky%20khai%20sinh" },
      { label: "API national index of a ward", route: "/api/v1/index?agency=hn-xa-bach-mai" },
    ];
  } finally {
    await db.$disconnect();
  }
}

/**
 * The city's figures for a year computed straight from the dossier table (received by channel,
 * resolved early / on time / late, refused, withdrawn), timed `runs` times: the cost the rollups
 * avoid. Returns the latencies in ms, sorted.
 */
export async function directAggregate(databaseUrl: string, year: number, runs: number): Promise<{ latencies: number[]; rows: number }> {
  const db = createPrismaClient(databaseUrl, 1);
  const from = new Date(Date.UTC(year, 0, 1) - 7 * 3600_000);
  const to = new Date(Date.UTC(year + 1, 0, 1) - 7 * 3600_000);
  try {
    const latencies: number[] = [];
    let rows = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = await db.$queryRaw<{ received: bigint }[]>`
        SELECT
          count(*) FILTER (WHERE received_at >= ${from} AND received_at < ${to}) AS received,
          count(*) FILTER (WHERE received_at >= ${from} AND received_at < ${to} AND channel = 'ONLINE') AS online,
          count(*) FILTER (WHERE received_at >= ${from} AND received_at < ${to} AND channel = 'IN_PERSON') AS in_person,
          count(*) FILTER (WHERE finished_at >= ${from} AND finished_at < ${to} AND timeliness = 'EARLY') AS early,
          count(*) FILTER (WHERE finished_at >= ${from} AND finished_at < ${to} AND timeliness = 'ON_TIME') AS on_time,
          count(*) FILTER (WHERE finished_at >= ${from} AND finished_at < ${to} AND timeliness = 'LATE') AS late,
          count(*) FILTER (WHERE received_at < ${from} AND (finished_at IS NULL OR finished_at >= ${from})) AS carried_over
        FROM dossier WHERE status <> 'DRAFT'`;
      latencies.push(performance.now() - started);
      rows = Number(result[0]?.received ?? 0);
    }
    return { latencies: latencies.sort((a, b) => a - b), rows };
  } finally {
    await db.$disconnect();
  }
}
