import "server-only";
import { db } from "@/lib/db";
import type { StatisticsPeriod } from "@/lib/statistics/period";
import type { TStatistics } from "@/lib/statistics/schemas";
import { statisticsFor } from "@/lib/statistics/statistics-for";
import { measuresOf, type ProcedureTraits } from "./measures-of";
import { scoreIndex, type IndexScore, type IndicatorSetting } from "./scoring";
import { loadIndicatorSettings } from "./settings";

// The counts each sub-indicator of the national index is computed from (docs/domain/national-index.md),
// for one agency and period: the statistics rollups per procedure (never the dossier table) and the
// catalogue entries of the procedures the agency handles.

async function proceduresOf(agencyId: string): Promise<ProcedureTraits[]> {
  const rows = await db.procedure.findMany({
    where: { agencies: { some: { agencyId } } },
    select: {
      code: true, onlineLevel: true, feeStatus: true, feeVnd: true, timeLimitValue: true, legalBasis: true,
      _count: { select: { requiredDocuments: true } },
    },
  });
  return rows.map((row) => ({
    code: row.code,
    isFullyOnline: row.onlineLevel === "FULL",
    chargesFee: (row.feeStatus === "AMOUNT" && (row.feeVnd ?? 0) > 0) || row.feeStatus === "SET_BY_PROVINCIAL_COUNCIL",
    isPublishedInFull: row._count.requiredDocuments > 0 && row.timeLimitValue !== null && row.feeStatus !== "NOT_STATED" && row.legalBasis.length > 0,
  }));
}

export type AgencyIndex = { score: IndexScore; statistics: TStatistics };

/** The national index of one agency (by slug or national code) over a period; `weights` when the caller has them already. */
export async function agencyIndex(agency: string, period: StatisticsPeriod, now: Date, weights?: IndicatorSetting[]): Promise<AgencyIndex> {
  const statistics = await statisticsFor({ kind: "agency", agency }, period, { groupBy: "procedure", now });
  const agencyRow = await db.agency.findFirst({ where: { OR: [{ slug: agency }, { code: agency }] }, select: { id: true } });
  const [procedures, settings] = await Promise.all([agencyRow ? proceduresOf(agencyRow.id) : Promise.resolve([]), weights ?? loadIndicatorSettings()]);
  return { score: scoreIndex(settings, measuresOf(statistics, procedures)), statistics };
}
