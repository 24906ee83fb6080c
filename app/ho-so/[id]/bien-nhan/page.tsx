import type { Metadata } from "next";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { PrintButton } from "@/components/forms/print-button";
import { requireResident, residentActor } from "@/lib/auth/session";
import { loadReceipt } from "@/lib/forms/receipt";
import { receiptLines } from "@/lib/forms/receipt-text";
import { formatDate } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" };

/** Mẫu 01, printable on A5 from the browser (the PDF says the same: lib/forms/receipt-text.ts). */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireResident(`/ho-so/${id}/bien-nhan`);
  const receipt = await loadReceipt(residentActor(user), id);
  if (!receipt) notFound();
  const lines = receiptLines(receipt);
  const qr = await QRCode.toString(receipt.lookupUrl, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
  return (
    <div className="mx-auto max-w-[148mm] px-4 py-6 print:p-0">
      <div className="mb-4 flex flex-wrap gap-3 print:hidden">
        <PrintButton label="In giấy tiếp nhận" />
        <a href={`/api/ho-so/${id}/bien-nhan`} className="inline-flex min-h-12 items-center font-semibold">
          Tải bản PDF
        </a>
      </div>
      <article className="bg-white p-4 font-serif text-[11pt] leading-snug text-black print:p-0" lang="vi">
        <div className="grid grid-cols-2 gap-2 text-center text-[9pt]">
          <div>
            <p>{receipt.parentAgencyName?.toUpperCase()}</p>
            <p className="font-bold">{receipt.agencyName.toUpperCase()}</p>
            <p className="mt-2">Mã hồ sơ: {receipt.code}</p>
          </div>
          <div>
            <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="font-bold underline">Độc lập - Tự do - Hạnh phúc</p>
            <p className="mt-2 italic">Hà Nội, ngày {formatDate(receipt.receivedAt)}</p>
          </div>
        </div>
        <h1 className="mt-4 text-center text-[13pt] font-bold">{lines.title}</h1>
        <div className="mt-3 space-y-1">
          {lines.body.map((line, index) => (
            <p key={index} className={`${line.bold ? "font-bold" : ""} ${line.indent ? "pl-4" : ""}`}>
              {line.text}
            </p>
          ))}
        </div>
        <div className="mt-4 grid grid-cols-2 text-center">
          <div>
            <p className="font-bold">NGƯỜI NỘP HỒ SƠ</p>
            <p className="text-[9pt] italic">(Ký và ghi rõ họ tên)</p>
            <p className="mt-12 font-bold">{receipt.applicant.fullName}</p>
          </div>
          <div>
            <p className="font-bold">NGƯỜI TIẾP NHẬN HỒ SƠ</p>
            <p className="text-[9pt] italic">(Ký và ghi rõ họ tên)</p>
            <p className="mt-12 font-bold">{receipt.receiverName}</p>
          </div>
        </div>
        <div className="mt-4 flex items-center gap-3">
          <div className="size-24 shrink-0" role="img" aria-label="Mã QR tra cứu hồ sơ" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-[9pt]">{lines.lookup}</p>
        </div>
      </article>
    </div>
  );
}
