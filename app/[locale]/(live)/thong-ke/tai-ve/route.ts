import { getLocale, getTranslations } from "next-intl/server";
import { statisticsCachePolicy } from "@/lib/statistics/cache-policy";
import { parseStatisticsQuery } from "@/lib/statistics/query";
import { downloadCsv, downloadFileName, isDownloadId } from "@/lib/statistics-pages/csv";
import type { Locale } from "@/lib/statistics-pages/format";
import { loadStatisticsView } from "@/lib/statistics-pages/load-view";
import { statisticsTables, type Translate } from "@/lib/statistics-pages/tables";

// GET /thong-ke/tai-ve?[scope=…&agency|field|procedure=…]&period=…&format=csv&table=<id>|format=json
// A statistics page's tables as CSV, or the whole page as JSON: the same cached view the page
// shows, read by the same parser as the page and GET /api/v1/statistics. Public, nothing personal.

const headersFor = (contentType: string, fileName: string, maxAge: number) => ({
  "Content-Type": contentType,
  "Content-Disposition": `attachment; filename="${fileName}"`,
  "X-Content-Type-Options": "nosniff",
  // The words follow the visitor's language (a cookie); the figures the period's cache policy.
  "Cache-Control": `public, max-age=${maxAge}`,
  Vary: "Cookie",
});

const errorResponse = (status: number, errors: Record<string, { code: string; message: string; messageEn: string }>) =>
  Response.json({ errors }, { status, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  const table = url.searchParams.get("table") ?? "tong-hop";
  if (format !== "csv" && format !== "json") {
    return errorResponse(400, { format: { code: "format.invalid", message: "Định dạng phải là csv hoặc json.", messageEn: "format must be csv or json." } });
  }
  if (format === "csv" && !isDownloadId(table)) {
    return errorResponse(400, { table: { code: "table.invalid", message: "Bảng số liệu không tồn tại.", messageEn: "No such table." } });
  }
  const query = new URLSearchParams(url.searchParams);
  for (const key of ["format", "table", "groupBy"]) query.delete(key);
  const parsed = parseStatisticsQuery(query, new Date());
  if (!parsed.ok) return errorResponse(400, parsed.errors);
  const view = await loadStatisticsView(parsed.query.scope, parsed.query.period);
  if (!view) return errorResponse(404, { [parsed.query.scope.kind]: { code: "notFound", message: "Không tìm thấy.", messageEn: "Not found." } });
  const maxAge = statisticsCachePolicy(view.period).revalidateSeconds;
  if (format === "json") {
    return new Response(JSON.stringify(view, null, 2), { headers: headersFor("application/json; charset=utf-8", downloadFileName(view, null, "json"), maxAge) });
  }
  const locale = (await getLocale()) as Locale;
  const t = (await getTranslations("StatisticsPages")) as unknown as Translate;
  const tables = statisticsTables(view, { t, locale });
  const id = table as Parameters<typeof downloadCsv>[0];
  const body = downloadCsv(id, tables, locale, t);
  if (body === null) return errorResponse(404, { table: { code: "table.notOnPage", message: "Trang này không có bảng đó.", messageEn: "This page has no such table." } });
  return new Response(body, { headers: headersFor("text/csv; charset=utf-8", downloadFileName(view, id, "csv"), maxAge) });
}
