import { getSessionUser, residentActor } from "@/lib/auth/session";
import { loadReceipt } from "@/lib/forms/receipt";
import { renderReceiptPdf } from "@/lib/forms/receipt-pdf";

// The receipt (Mẫu 01) as a PDF, for whoever may see the dossier; anyone else: 404.
type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, context: Context) {
  const { id } = await context.params;
  const user = await getSessionUser();
  const receipt = user && user.role === "RESIDENT" ? await loadReceipt(residentActor(user), id) : null;
  if (!receipt) return new Response("Không tìm thấy (not found)", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await renderReceiptPdf(receipt);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="bien-nhan-${receipt.code}.pdf"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
