import { getLocale, getTranslations } from "next-intl/server";
import { currentOfficer } from "@/lib/auth/staff";
import { MAX_PERIOD_DAYS, parseReportPeriod } from "@/lib/back-office/report-period";
import { csvFileName, REPORT_TABLE_IDS, reportTables, toCsv, type ReportTableId, type Translate } from "@/lib/back-office/report-tables";
import { accountabilityReportFor, reportScopeOf } from "@/lib/back-office/reports";

// GET /api/can-bo/bao-cao?tu=dd/MM/yyyy&den=dd/MM/yyyy&bang=don-vi|can-bo|ton-dong: one table of the
// accountability report as CSV, the same rows as the page. Anyone but a leader or a unit head: 404.

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  const officer = await currentOfficer();
  const scope = officer ? reportScopeOf(officer.user) : null;
  if (!officer || !scope) return notFound();
  const url = new URL(request.url);
  const id = url.searchParams.get("bang") as ReportTableId | null;
  if (!id || !REPORT_TABLE_IDS.includes(id)) return notFound();
  const now = new Date();
  const parsed = parseReportPeriod({ from: url.searchParams.get("tu"), to: url.searchParams.get("den") }, now);
  const t = await getTranslations("Reports");
  if (!parsed.ok) {
    const messages = Object.values(parsed.errors).map((error) => t(error, { days: MAX_PERIOD_DAYS }));
    return Response.json({ errors: messages }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const report = await accountabilityReportFor(officer.user, parsed.period, now);
  if (!report) return notFound();
  const table = reportTables(report, t as unknown as Translate, await getLocale(), { wholeAgencyRow: scope.unitId === null }).find((candidate) => candidate.id === id)!;
  return new Response(toCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(id, parsed.period)}"`,
      "Cache-Control": "no-store",
    },
  });
}
