// The demo accounts' results as real files, so that a newcomer can download one and verify it
// (docs/domain/verification.md): a sample result PDF per demo dossier, issued as the back office
// issues one (its own verification code, the QR stamp), stored before the history is written and
// named in the dossier's MARK_RESULT_READY, so the document row, the trail and the file agree. The
// other dossiers of the history keep a result without a file (a million PDFs would be gigabytes).
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import type pg from "pg";
import type { ResultDocument } from "../../lib/dossiers/requests.ts";
import { env } from "../../lib/env.ts";
import { configuredStorage } from "../../lib/storage/configured.ts";
import { formatVerificationCode, newVerificationCode, verificationUrl } from "../../lib/verification/codes.ts";
import { issueResultFile } from "../../lib/verification/stamp-result.ts";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");
const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The sample an agency's office would have exported: plainly marked as demo data. */
async function samplePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const bold = await document.embedFont(fs.readFileSync(path.join(FONT_DIR, "700Bold", "BeVietnamPro_700Bold.ttf")), { subset: true });
  const regular = await document.embedFont(fs.readFileSync(path.join(FONT_DIR, "400Regular", "BeVietnamPro_400Regular.ttf")), { subset: true });
  const page = document.addPage([595.28, 841.89]);
  page.drawText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { x: 170, y: 780, size: 12, font: bold });
  page.drawText("Độc lập - Tự do - Hạnh phúc", { x: 220, y: 762, size: 12, font: bold });
  page.drawText("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", { x: 150, y: 700, size: 15, font: bold });
  const lines = [
    "Văn bản mẫu của dữ liệu trình diễn Cổng Một Cửa: không có giá trị pháp lý.",
    "Mã QR ở cuối trang dẫn tới trang xác minh của văn bản này trên Cổng.",
  ];
  lines.forEach((line, index) => page.drawText(line, { x: 72, y: 650 - index * 20, size: 11, font: regular }));
  return document.save();
}

export type DemoResult = { document: ResultDocument; bytes: Uint8Array };

/** `count` issued sample results, each with its own code and stamp. */
export async function makeDemoResults(count: number, publicUrl = env.PUBLIC_URL): Promise<DemoResult[]> {
  const upload = await samplePdf();
  const results: DemoResult[] = [];
  for (let index = 0; index < count; index++) {
    const code = newVerificationCode(randomBytes);
    const issued = await issueResultFile(upload, "application/pdf", { url: verificationUrl(publicUrl, code), code: formatVerificationCode(code) });
    results.push({
      bytes: issued.bytes,
      document: {
        name: "ket-qua-giai-quyet.pdf", mimeType: issued.mimeType, sizeBytes: issued.bytes.length, sha256: sha256(issued.bytes),
        storageKey: `history/demo/${code}`, verificationCode: code, originalSha256: sha256(upload),
      },
    });
  }
  return results;
}

/**
 * Stores the files, each announced first like any upload: the ones no dossier ends up using (a
 * demo dossier still waiting) are left to the housekeeping sweep, which removes announced files
 * that no row names.
 */
export async function storeDemoResults(pool: pg.Pool, results: DemoResult[]): Promise<void> {
  if (results.length === 0) return;
  await pool.query("INSERT INTO storage_intent (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING", [results.map((result) => result.document.storageKey)]);
  // The configured storage itself (not lib/storage's server-only entry): the bench runs this outside the react-server condition.
  const storage = configuredStorage();
  for (const result of results) await storage.put(result.document.storageKey, result.bytes, result.document.mimeType);
}

/** Once the rows are written: the files a document names are no longer a pending write. */
export async function settleDemoResults(pool: pg.Pool, results: DemoResult[]): Promise<void> {
  if (results.length === 0) return;
  await pool.query("DELETE FROM storage_intent WHERE key IN (SELECT storage_key FROM document WHERE storage_key = ANY($1::text[]))", [results.map((result) => result.document.storageKey)]);
}
