// PostgreSQL's COPY text format, for writing the history in bulk (one COPY per table and batch,
// through pg-copy-streams): tab-separated columns, \N for null, backslash escapes.
import type pg from "pg";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";

function escape(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : text;
}

export function encode(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escape(value);
  return escape(JSON.stringify(value));
}

export type Column<T> = readonly [name: string, value: (row: T) => unknown];

/** A table whose rows are written out by one function (the big tables, where it pays). */
export type LineWriter<T> = { columns: readonly string[]; line: (row: T) => string };

/** A value that needs no escaping (ids, enums, numbers) or null. */
export const plain = (value: string | number | null | undefined): string => (value === null || value === undefined ? "\\N" : String(value));
/** An instant, or null. */
export const instant = (value: Date | null | undefined): string => (value ? value.toISOString() : "\\N");
/** A boolean. */
export const flag = (value: boolean): string => (value ? "t" : "f");

const encoder = new TextEncoder();

/** Rows of one table waiting to be copied, already encoded as UTF-8 COPY text. */
export class TableBuffer<T> {
  private bytes = new Uint8Array(1 << 20);
  private length = 0;
  private rows = 0;
  private readonly writer: LineWriter<T>;

  constructor(
    readonly table: string,
    columns: readonly Column<T>[] | LineWriter<T>,
  ) {
    this.writer = Array.isArray(columns)
      ? {
          columns: columns.map(([name]) => name),
          line: (row) => {
            let line = "";
            for (let index = 0; index < columns.length; index++) line += (index > 0 ? "\t" : "") + encode(columns[index]![1](row));
            return line;
          },
        }
      : (columns as LineWriter<T>);
  }

  add(row: T): void {
    const line = `${this.writer.line(row)}\n`;
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (this.length + line.length * 3 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + line.length * 3));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(line, this.bytes.subarray(this.length)).written;
    this.rows += 1;
  }

  get size(): number {
    return this.rows;
  }

  /** Takes the encoded rows (the buffer starts empty again). */
  take(): { table: string; columns: string; bytes: Uint8Array } {
    const bytes = this.bytes.slice(0, this.length);
    this.length = 0;
    this.rows = 0;
    return { table: this.table, columns: this.writer.columns.map((name) => `"${name}"`).join(", "), bytes };
  }
}

/** Copies COPY text (UTF-8 rows ending in newlines) into the table, inside the caller's transaction. */
export async function copyRows(client: pg.PoolClient, table: string, columns: string, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) return;
  const stream = client.query(copyFrom(`COPY "${table}" (${columns}) FROM STDIN`));
  const CHUNK = 1 << 20;
  async function* chunks() {
    for (let start = 0; start < bytes.length; start += CHUNK) yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(CHUNK, bytes.length - start));
  }
  await pipeline(Readable.from(chunks()), stream);
}
