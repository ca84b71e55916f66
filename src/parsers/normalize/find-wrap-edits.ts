import type { Edit } from './apply-edits.js';
import { continuesLine } from './continues-line.js';
import { splitLines } from './split-lines.js';

/**
 * Line ends that cannot end a line of text: a số ký hiệu cut after one of its
 * inner hyphens or slashes, or a word cut after a tight hyphen. Each with an
 * example of the cut it repairs. The end is matched on the trimmed line.
 */
const CUT_ENDS: ReadonlyArray<{ pattern: RegExp; next: RegExp; example: string }> = [
  {
    // `57/2021/TT-` + `BTC`, `số 166/QĐ-` + `UBND`, `150/TB-SKH-` + `CN`
    pattern: /(?<![\p{L}\p{N}])\d{1,5}(?:\/\d{4})?\/\p{Lu}[\p{L}&]{0,9}(?:-\p{Lu}[\p{L}&]{0,9}){0,3}-$/u,
    next: /^\p{Lu}[\p{L}\p{N}&]{0,15}(?![\p{L}\p{N}])/u,
    example: '57/2021/TT-\nBTC',
  },
  {
    // `12-NQ/` + `TU`, `14-CTr/` + `TU`
    pattern: /(?<![\p{L}\p{N}])\d{1,5}-\p{Lu}[\p{L}]{0,6}\/$/u,
    next: /^\p{Lu}[\p{L}\p{N}&]{0,15}(?![\p{L}\p{N}])/u,
    example: '12-NQ/\nTU',
  },
  {
    // `166/` + `QĐ-UBND`, `57/` + `2021/TT-BTC`, `57/2021/` + `TT-BTC`
    pattern: /(?<![\p{L}\p{N}/])\d{1,5}(?:\/\d{4})?\/$/u,
    next: /^(?:\d{4}\/\p{Lu}|\p{Lu}[\p{L}&]{0,9}[-/]\p{Lu})/u,
    example: 'số 166/\nQĐ-UBND',
  },
  {
    // A word cut after a tight hyphen, same case on both sides: `kinh tế-` + `xã hội`, `TC-` + `ĐL-CL`.
    pattern: /(?<![\s\-–])\p{Ll}-$/u,
    next: /^\p{Ll}/u,
    example: 'phát triển kinh tế-\nxã hội',
  },
  {
    pattern: /(?<![\s\-–])\p{Lu}-$/u,
    next: /^\p{Lu}/u,
    example: 'Chi cục TC-\nĐL-CL',
  },
];

/** A line that starts a numbered or lettered item is a real line, never a continuation. */
const ITEM_START = /^(?:[a-zđ]{1,2}[).,]|[IVXLC]{1,6}[.)]|Điều\s+\d|Chương\s|Mục\s\d)(?:\s|$)/u;

// How far down the header rules of `continuesLine` apply.
const HEADER_LINES = 40;

/**
 * Finds line breaks that a PDF or Công báo copy put inside a symbol or a
 * hyphenated word and that the grammar says cannot be real (`57/2021/TT-` /
 * `BTC`), and removes them, so the two halves join without a space; and the
 * hard wraps of a portal or PDF copy (`ngày 24 tháng` / `02 năm 2009`), which
 * become a space, so that names, dates and references read as one line. A line
 * that starts a numbered or lettered item is never joined to the one above.
 */
export function findWrapEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const lines = splitLines(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i].text;
    const next = lines[i + 1].text;
    if (here === '' || next === '') continue;
    const tail = here.slice(-40);
    if (!ITEM_START.test(next) && CUT_ENDS.some((c) => c.pattern.test(tail) && c.next.test(next))) {
      edits.push({ start: lines[i].end, end: lines[i + 1].start, insert: '' });
    } else if (continuesLine(here.length <= 80 ? here : here.slice(-80), next.slice(0, 80), i < HEADER_LINES && here.length <= 60)) {
      edits.push({ start: lines[i].end, end: lines[i + 1].start, insert: ' ' });
    }
  }
  return edits;
}

/** The examples of the cuts repaired, for the tests. */
export const WRAP_EXAMPLES: readonly string[] = CUT_ENDS.map((c) => c.example);
