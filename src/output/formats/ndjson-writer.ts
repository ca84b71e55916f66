import type { Sink } from './sink.js';
import { pick, type Column, type Row, type RowWriter } from './row-writer.js';

/** One JSON object per line (NDJSON / JSON Lines). */
export function ndjsonWriter(sink: Sink, columns: Column[]): RowWriter {
  return {
    row(r: Row) {
      sink.write(`${JSON.stringify(pick(r, columns))}\n`);
    },
    end() {},
  };
}
