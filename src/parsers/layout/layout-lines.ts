/** One line of the normalized text, with its content trimmed of spaces and emphasis marks. */
export interface LayoutLine {
  /** Index of the line in the document (0-based). */
  index: number;
  /** Offset of the first content character (after spaces and leading `*`, `_`, `#`). */
  start: number;
  /** End-exclusive offset of the content (before trailing spaces and emphasis marks). */
  end: number;
  /** The content: `text.slice(start, end)`. */
  text: string;
}

// Markdown emphasis and heading marks that a .txt copy of a web page keeps around
// whole lines (`**KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC**`); they are not part of the words.
const EDGE = new Set([' ', '\t', '\u00a0', '*', '_', '#', '\r']);

/**
 * Splits the text into lines and trims each line's content of spaces and
 * emphasis marks, keeping offsets into the text. Blank lines are kept (with
 * empty text) so that line indices follow the document.
 */
export function layoutLines(text: string): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let lineStart = 0;
  let index = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && EDGE.has(text[s])) s++;
    while (e > s && EDGE.has(text[e - 1])) e--;
    lines.push({ index, start: s, end: e, text: text.slice(s, e) });
    index++;
    lineStart = lineEnd + 1;
  }
  return lines;
}
