import type { Sink } from './sink.js';
import type { Cell, Column, Row, RowWriter } from './row-writer.js';

/** Rows looked at before the column widths are fixed; later rows are clipped to them. */
const SAMPLE = 200;

/**
 * Aligned columns for a terminal. Widths come from the header and the first
 * rows (so output starts at once and memory stays constant), each capped at the
 * column's `width`; longer cells are clipped with `…`. Line breaks and tabs in a
 * cell print as spaces.
 */
export function tableWriter(sink: Sink, columns: Column[]): RowWriter {
  let sample: string[][] | null = [];
  let widths: number[] = [];
  const fix = (): void => {
    widths = columns.map((c, j) => {
      const cap = c.width ?? 40;
      let w = width(c.header ?? c.key);
      for (const cells of sample!) w = Math.max(w, width(cells[j]));
      return Math.min(w, Math.max(cap, width(c.header ?? c.key)));
    });
    sink.write(`${line(columns.map((c) => c.header ?? c.key))}\n`);
    sink.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
    for (const cells of sample!) sink.write(`${line(cells)}\n`);
    sample = null;
  };
  const line = (cells: string[]): string =>
    cells
      .map((c, j) => {
        const s = clip(c, widths[j]);
        const pad = ' '.repeat(widths[j] - width(s));
        return columns[j].numeric ? pad + s : j === cells.length - 1 ? s : s + pad;
      })
      .join('  ');
  return {
    row(r: Row) {
      const cells = columns.map((c) => tableCell(r[c.key]));
      if (sample) {
        sample.push(cells);
        if (sample.length >= SAMPLE) fix();
      } else sink.write(`${line(cells)}\n`);
    },
    end() {
      if (sample) fix();
    },
  };
}

/** A cell as one line of text. */
export function tableCell(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[\r\n\t]+/g, ' ');
}

/** Display width: code points (NFC Vietnamese letters are one each). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** `s` clipped to `w` columns, ending in `…` when cut. */
export function clip(s: string, w: number): string {
  if (width(s) <= w) return s;
  const cps = Array.from(s);
  return `${cps.slice(0, Math.max(0, w - 1)).join('')}…`;
}
