import { foldLower } from './fold-match.js';

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

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

/**
 * Is the UTF-16 unit at `i` part of a word (letter, mark, digit, `&`)? ASCII
 * and the Latin blocks Vietnamese uses are decided by code; the rest by a
 * Unicode class. This runs on every character around a number.
 */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  return !Number.isNaN(c) && WORD_CHAR_RE.test(text[i]);
}

/** A token for the word text[start, end). */
function token(text: string, start: number, end: number): WordToken {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  const first = raw[0];
  const hasUpper = raw !== lower;
  const acronym = hasUpper && end - start >= 2 && raw === raw.toUpperCase();
  return {
    raw,
    key: foldLower(lower),
    start,
    end,
    capitalized: hasUpper && !acronym && first !== lower[0],
    acronym,
    numeric: first >= '0' && first <= '9',
  };
}

function comma(i: number): WordToken {
  return { raw: ',', key: ',', start: i, end: i + 1, capitalized: false, acronym: false, numeric: false };
}

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
      out.push(comma(i));
      i++;
      continue;
    }
    if (!isWordChar(text, i)) break;
    let j = i + 1;
    while (j < n && j - i < 40 && isWordChar(text, j)) j++;
    out.push(token(text, i, j));
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
      out.unshift(comma(i - 1));
      i--;
      continue;
    }
    if (!isWordChar(text, i - 1)) break;
    let j = i - 1;
    while (j > 0 && i - j < 40 && isWordChar(text, j - 1)) j--;
    out.unshift(token(text, j, i));
    i = j;
  }
  return out;
}
