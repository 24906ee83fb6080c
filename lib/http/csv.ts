// CSV files the officers download (the ledger, the accountability report), as Excel reads them.

/** Excel reads UTF-8 only with the byte order mark; without it the diacritics come out garbled. */
export const CSV_BOM = "\uFEFF";

/**
 * One CSV line (RFC 4180, CRLF). A cell that starts like a formula (= + - @) gets a leading
 * apostrophe: names and addresses are typed by applicants, and a spreadsheet must not run them.
 */
export function csvLine(cells: string[]): string {
  return `${cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(",")}\r\n`;
}
