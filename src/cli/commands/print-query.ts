import type { Db } from '../../store/open-database.js';
import { createRowWriter, writeRows, type Column, type Row, type RowFormat } from '../../output/formats/row-writer.js';
import { openSink } from '../../output/formats/sink.js';

/**
 * Streams a query's rows in a row format to `out` (a file, or stdout when
 * undefined): what the listing commands (citations, tasks, units, export) share.
 */
export function printQuery(
  db: Db,
  query: { sql: string; params: unknown[] },
  columns: Column[],
  opts: { format: RowFormat; out?: string; bom?: boolean },
): void {
  const sink = openSink(opts.out);
  try {
    const writer = createRowWriter(opts.format, sink, columns, { bom: opts.bom });
    writeRows(db.prepare(query.sql).iterate(...query.params) as Iterable<Row>, writer, sink);
  } finally {
    sink.close();
  }
}
