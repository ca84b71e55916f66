import type { Edit } from './apply-edits.js';

/**
 * Finds the edits that tidy spaces inside lines and blank lines between them:
 * a run of spaces becomes one space, a run of spaces and tabs holding a tab
 * becomes one tab (the cell separator of table rows), spaces and tabs at the
 * start and end of a line go, and three or more line breaks become one blank
 * line. Blank lines at the start and end of the text go too.
 */
export function findSpaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) {
      i++;
      continue;
    }
    // A run of whitespace [i, j).
    let j = i;
    let tabs = 0;
    let breaks = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x20) j++;
      else if (d === 0x09) {
        tabs++;
        j++;
      } else if (d === 0x0a) {
        breaks++;
        j++;
      } else break;
    }
    const atStart = i === 0;
    const atEnd = j === n;
    let want: string;
    if (atStart || atEnd) want = '';
    else if (breaks > 0) want = breaks >= 2 ? '\n\n' : '\n';
    else want = tabs > 0 ? '\t' : ' ';
    // One edit for the whole run: the kept break or space maps to the run's
    // start, so a span ending before it excludes trailing spaces, and the next
    // character maps to itself, so a span starting there excludes leading ones.
    if (text.slice(i, j) !== want) edits.push({ start: i, end: j, insert: want });
    i = j;
  }
  return edits;
}
