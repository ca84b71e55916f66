import type { Sink } from './sink.js';
import { csvWriter } from './csv-writer.js';
import { jsonWriter } from './json-writer.js';
import { ndjsonWriter } from './ndjson-writer.js';
import { tableWriter } from './table-writer.js';

/** A cell: what SQLite gives back (text, number, null). */
export type Cell = string | number | bigint | null;
export type Row = Record<string, Cell>;

/** One output column: the row key, the header printed, and how wide a table cell may grow. */
export interface Column {
  key: string;
  header?: string;
  /** Widest a table cell may be before it is clipped with `…` (default 40). */
  width?: number;
  /** Right-align in tables (counts). */
  numeric?: boolean;
}

export type RowFormat = 'table' | 'json' | 'ndjson' | 'csv';
export const ROW_FORMATS: readonly RowFormat[] = ['table', 'json', 'ndjson', 'csv'];

/** Writes rows one at a time; `end()` closes the array or flushes the table. */
export interface RowWriter {
  row(r: Row): void;
  end(): void;
}

export interface RowWriterOptions {
  /** CSV: start with a UTF-8 byte order mark so spreadsheet programs read UTF-8. */
  bom?: boolean;
}

/** The writer for `format`, writing `columns` of each row to `sink`. */
export function createRowWriter(format: RowFormat, sink: Sink, columns: Column[], opts: RowWriterOptions = {}): RowWriter {
  switch (format) {
    case 'table':
      return tableWriter(sink, columns);
    case 'json':
      return jsonWriter(sink, columns);
    case 'ndjson':
      return ndjsonWriter(sink, columns);
    case 'csv':
      return csvWriter(sink, columns, opts.bom ?? false);
  }
}

/** The row restricted to `columns`, in their order, bigints as numbers (JSON cannot hold a bigint). */
export function pick(r: Row, columns: Column[]): Record<string, string | number | null> {
  const o: Record<string, string | number | null> = {};
  for (const c of columns) {
    const v = r[c.key];
    o[c.key] = v === undefined ? null : typeof v === 'bigint' ? Number(v) : v;
  }
  return o;
}

/**
 * Streams every row of `rows` (a better-sqlite3 `.iterate()`) through a writer,
 * stopping early when the reader is gone. Returns how many rows were written.
 */
export function writeRows(rows: Iterable<Row>, writer: RowWriter, sink: Sink): number {
  let n = 0;
  const it = rows[Symbol.iterator]();
  try {
    for (let next = it.next(); !next.done; next = it.next()) {
      writer.row(next.value);
      n++;
      if (sink.broken) break;
    }
  } finally {
    it.return?.();
  }
  writer.end();
  return n;
}
