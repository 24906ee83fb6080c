// The printed forms as PDFs: the text set in Be Vietnam Pro, embedded and subset by pdfkit with its
// Unicode map, so the Vietnamese words are real text (searchable, copyable, read aloud), as in the
// receipt (receipt-pdf.ts). One writer draws every sheet: the heading of an administrative paper,
// lines, a table whose header repeats on each page, signatures. Mẫu 02–05 print on A5, the ledger
// (Mẫu 06) on A4 landscape.
import path from "node:path";
import PDFDocument from "pdfkit";
import type { FormAgency, FormSheet, SheetLine, SheetTable } from "./types";
import { formWords } from "./form-words";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "be-vietnam-pro");
const FONTS = {
  regular: path.join(FONT_DIR, "400Regular", "BeVietnamPro_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "BeVietnamPro_700Bold.ttf"),
  italic: path.join(FONT_DIR, "400Regular_Italic", "BeVietnamPro_400Regular_Italic.ttf"),
};

export type Paper = { size: "A5" | "A4"; layout: "portrait" | "landscape"; margin: number; fontSize: number; tableFontSize: number };
export const A5_PORTRAIT: Paper = { size: "A5", layout: "portrait", margin: 34, fontSize: 8.5, tableFontSize: 7 };
export const A4_LANDSCAPE: Paper = { size: "A4", layout: "landscape", margin: 28, fontSize: 9, tableFontSize: 7.5 };

const CELL_PADDING = 3;

export class SheetPdf {
  readonly document: PDFKit.PDFDocument;
  private readonly paper: Paper;
  private table: SheetTable["columns"] | null = null;

  constructor(paper: Paper, info: { title: string; author: string }, pageFooter?: (page: number) => string) {
    this.paper = paper;
    this.document = new PDFDocument({ size: paper.size, layout: paper.layout, margin: paper.margin, info: { Title: info.title, Author: info.author } });
    for (const [name, file] of Object.entries(FONTS)) this.document.registerFont(name, file);
    this.document.font("regular").fontSize(paper.fontSize);
    let page = 1;
    if (pageFooter) {
      this.footer(pageFooter(page));
      this.document.on("pageAdded", () => this.footer(pageFooter(++page)));
    }
  }

  private get left(): number {
    return this.paper.margin;
  }

  private get width(): number {
    return this.document.page.width - 2 * this.paper.margin;
  }

  private get bottom(): number {
    return this.document.page.height - this.paper.margin;
  }

  /** Text in the bottom margin, which pdfkit would otherwise take as "the page is full". */
  private footer(text: string): void {
    const { document } = this;
    const margins = document.page.margins;
    const { x, y } = document;
    document.page.margins = { ...margins, bottom: 0 };
    document.font("regular").fontSize(7).text(text, this.left, document.page.height - this.paper.margin / 2 - 4, { width: this.width, align: "right", lineBreak: false });
    document.page.margins = margins;
    document.font("regular").fontSize(this.paper.fontSize);
    document.x = x;
    document.y = y;
  }

  /** The heading of an administrative paper: the agency on the left, the national motto on the right. */
  heading(agency: FormAgency, codeLine: string, placeDate: string): void {
    const { document } = this;
    const t = formWords().text;
    const size = this.paper.fontSize - 1;
    const leftWidth = this.width * 0.45;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    const top = document.y;
    document.font("regular").fontSize(size).text((agency.parentName ?? "").toUpperCase(), this.left, top, { width: leftWidth, align: "center" });
    document.font("bold").text(agency.name.toUpperCase(), { width: leftWidth, align: "center" });
    const leftEnd = document.y;
    document.font("bold").text(t("motto"), rightX, top, { width: rightWidth, align: "center" });
    document.text(t("mottoLine"), { width: rightWidth, align: "center", underline: true });
    const lineY = Math.max(leftEnd, document.y) + size * 0.6;
    document.font("regular").text(codeLine, this.left, lineY, { width: leftWidth, align: "center" });
    const codeEnd = document.y;
    document.font("italic").text(placeDate, rightX, lineY, { width: rightWidth, align: "center" });
    document.y = Math.max(codeEnd, document.y) + size;
  }

  title(text: string, subtitle?: string): void {
    const { document } = this;
    document.font("bold").fontSize(this.paper.fontSize + 2.5).text(text, this.left, document.y, { width: this.width, align: "center" });
    if (subtitle) document.font("italic").fontSize(this.paper.fontSize).text(subtitle, { width: this.width, align: "center" });
    document.fontSize(this.paper.fontSize).moveDown(0.6);
  }

  lines(lines: SheetLine[]): void {
    const { document } = this;
    document.fontSize(this.paper.fontSize);
    for (const line of lines) {
      document.font(line.bold ? "bold" : line.italic ? "italic" : "regular").text(line.text, this.left, document.y, { width: this.width, indent: line.indent ? 12 : 0, paragraphGap: 2 });
    }
  }

  /** Starts a table: its header row now, and again at the top of each page it runs onto. */
  startTable(columns: SheetTable["columns"]): void {
    this.table = columns;
    this.document.moveDown(0.3);
    this.row(columns.map((column) => column.label), true);
  }

  row(cells: string[], isHeader = false): void {
    const { document } = this;
    const columns = this.table;
    if (!columns) throw new Error("row() before startTable()");
    const widths = columns.map((column) => column.width * this.width);
    const font = isHeader ? "bold" : "regular";
    document.font(font).fontSize(this.paper.tableFontSize);
    const pageRoom = this.bottom - this.paper.margin - 2 * CELL_PADDING;
    const textHeight = Math.min(pageRoom, Math.max(...cells.map((cell, index) => document.heightOfString(cell || " ", { width: widths[index]! - 2 * CELL_PADDING }))));
    const height = textHeight + 2 * CELL_PADDING;
    if (document.y + height > this.bottom) {
      document.addPage();
      if (!isHeader) this.row(columns.map((column) => column.label), true);
      document.font(font).fontSize(this.paper.tableFontSize);
    }
    const top = document.y;
    let x = this.left;
    cells.forEach((cell, index) => {
      const width = widths[index]!;
      if (isHeader) document.rect(x, top, width, height).fill("#e6e6e6").fillColor("#000");
      document.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: width - 2 * CELL_PADDING, height: textHeight, ellipsis: true, align: isHeader ? "center" : "left" });
      document.lineWidth(0.5).rect(x, top, width, height).stroke("#000");
      x += width;
    });
    document.x = this.left;
    document.y = top + height;
  }

  endTable(): void {
    this.table = null;
    this.document.font("regular").fontSize(this.paper.fontSize).moveDown(0.6);
  }

  signatures(signatures: FormSheet["signatures"]): void {
    if (signatures.length === 0) return;
    const { document } = this;
    // Room for the title, a signature and the name; else the block starts a new page.
    if (document.y + 90 > this.bottom) document.addPage();
    document.moveDown(0.6);
    const width = this.width / signatures.length;
    const top = document.y;
    let nameY = top;
    signatures.forEach((signature, index) => {
      const x = this.left + index * width;
      document.font("bold").fontSize(this.paper.fontSize).text(signature.title, x, top, { width, align: "center" });
      document.font("italic").fontSize(this.paper.fontSize - 1.5).text(signature.note, { width, align: "center" });
      nameY = Math.max(nameY, document.y + 42);
    });
    signatures.forEach((signature, index) => {
      document.font("bold").fontSize(this.paper.fontSize).text(signature.name, this.left + index * width, nameY, { width, align: "center" });
    });
    document.x = this.left;
  }

  footnote(text: string): void {
    this.document.moveDown(0.8).font("italic").fontSize(this.paper.fontSize - 1.5).text(text, this.left, this.document.y, { width: this.width });
  }

  /** A whole form: heading, title, lines, table, lines, signatures. */
  sheet(sheet: FormSheet): void {
    this.heading(sheet.agency, sheet.codeLine, sheet.placeDate);
    this.title(sheet.title);
    this.lines(sheet.before);
    if (sheet.table) {
      this.startTable(sheet.table.columns);
      for (const cells of sheet.table.rows) this.row(cells);
      this.endTable();
    }
    this.lines(sheet.after);
    this.signatures(sheet.signatures);
    if (sheet.footnote) this.footnote(sheet.footnote);
  }

  newPage(): void {
    this.document.addPage();
  }
}

/** The PDF's bytes as they are written: a stream for the response. Errors end the stream. */
export function pdfStream(pdf: SheetPdf, write: (pdf: SheetPdf) => Promise<void>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      pdf.document.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      pdf.document.on("end", () => controller.close());
      write(pdf).then(
        () => pdf.document.end(),
        (error: unknown) => controller.error(error),
      );
    },
  });
}

/** Forms 02–05 of a dossier: one sheet per page (two supplement requests: two pages). */
export async function renderSheetsPdf(sheets: FormSheet[], info: { title: string; author: string }): Promise<Buffer> {
  const pdf = new SheetPdf(A5_PORTRAIT, info);
  const chunks: Buffer[] = [];
  pdf.document.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.document.on("end", () => resolve(Buffer.concat(chunks))));
  sheets.forEach((sheet, index) => {
    if (index > 0) pdf.newPage();
    pdf.sheet(sheet);
  });
  pdf.document.end();
  return done;
}
