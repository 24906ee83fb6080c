// Mẫu 01 as a PDF (A5): text set in Be Vietnam Pro, embedded and subset by pdfkit with its
// Unicode map, so the Vietnamese text is real text (searchable, copyable, read aloud), and the
// QR codes of the public lookup and of the receipt's verification drawn as vector squares.
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { formatDate } from "@/lib/i18n/format";
import type { ReceiptData } from "./receipt";
import { receiptLines } from "./receipt-text";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");
const REGULAR = path.join(FONT_DIR, "400Regular", "BeVietnamPro_400Regular.ttf");
const BOLD = path.join(FONT_DIR, "700Bold", "BeVietnamPro_700Bold.ttf");

export async function renderReceiptPdf(receipt: ReceiptData): Promise<Buffer> {
  const document = new PDFDocument({ size: "A5", margins: { top: 36, bottom: 36, left: 40, right: 40 }, info: { Title: `Giấy tiếp nhận hồ sơ ${receipt.code}`, Author: receipt.agencyName } });
  const chunks: Buffer[] = [];
  document.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on("end", () => resolve(Buffer.concat(chunks))));
  document.registerFont("regular", REGULAR);
  document.registerFont("bold", BOLD);
  const width = document.page.width - 80;
  const lines = receiptLines(receipt);

  // Heading: the agency on the left, the national motto on the right.
  const top = document.y;
  document.font("regular").fontSize(7.5).text((receipt.parentAgencyName ?? "").toUpperCase(), 40, top, { width: width * 0.45, align: "center" });
  document.font("bold").text(receipt.agencyName.toUpperCase(), { width: width * 0.45, align: "center" });
  document.font("bold").fontSize(7.5).text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 40 + width * 0.45, top, { width: width * 0.55, align: "center" });
  document.font("bold").text("Độc lập - Tự do - Hạnh phúc", { width: width * 0.55, align: "center", underline: true });
  document.moveDown(0.6);
  document.font("regular").fontSize(8).text(`Mã hồ sơ: ${receipt.code}`, 40, document.y, { width: width * 0.45, align: "center" });
  document.text(`Hà Nội, ngày ${formatDate(receipt.receivedAt)}`, 40 + width * 0.45, document.y - 10, { width: width * 0.55, align: "center" });
  document.moveDown(1);
  document.font("bold").fontSize(11).text(lines.title, 40, document.y, { width, align: "center" });
  document.moveDown(0.6);
  document.fontSize(8.5);
  for (const line of lines.body) {
    document.font(line.bold ? "bold" : "regular").text(line.text, 40, document.y, { width, indent: line.indent ? 10 : 0, paragraphGap: 2 });
  }
  document.moveDown(0.8);
  const signY = document.y;
  document.font("bold").text("NGƯỜI NỘP HỒ SƠ", 40, signY, { width: width / 2, align: "center" });
  document.text("NGƯỜI TIẾP NHẬN HỒ SƠ", 40 + width / 2, signY, { width: width / 2, align: "center" });
  document.font("regular").fontSize(7).text("(Ký và ghi rõ họ tên)", 40, document.y, { width: width / 2, align: "center" });
  document.text("(Ký và ghi rõ họ tên)", 40 + width / 2, document.y - 9, { width: width / 2, align: "center" });
  document.moveDown(2.5);
  const nameY = document.y;
  document.font("bold").fontSize(8.5).text(receipt.applicant.fullName, 40, nameY, { width: width / 2, align: "center" });
  document.text(receipt.receiverName ?? "", 40 + width / 2, nameY, { width: width / 2, align: "center" });

  // Two QR codes side by side, each with its words: the public lookup (with the lookup code) and
  // the receipt's own verification (docs/domain/verification.md).
  const qrY = Math.min(document.y + 14, document.page.height - 36 - 62);
  const half = width / 2;
  drawQr(document, receipt.lookupUrl, 40, qrY);
  document.fillColor("#000").font("regular").fontSize(6.5).text(lines.lookup, 40 + 66, qrY, { width: half - 72 });
  drawQr(document, receipt.verification.url, 40 + half, qrY);
  document.fillColor("#000").font("regular").fontSize(6.5).text(lines.verify, 40 + half + 66, qrY, { width: half - 66 });
  // The code on a line of its own, never broken at its dashes.
  document.font("bold").text(receipt.verification.code, 40 + half + 66, document.y + 1, { lineBreak: false });
  document.end();
  return done;
}

/** A QR code 60 pt wide, drawn as vector squares (sharp at any printer's resolution). */
function drawQr(document: PDFKit.PDFDocument, url: string, x: number, y: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const cell = 60 / size;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (qr.modules.get(row, column)) document.rect(x + column * cell, y + row * cell, cell, cell).fill("#000");
    }
  }
}
