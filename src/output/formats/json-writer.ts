import type { Sink } from './sink.js';
import { pick, type Column, type Row, type RowWriter } from './row-writer.js';

/** One JSON array, one object per line inside it, written as the rows come. */
export function jsonWriter(sink: Sink, columns: Column[]): RowWriter {
  let first = true;
  return {
    row(r: Row) {
      sink.write(`${first ? '[\n' : ',\n'}${JSON.stringify(pick(r, columns))}`);
      first = false;
    },
    end() {
      sink.write(first ? '[]\n' : '\n]\n');
    },
  };
}
