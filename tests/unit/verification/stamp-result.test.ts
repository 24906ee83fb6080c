// The issued result: the stamp on the first page says "Tra cứu tính xác thực: <url>" in real text,
// and its QR code decodes to the same address (read back with pdf.js, and rendered with Poppler
// then decoded, where Poppler is installed); a signed PDF is issued unchanged; an image becomes a
// one-page PDF; a locked or damaged PDF is refused.
import { createHash } from "node:crypto";
import PDFKit from "pdfkit";
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument } from "pdf-lib";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { issueResultFile, isSignedPdf, jpegRotation, stampLines, stampPdf, UnreadableResultError, wrapImageInPdf } from "@/lib/verification/stamp-result";
import { qrTextOnFirstPage } from "../../support/qr-in-pdf.ts";
import { readPdf } from "../../support/pdf-text.ts";

const STAMP = { url: "https://dichvucong.hanoi.gov.vn/xac-minh/7KQ2M-XT9RB-4HW8C-PN3DF", code: "7KQ2M-XT9RB-4HW8C-PN3DF" };
const A4 = { width: 595.28, height: 841.89 };

const FONT = fs.readFileSync(path.join(process.cwd(), "node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"));

/** An agency's result as its office exports it, with its own embedded font. */
async function agencyPdf(options: { pages?: number; rotate?: number; size?: [number, number] } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const font = await document.embedFont(FONT, { subset: true });
  for (let number = 1; number <= (options.pages ?? 1); number++) {
    const page = document.addPage(options.size ?? [A4.width, A4.height]);
    page.drawText(`TRÍCH LỤC KHAI SINH trang ${number}`, { x: 60, y: page.getHeight() - 80, size: 16, font });
    page.drawText("Nội dung cuối trang", { x: 60, y: 30, size: 10, font });
    if (options.rotate) page.setRotation(degrees(options.rotate));
  }
  return document.save();
}

/** A 40×20 JPEG whose EXIF orientation (6) asks a viewer to turn it a quarter clockwise. */
const SIDEWAYS_JPEG = Buffer.from(
  "/9j/4QC8RXhpZgAASUkqAAgAAAAGABIBAwABAAAABgAAABoBBQABAAAAVgAAABsBBQABAAAAXgAAACgBAwABAAAAAgAAABMCAwABAAAAAQAAAGmHBAABAAAAZgAAAAAAAAA4YwAA6AMAADhjAADoAwAABgAAkAcABAAAADAyMTABkQcABAAAAAECAwAAoAcABAAAADAxMDABoAMAAQAAAP//AAACoAQAAQAAACgAAAADoAQAAQAAABQAAAAAAAAA/+IB8ElDQ19QUk9GSUxFAAEBAAAB4GxjbXMEIAAAbW50clJHQiBYWVogB+IAAwAUAAkADgAdYWNzcE1TRlQAAAAAc2F3c2N0cmwAAAAAAAAAAAAAAAAAAPbWAAEAAAAA0y1oYW5keem/Vlo+AbaDI4VVRvdPqgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKZGVzYwAAAPwAAAAkY3BydAAAASAAAAAid3RwdAAAAUQAAAAUY2hhZAAAAVgAAAAsclhZWgAAAYQAAAAUZ1hZWgAAAZgAAAAUYlhZWgAAAawAAAAUclRSQwAAAcAAAAAgZ1RSQwAAAcAAAAAgYlRSQwAAAcAAAAAgbWx1YwAAAAAAAAABAAAADGVuVVMAAAAIAAAAHABzAFIARwBCbWx1YwAAAAAAAAABAAAADGVuVVMAAAAGAAAAHABDAEMAMAAAWFlaIAAAAAAAAPbWAAEAAAAA0y1zZjMyAAAAAAABDD8AAAXd///zJgAAB5AAAP2S///7of///aIAAAPcAADAcVhZWiAAAAAAAABvoAAAOPIAAAOPWFlaIAAAAAAAAGKWAAC3iQAAGNpYWVogAAAAAAAAJKAAAA+FAAC2xHBhcmEAAAAAAAMAAAACZmkAAPKnAAANWQAAE9AAAApb/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlwZHhcZWdj/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj/8AAEQgAFAAoAwEiAAIRAQMRAf/EABUAAQEAAAAAAAAAAAAAAAAAAAAG/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABUBAQEAAAAAAAAAAAAAAAAAAAAF/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8ApgERQAAAAAAAAAAf/9k=",
  "base64",
);

async function expectStamped(pdf: Uint8Array): Promise<void> {
  expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  const { pages } = await readPdf(pdf);
  expect(pages[0]!.text).toContain(`Tra cứu tính xác thực: ${STAMP.url}`);
  expect(pages[0]!.text).toContain(`Mã xác minh: ${STAMP.code}`);
  const decoded = qrTextOnFirstPage(pdf);
  // Without Poppler the printed address above is the check; with it, the QR code must say the same.
  if (decoded !== undefined) expect(decoded).toBe(STAMP.url);
}

// Embedding the font, rendering and reading back take a second or two each, more on a busy machine.
describe("stamping a result PDF", { timeout: 60_000 }, () => {
  it("puts the address and its QR code on the first page, keeps the document's pages, size and text", async () => {
    const stamped = await stampPdf(await agencyPdf({ pages: 2 }), STAMP);
    await expectStamped(stamped);
    const { pages } = await readPdf(stamped);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.width).toBeCloseTo(A4.width, 1);
    expect(pages[0]!.height).toBeCloseTo(A4.height, 1);
    expect(pages[0]!.text).toContain("TRÍCH LỤC KHAI SINH trang 1");
    // The line at the very bottom is still there: the content moved up, nothing lies under the stamp.
    expect(pages[0]!.text).toContain("Nội dung cuối trang");
    expect(pages[1]!.text).toContain("TRÍCH LỤC KHAI SINH trang 2");
    expect(pages[1]!.text).not.toContain("Tra cứu tính xác thực");
  });

  it("stamps a page turned by /Rotate upright, at the bottom as it is seen", async () => {
    for (const rotate of [90, 180, 270]) await expectStamped(await stampPdf(await agencyPdf({ rotate }), STAMP));
  });

  it("stamps a small page without a content stream of its own", async () => {
    const bare = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    await expectStamped(await stampPdf(new TextEncoder().encode(bare), STAMP));
  });

  it("is a different file from the upload, so the two hashes differ", async () => {
    const upload = await agencyPdf();
    const issued = await issueResultFile(upload, "application/pdf", STAMP);
    expect(issued.isStamped).toBe(true);
    expect(createHash("sha256").update(issued.bytes).digest("hex")).not.toBe(createHash("sha256").update(upload).digest("hex"));
  });

  it("issues a digitally signed PDF unchanged (a stamp would break its signature)", async () => {
    const document = await PDFDocument.load(await agencyPdf());
    document.context.register(document.context.obj({ Type: "Sig", Filter: "Adobe.PPKLite", ByteRange: [0, 100, 200, 300] }));
    const signed = await document.save({ useObjectStreams: false });
    expect(isSignedPdf(signed)).toBe(true);
    expect(isSignedPdf(await agencyPdf())).toBe(false);
    const issued = await issueResultFile(signed, "application/pdf", STAMP);
    expect(issued.isStamped).toBe(false);
    expect(Buffer.from(issued.bytes).equals(Buffer.from(signed))).toBe(true);
  });

  it("refuses a PDF locked with a password, and one that is not a PDF at all", async () => {
    const locked = new PDFKit({ userPassword: "mat-khau", ownerPassword: "chu-so-huu" });
    const chunks: Buffer[] = [];
    locked.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => locked.on("end", () => resolve(Buffer.concat(chunks))));
    locked.text("Bi mat");
    locked.end();
    await expect(stampPdf(await done, STAMP)).rejects.toEqual(new UnreadableResultError("encrypted"));
    await expect(stampPdf(new TextEncoder().encode("%PDF-1.7\nnot really a pdf"), STAMP)).rejects.toBeInstanceOf(UnreadableResultError);
  });
});

describe("an image result", { timeout: 60_000 }, () => {
  it("becomes a one-page A4 PDF with the image and the stamp", async () => {
    const png = await QRCode.toBuffer("ảnh chụp kết quả", { type: "png", width: 300 });
    const pdf = await wrapImageInPdf(png, "image/png", STAMP);
    const { pages } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(A4.width, 1);
    expect(pages[0]!.height).toBeCloseTo(A4.height, 1);
    await expectStamped(pdf);
  });

  it("turns a phone's sideways photo upright: a wide picture stored tall gives a portrait page", async () => {
    expect(jpegRotation(SIDEWAYS_JPEG)).toBe(90);
    expect(jpegRotation(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBe(0);
    const issued = await issueResultFile(SIDEWAYS_JPEG, "image/jpeg", STAMP);
    const { pages } = await readPdf(issued.bytes);
    // Stored 40×20, shown 20×40 once turned: taller than wide, so the page is portrait.
    expect(pages[0]!.height).toBeGreaterThan(pages[0]!.width);
    await expectStamped(issued.bytes);
  });

  it("refuses an image that cannot be read", async () => {
    await expect(wrapImageInPdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "image/png", STAMP)).rejects.toBeInstanceOf(UnreadableResultError);
  });
});

describe("the stamp's words", () => {
  it("are the line the page asks for and the code", () => {
    expect(stampLines(STAMP)).toEqual([`Tra cứu tính xác thực: ${STAMP.url}`, `Mã xác minh: ${STAMP.code}`]);
  });

  it("fit on a small page too (the address then has a line of its own)", async () => {
    const { pages } = await readPdf(await stampPdf(await agencyPdf({ size: [250, 350] }), STAMP));
    expect(pages[0]!.text).toContain(STAMP.url);
  });
});
