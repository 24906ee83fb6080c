import { getLocale, getTranslations } from "next-intl/server";
import { evaluationCsv, csvLabelsOf, type Translate } from "@/lib/delegation/evaluation-table";
import { delegationEvaluation } from "@/lib/delegation/read-evaluation";
import type { Locale } from "@/lib/statistics-pages/format";

// GET /thong-ke/uy-quyen/<id>/tai-ve: the evaluation's table as CSV, built from the same cells as
// the page (lib/delegation/evaluation-table.ts). Public, aggregate figures only.

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const found = await delegationEvaluation(id, new Date());
  if (!found || !found.evaluation) {
    return Response.json({ errors: { id: { code: "notFound", message: "Không có số liệu đánh giá.", messageEn: "No evaluation figures." } } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const locale = (await getLocale()) as Locale;
  const t = (await getTranslations("Delegation")) as unknown as Translate;
  const body = evaluationCsv(found.evaluation, locale, csvLabelsOf(t, found.evaluation));
  const fileName = `danh-gia-uy-quyen-${found.delegation.validFrom.toISOString().slice(0, 10)}-${found.delegation.id.slice(0, 8)}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
