import type { Edit } from './apply-edits.js';

// A line that holds only the bar a portal copy prints between the cells of a
// table (thuvienphapluat's header table: `ỦY BAN NHÂN DÂN` / `|` / `CỘNG HÒA …`).
const BAR_LINE = /^[ \t]*\|[ \t]*$/u;

/**
 * Finds the lines that hold only a table bar `|` and empties them, so the
 * cells of a flattened header table stand as blocks between blank lines.
 * Cheap: nothing is done for a text with no bar, and only short lines are read.
 */
export function findTableBarEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (!text.includes('|')) return edits;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= 8 && BAR_LINE.test(text.slice(start, end))) {
      edits.push({ start, end, insert: '' });
    }
    start = end + 1;
  }
  return edits;
}
