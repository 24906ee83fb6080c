// Mẫu 01 as a PDF (A5): text set in Be Vietnam Pro, embedded and subset by pdfkit with its
// Unicode map, so the Vietnamese text is real text (searchable, copyable, read aloud), and the
// QR code of the public lookup drawn as vector squares.
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

  // The QR code of the public lookup, with the lookup code beside it.
  const qr = QRCode.create(receipt.lookupUrl, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const cell = 60 / size;
  const qrX = 40;
  const qrY = Math.min(document.y + 14, document.page.height - 36 - 62);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (qr.modules.get(row, column)) document.rect(qrX + column * cell, qrY + row * cell, cell, cell).fill("#000");
    }
  }
  document.fillColor("#000").font("regular").fontSize(7.5).text(lines.lookup, qrX + 70, qrY + 8, { width: width - 70 });
  document.end();
  return done;
}
