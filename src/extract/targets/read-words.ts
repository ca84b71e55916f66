import { foldMatch } from './fold-match.js';

/** A word or a comma of the text, with its place and the facts the grammar needs. */
export interface WordToken {
  /** The word as written, or `,`. */
  raw: string;
  /** Lower case, new-style tone placement (see foldMatch). */
  key: string;
  start: number;
  end: number;
  /** First letter upper case and the rest not all upper case (`Công`, `Sở`). */
  capitalized: boolean;
  /** Two or more letters, all upper case (`TTHC`, `UBND`, `KH&CN`). */
  acronym: boolean;
  /** Starts with a digit. */
  numeric: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}&]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Reads up to `max` words (and commas, as their own tokens) from `pos` on,
 * on the same line: spaces and tabs are skipped, a comma is a token, any
 * other mark (`.`, `;`, `(`, `:`, a line break …) ends the run. Linear in `max`.
 */
export function readWords(text: string, pos: number, max: number): WordToken[] {
  const out: WordToken[] = [];
  let i = pos;
  const n = text.length;
  while (out.length < max && i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\u00A0') { i++; continue; }
    if (c === ',') {
      out.push({ raw: ',', key: ',', start: i, end: i + 1, capitalized: false, acronym: false, numeric: false });
      i++;
      continue;
    }
    if (!WORD_CHAR.test(c)) break;
    let j = i + 1;
    while (j < n && j - i < 40 && WORD_CHAR.test(text[j])) j++;
    const raw = text.slice(i, j);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    const acronym = letters.length >= 2 && !LOWER.test(letters);
    out.push({
      raw,
      key: foldMatch(raw),
      start: i,
      end: j,
      capitalized: UPPER.test(raw[0]) && !acronym,
      acronym,
      numeric: c >= '0' && c <= '9',
    });
    i = j;
  }
  return out;
}

/**
 * The words just before `pos` on the same line, nearest last, at most `max`
 * of them; commas are tokens, any other mark stops the run. Used to look at
 * what precedes a number (`mức độ 4`, `Đề án 996`).
 */
export function readWordsBefore(text: string, pos: number, max: number): WordToken[] {
  const out: WordToken[] = [];
  let i = pos;
  while (out.length < max && i > 0) {
    const c = text[i - 1];
    if (c === ' ' || c === '\t' || c === '\u00A0') { i--; continue; }
    if (c === ',') {
      out.unshift({ raw: ',', key: ',', start: i - 1, end: i, capitalized: false, acronym: false, numeric: false });
      i--;
      continue;
    }
    if (!WORD_CHAR.test(c)) break;
    let j = i - 1;
    while (j > 0 && i - j < 40 && WORD_CHAR.test(text[j - 1])) j--;
    const raw = text.slice(j, i);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    const acronym = letters.length >= 2 && !LOWER.test(letters);
    out.unshift({
      raw,
      key: foldMatch(raw),
      start: j,
      end: i,
      capitalized: UPPER.test(raw[0]) && !acronym,
      acronym,
      numeric: raw[0] >= '0' && raw[0] <= '9',
    });
    i = j;
  }
  return out;
}
