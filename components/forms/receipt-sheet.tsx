import QRCode from "qrcode";
import type { ReceiptData } from "@/lib/forms/receipt";
import { receiptLines } from "@/lib/forms/receipt-text";
import { formatDate } from "@/lib/i18n/format";
import { PrintSheet, SheetHeading } from "./print-sheet";

/**
 * Mẫu 01, the receipt and appointment, printable on A5 (the PDF says the same:
 * lib/forms/receipt-text.ts). Shown to the applicant on their dossier and to the officers.
 */
export async function ReceiptSheet({ receipt, titleLevel }: { receipt: ReceiptData; titleLevel: "h1" | "h2" }) {
  const lines = receiptLines(receipt);
  const qr = await QRCode.toString(receipt.lookupUrl, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
  const verifyQr = await QRCode.toString(receipt.verification.url, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
  const Title = titleLevel;
  return (
    <PrintSheet paper="a5">
      <SheetHeading
        agency={{ name: receipt.agencyName, parentName: receipt.parentAgencyName, phone: null }}
        codeLine={`Mã hồ sơ: ${receipt.code}`}
        placeDate={`Hà Nội, ngày ${formatDate(receipt.receivedAt)}`}
      />
      <Title className="mt-4 text-center text-[13pt] font-bold">{lines.title}</Title>
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
      <div className="mt-4 grid grid-cols-2 gap-3">
        <div className="flex items-center gap-2">
          <div className="size-20 shrink-0" role="img" aria-label="Mã QR tra cứu hồ sơ" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-[8pt]">{lines.lookup}</p>
        </div>
        <div className="flex items-center gap-2">
          <div className="size-20 shrink-0" role="img" aria-label="Mã QR xác minh giấy tiếp nhận" dangerouslySetInnerHTML={{ __html: verifyQr }} />
          <p className="text-[8pt]">
            {lines.verify} <strong className="whitespace-nowrap font-mono">{receipt.verification.code}</strong>
          </p>
        </div>
      </div>
    </PrintSheet>
  );
}
