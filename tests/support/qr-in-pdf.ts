// Reads the QR code printed on a PDF's first page, as a phone would: the page rendered to pixels by
// Poppler's pdftoppm (Debian's poppler-utils), then decoded by jsQR. Returns undefined when no
// renderer is installed (the caller then checks the printed address only).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";

let available: boolean | undefined;

export function canRenderPdf(): boolean {
  if (available === undefined) {
    try {
      execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** The text of the first QR code found on the first page; null when none decodes, undefined without a renderer. */
export function qrTextOnFirstPage(pdf: Uint8Array, dpi = 150): string | null | undefined {
  if (!canRenderPdf()) return undefined;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "qr-"));
  try {
    const file = path.join(directory, "page.pdf");
    fs.writeFileSync(file, pdf);
    const ppm = execFileSync("pdftoppm", ["-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", file], { maxBuffer: 256 * 1024 * 1024 });
    const { width, height, pixels } = parsePpm(ppm);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let index = 0; index < width * height; index++) {
      rgba[index * 4] = pixels[index * 3]!;
      rgba[index * 4 + 1] = pixels[index * 3 + 1]!;
      rgba[index * 4 + 2] = pixels[index * 3 + 2]!;
      rgba[index * 4 + 3] = 255;
    }
    return jsQR(rgba, width, height)?.data ?? null;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** A binary PPM (P6, 8 bits): "P6 width height 255", one white-space byte, then RGB triples. */
function parsePpm(bytes: Buffer): { width: number; height: number; pixels: Buffer } {
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    let token = "";
    while (!/\s/.test(String.fromCharCode(bytes[offset]!))) token += String.fromCharCode(bytes[offset++]!);
    fields.push(token);
  }
  if (fields[0] !== "P6" || fields[3] !== "255") throw new Error("not an 8-bit binary PPM");
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: bytes.subarray(offset + 1) };
}
