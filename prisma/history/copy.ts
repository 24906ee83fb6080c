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

/** Rows of one table waiting to be copied, already encoded. */
export class TableBuffer<T> {
  private lines: string[] = [];

  constructor(
    readonly table: string,
    private readonly columns: readonly Column<T>[],
  ) {}

  add(row: T): void {
    let line = "";
    for (let index = 0; index < this.columns.length; index++) {
      if (index > 0) line += "\t";
      line += encode(this.columns[index]![1](row));
    }
    this.lines.push(line);
  }

  get size(): number {
    return this.lines.length;
  }

  /** Takes the buffered lines (the buffer is empty afterwards). */
  take(): { table: string; columns: string; lines: string[] } {
    const lines = this.lines;
    this.lines = [];
    return { table: this.table, columns: this.columns.map(([name]) => `"${name}"`).join(", "), lines };
  }
}

/** Copies the lines into the table on `client` (inside the caller's transaction). */
export async function copyLines(client: pg.PoolClient, table: string, columns: string, lines: string[]): Promise<void> {
  if (lines.length === 0) return;
  const stream = client.query(copyFrom(`COPY "${table}" (${columns}) FROM STDIN`));
  const CHUNK = 2000;
  async function* chunks() {
    for (let start = 0; start < lines.length; start += CHUNK) yield `${lines.slice(start, start + CHUNK).join("\n")}\n`;
  }
  await pipeline(Readable.from(chunks()), stream);
}
