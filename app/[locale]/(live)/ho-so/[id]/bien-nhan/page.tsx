import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/forms/print-button";
import { ReceiptSheet } from "@/components/forms/receipt-sheet";
import { requireResident, residentActor } from "@/lib/auth/session";
import { loadReceipt } from "@/lib/forms/receipt";

export const metadata: Metadata = { title: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" };

/** Mẫu 01, printable on A5 from the browser (the PDF says the same: lib/forms/receipt-text.ts). */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireResident(`/ho-so/${id}/bien-nhan`);
  const receipt = await loadReceipt(residentActor(user), id);
  if (!receipt) notFound();
  return (
    <div className="mx-auto max-w-[148mm] px-4 py-6 print:p-0">
      <div className="mb-4 flex flex-wrap gap-3 print:hidden">
        <PrintButton label="In giấy tiếp nhận" />
        <a href={`/api/ho-so/${id}/bien-nhan`} className="inline-flex min-h-12 items-center font-semibold">
          Tải bản PDF
        </a>
      </div>
      <ReceiptSheet receipt={receipt} titleLevel="h1" />
    </div>
  );
}
