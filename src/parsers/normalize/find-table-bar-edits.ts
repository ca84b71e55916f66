import type { Edit } from './apply-edits.js';

// A line that holds only the bar a portal copy prints between the cells of a
// table (thuvienphapluat's header table: `ỦY BAN NHÂN DÂN` / `|` / `CỘNG HÒA …`).
const BAR_LINE = /^[ \t]*\|[ \t]*$/u;
// The rule row under a Markdown table's head: `|---|:--:|`.
const RULE_ROW = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|){1,12}[ \t]*(?::?-{2,}:?[ \t]*)?$/u;
// A bar between two cells, with the spaces around it.
const INNER_BAR = /[ \t]+\|[ \t]+/gu;

/**
 * Finds the table bars `|` that a flattened web table leaves in a text copy and
 * reads them as the cell breaks they stand for: a line that is only a bar
 * becomes blank (the cells of thuvienphapluat's header stand as blocks), a bar
 * at the end of a line (`VĂN PHÒNG CHÍNH PHỦ |`) and at its start (`| KT. CHỦ
 * TỊCH |`) goes, a bar between cells (`Số: 2583/QĐ-UBND | Tây Ninh, ngày …`)
 * becomes a tab, the cell separator of table rows, and the rule row of a
 * Markdown table goes. Cheap: nothing is done for a text with no bar.
 */
export function findTableBarEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (!text.includes('|')) return edits;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.includes('|')) {
      if (BAR_LINE.test(line)) edits.push({ start, end, insert: '' });
      else if (RULE_ROW.test(line)) edits.push({ start, end: Math.min(end + 1, text.length), insert: '' });
      else readRow(line, start, edits);
    }
    start = end + 1;
  }
  return edits;
}

/** The edits of a row with cells: edge bars out, inner bars to tabs. A row with no edge bar is prose and stays. */
function readRow(line: string, at: number, edits: Edit[]): void {
  const lead = /^[ \t]*\|[ \t]*/u.exec(line);
  const trail = /[ \t]*\|[ \t]*$/u.exec(line);
  if (!lead && !trail) return;
  const from = lead ? lead[0].length : 0;
  const to = trail && trail.index >= from ? trail.index : line.length;
  if (from > 0) edits.push({ start: at, end: at + from, insert: '' });
  for (const m of line.slice(from, to).matchAll(INNER_BAR)) {
    edits.push({ start: at + from + m.index, end: at + from + m.index + m[0].length, insert: '\t' });
  }
  if (to < line.length) edits.push({ start: at + to, end: at + line.length, insert: '' });
}
