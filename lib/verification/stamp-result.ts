// The issued result: the file an officer attaches, with the portal's verification stamp on its
// first page (a QR code of /xac-minh/<code>, the line "Tra cứu tính xác thực: <url>" and the code),
// so that whoever holds it, on paper or as a file, can check it was issued here
// (docs/domain/verification.md). pdf-lib edits the existing PDF (pdfkit only writes new ones); the
// text is set in Be Vietnam Pro, embedded, so it is real, searchable Vietnamese.
//
// The first page's content is shrunk a little toward its top to free a band at the bottom for the
// stamp: nothing the agency signed and sealed is hidden under it. A PDF that carries a digital
// signature is issued as it is: any change would break the signature that gives it its force
// (Decree 30/2020/NĐ-CP, Law on Electronic Transactions 2023). An image (a photographed or scanned
// paper) becomes a one-page A4 PDF with the image and the same stamp.
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import {
  EncryptedPDFError,
  PDFArray,
  PDFDocument,
  PDFName,
  PDFNumber,
  concatTransformationMatrix,
  degrees,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";
import QRCode from "qrcode";

const FONT = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro", "400Regular", "BeVietnamPro_400Regular.ttf");
const A4 = { width: 595.28, height: 841.89 };

/** What the stamp says: the page's address (the QR code's content) and the code printed under it. */
export type Stamp = { url: string; code: string };

export type IssuedFile = {
  bytes: Uint8Array;
  mimeType: "application/pdf";
  /** False for a digitally signed PDF, issued unchanged. */
  isStamped: boolean;
};

/** The file cannot be read as a PDF (damaged, or locked with a password): the officer exports it again. */
export class UnreadableResultError extends Error {
  constructor(readonly reason: "encrypted" | "damaged") {
    super(`result file ${reason}`);
  }
}

/** The words of the stamp, always Vietnamese like the documents it is put on. */
export const stampLines = (stamp: Stamp): [string, string] => [`Tra cứu tính xác thực: ${stamp.url}`, `Mã xác minh: ${stamp.code}`];

/** A PDF signed digitally (a signature dictionary's byte range), which no stamp may touch. */
export function isSignedPdf(bytes: Uint8Array): boolean {
  return /\/ByteRange\s*\[/.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
}

/** The file the portal issues for an uploaded result (PDF, JPEG or PNG, already sniffed). */
export async function issueResultFile(bytes: Uint8Array, type: "application/pdf" | "image/jpeg" | "image/png", stamp: Stamp): Promise<IssuedFile> {
  if (type !== "application/pdf") return { bytes: await wrapImageInPdf(bytes, type, stamp), mimeType: "application/pdf", isStamped: true };
  if (isSignedPdf(bytes)) return { bytes, mimeType: "application/pdf", isStamped: false };
  return { bytes: await stampPdf(bytes, stamp), mimeType: "application/pdf", isStamped: true };
}

/** The PDF with the stamp on its first page. */
export async function stampPdf(bytes: Uint8Array, stamp: Stamp): Promise<Uint8Array> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    // pdf-lib's error classes lose their prototype when compiled to ES5: known by the message too.
    const isEncrypted = error instanceof EncryptedPDFError || (error instanceof Error && /is encrypted/.test(error.message));
    throw new UnreadableResultError(isEncrypted ? "encrypted" : "damaged");
  }
  try {
    if (document.getPageCount() === 0) throw new UnreadableResultError("damaged");
    const page = document.getPage(0);
    const frame = visualFrame(page);
    const band = bandHeight(frame.height);
    shrinkContentToTop(page, frame, (frame.height - band) / frame.height);
    await drawStamp(document, page, frame, band, stamp);
    return await document.save();
  } catch (error) {
    // pdf-lib reads a damaged file leniently and fails later, on whatever part is missing.
    if (error instanceof UnreadableResultError) throw error;
    throw new UnreadableResultError("damaged");
  }
}

/** An image as a one-page A4 PDF (landscape for a wide image), the stamp below it. */
export async function wrapImageInPdf(bytes: Uint8Array, type: "image/jpeg" | "image/png", stamp: Stamp): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  let image;
  try {
    // A copy of its own: pdf-lib reads the image through its ArrayBuffer from offset 0, and a
    // Node Buffer is often a slice of a larger pool.
    const own = new Uint8Array(bytes);
    image = type === "image/png" ? await document.embedPng(own) : await document.embedJpg(own);
  } catch {
    throw new UnreadableResultError("damaged");
  }
  // A phone's photo is stored sideways with an orientation tag; a viewer turns it, a PDF must too.
  const turn = type === "image/jpeg" ? jpegRotation(bytes) : 0;
  const [shownWidth, shownHeight] = turn % 180 === 0 ? [image.width, image.height] : [image.height, image.width];
  const size = shownWidth > shownHeight ? { width: A4.height, height: A4.width } : A4;
  const page = document.addPage([size.width, size.height]);
  const frame = visualFrame(page);
  const band = bandHeight(size.height);
  const margin = 36;
  const scale = Math.min((size.width - 2 * margin) / shownWidth, (size.height - margin - band - 12) / shownHeight);
  const width = shownWidth * scale;
  const height = shownHeight * scale;
  const left = (size.width - width) / 2;
  const bottom = size.height - margin - height;
  // drawImage turns about the image's lower-left corner (counter-clockwise): place that corner so
  // that the turned picture lands in the box [left, bottom, width, height].
  const drawn = { width: image.width * scale, height: image.height * scale };
  const corner =
    turn === 90 ? { x: left, y: bottom + height }
    : turn === 180 ? { x: left + width, y: bottom + height }
    : turn === 270 ? { x: left + width, y: bottom }
    : { x: left, y: bottom };
  page.drawImage(image, { ...corner, ...drawn, rotate: degrees(-turn) });
  await drawStamp(document, page, frame, band, stamp);
  return document.save();
}

/** The page as it is seen: its visible box, turned by /Rotate; maps seen coordinates to the page's own. */
type Frame = { width: number; height: number; matrix: [number, number, number, number, number, number] };

function visualFrame(page: PDFPage): Frame {
  const { x, y, width, height } = page.getCropBox();
  const rotation = (((page.getRotation().angle % 360) + 360) % 360) as number;
  switch (rotation) {
    case 90:
      return { width: height, height: width, matrix: [0, 1, -1, 0, x + width, y] };
    case 180:
      return { width, height, matrix: [-1, 0, 0, -1, x + width, y + height] };
    case 270:
      return { width: height, height: width, matrix: [0, -1, 1, 0, x, y + height] };
    default:
      return { width, height, matrix: [1, 0, 0, 1, x, y] };
  }
}

const apply = (matrix: Frame["matrix"], u: number, v: number): [number, number] => [
  matrix[0] * u + matrix[2] * v + matrix[4],
  matrix[1] * u + matrix[3] * v + matrix[5],
];

/** The band's height: about 2 cm on A4, less on a small page. */
const bandHeight = (pageHeight: number): number => Math.min(64, Math.max(40, pageHeight * 0.075));

/**
 * Shrinks the page's content (and its links and fields) by `factor` toward the top centre of the
 * page as seen, leaving the bottom band empty. A uniform scale about one point is the same whatever
 * the page's rotation, so it is applied in the page's own coordinates.
 */
function shrinkContentToTop(page: PDFPage, frame: Frame, factor: number): void {
  const [px, py] = apply(frame.matrix, frame.width / 2, frame.height);
  const e = px * (1 - factor);
  const f = py * (1 - factor);
  const context = page.doc.context;
  page.node.normalize();
  const start = context.register(context.contentStream([pushGraphicsState(), concatTransformationMatrix(factor, 0, 0, factor, e, f)]));
  const end = context.register(context.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
  const annotations = page.node.Annots();
  if (!(annotations instanceof PDFArray)) return;
  for (let index = 0; index < annotations.size(); index++) {
    const annotation = context.lookup(annotations.get(index));
    const rect = annotation && "lookup" in annotation ? (annotation as { lookup: (key: PDFName) => unknown }).lookup(PDFName.of("Rect")) : null;
    if (!(rect instanceof PDFArray) || rect.size() !== 4) continue;
    const values = [0, 1, 2, 3].map((at) => (rect.get(at) instanceof PDFNumber ? (rect.get(at) as PDFNumber).asNumber() : 0));
    const moved = values.map((value, at) => value * factor + (at % 2 === 0 ? e : f));
    moved.forEach((value, at) => rect.set(at, PDFNumber.of(value)));
  }
}

/** The QR code and the two lines, in the band at the bottom of the page as seen. */
async function drawStamp(document: PDFDocument, page: PDFPage, frame: Frame, band: number, stamp: Stamp): Promise<void> {
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fs.readFileSync(FONT), { subset: true });
  const padding = 6;
  const qrSize = band - 2 * padding;
  const left = Math.max(padding * 2, frame.width * 0.06);
  const textLeft = left + qrSize + 8;
  const textWidth = frame.width - textLeft - left;
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...frame.matrix));
  // A hairline separates the stamp from the document.
  page.drawLine({ start: { x: left, y: band }, end: { x: frame.width - left, y: band }, thickness: 0.4, color: rgb(0.55, 0.55, 0.55) });
  page.drawSvgPath(qrPath(stamp.url), { x: left, y: padding + qrSize, scale: qrSize / qrModules(stamp.url), color: rgb(0, 0, 0), borderWidth: 0 });
  const [first, second] = stampLines(stamp);
  const lines = fitLines(font, first, textWidth);
  let baseline = padding + qrSize - 9;
  for (const line of [...lines.lines, second]) {
    page.drawText(line, { x: textLeft, y: baseline, size: lines.size, font, color: rgb(0, 0, 0) });
    baseline -= lines.size * 1.5;
  }
  page.pushOperators(popGraphicsState());
}

/** The first line in one line if it fits at a readable size, else the address on a line of its own. */
function fitLines(font: PDFFont, line: string, width: number): { lines: string[]; size: number } {
  const fits = (text: string) => Math.min(7, (width / font.widthOfTextAtSize(text, 1)) * 0.98);
  const whole = fits(line);
  if (whole >= 5) return { lines: [line], size: whole };
  const [label, url] = [line.slice(0, line.indexOf(": ") + 1), line.slice(line.indexOf(": ") + 2)];
  return { lines: [label, url], size: Math.max(3.5, Math.min(fits(label), fits(url))) };
}

const qrModules = (url: string): number => QRCode.create(url, { errorCorrectionLevel: "M" }).modules.size;

/** The QR code's dark modules as one SVG path, runs of a row merged, in module units. */
export function qrPath(url: string): string {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  let path = "";
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!qr.modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && qr.modules.get(row, column)) column++;
      path += `M${start} ${row}h${column - start}v1h${start - column}z`;
    }
  }
  return path;
}

/** The turn (clockwise, in degrees) a JPEG's EXIF orientation asks for; 0 when it has none. */
export function jpegRotation(bytes: Uint8Array): 0 | 90 | 180 | 270 {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 < bytes.length && view.getUint8(offset) === 0xff) {
    const marker = view.getUint8(offset + 1);
    const length = view.getUint16(offset + 2);
    if (marker === 0xe1 && view.getUint32(offset + 4) === 0x45786966) return exifRotation(view, offset + 10);
    if (marker === 0xda) break;
    offset += 2 + length;
  }
  return 0;
}

function exifRotation(view: DataView, tiff: number): 0 | 90 | 180 | 270 {
  if (tiff + 8 > view.byteLength) return 0;
  const little = view.getUint16(tiff) === 0x4949;
  const directory = tiff + view.getUint32(tiff + 4, little);
  if (directory + 2 > view.byteLength) return 0;
  const entries = view.getUint16(directory, little);
  for (let index = 0; index < entries; index++) {
    const entry = directory + 2 + index * 12;
    if (entry + 12 > view.byteLength) return 0;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    const orientation = view.getUint16(entry + 8, little);
    return orientation === 3 ? 180 : orientation === 6 ? 90 : orientation === 8 ? 270 : 0;
  }
  return 0;
}
