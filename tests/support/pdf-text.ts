// A PDF read back with pdf.js, as a screen reader or a search would: its pages, their size and
// their text (diacritics and all), for the tests of the printed forms.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function readPdf(pdf: Uint8Array): Promise<{ pages: { width: number; height: number; text: string }[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    pages.push({ width, height, text: content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " ") });
  }
  return { pages };
}

/** The text of every page, joined; white space collapsed. */
export async function textOf(pdf: Uint8Array): Promise<string> {
  return (await readPdf(pdf)).pages.map((page) => page.text).join("\n").replace(/\s+/g, " ");
}
