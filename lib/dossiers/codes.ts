// Dossier codes <agency code>-<YYMMDD>-<NNNN> (docs/domain/workflow.md, Codes), assigned at receipt.
import { toLocal } from "@/lib/calendar/local-time";
import type { Prisma } from "@/prisma/generated/client";

export function formatDossierCode(agencyCode: string, localDate: string, sequence: number): string {
  const yymmdd = localDate.slice(2).replace(/-/g, "");
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, "0")}`;
}

/**
 * The next code of the agency for the local day of `now`. The counter row is incremented inside
 * the receipt's transaction: concurrent receipts queue on its row lock, and a receipt that rolls
 * back gives its number back, so the sequence has neither gaps nor duplicates.
 */
export async function nextDossierCode(
  tx: Prisma.TransactionClient,
  agency: { id: string; code: string },
  now: Date,
): Promise<string> {
  const day = toLocal(now).date;
  const [row] = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO dossier_code_counter (agency_id, day, last_value)
    VALUES (${agency.id}::uuid, ${day}::date, 1)
    ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_code_counter.last_value + 1
    RETURNING last_value`;
  if (!row) throw new Error("dossier code counter returned no row");
  return formatDossierCode(agency.code, day, row.last_value);
}
