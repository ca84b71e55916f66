/**
 * One token of a line: a word (syllable, abbreviation, number) or a single
 * punctuation mark, with its offsets into the document text.
 */
export interface Tok {
  /** As written. */
  s: string;
  /** Lower case, for lexicon look-ups. */
  lo: string;
  start: number;
  end: number;
  /** A run of letters/digits (`Sở`, `KH&CN`, `ĐL-CL`, `2021`). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (`UBND`, `KH&CN`, `ĐL-CL`). */
  abbr: boolean;
  /** Starts with a digit. */
  num: boolean;
  /** Whitespace precedes it (within the line). */
  gap: boolean;
}

/*
 * A word is letters/digits/`&` joined by inner hyphens without spaces
 * (`ĐL-CL`, `LĐ-TB&XH`, `QĐ-UBND`); anything else that is not a space is one
 * punctuation token. One alternation, no nested quantifiers: linear.
 */
const TOKEN = /[\p{L}\p{M}\p{N}&]+(?:-[\p{L}\p{M}\p{N}&]+)*|[^\s\p{L}\p{M}\p{N}&]/gu;

const GRAVE_ETC_A = 'àáảãạ';
const GRAVE_ETC_E = 'èéẻẽẹ';
const GRAVE_ETC_Y = 'ỳýỷỹỵ';
const GRAVE_ETC_O = 'òóỏõọ';
const GRAVE_ETC_U = 'ùúủũụ';
const OLD_TONE = /(?<!q)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}])/gu;

/**
 * Moves the tone mark of `oa`, `oe`, `uy` onto the first vowel (`hoà` → `hòa`,
 * `uỷ` → `ủy`) in open syllables only (`soát`, `đoàn` keep theirs), the way
 * the spec compares text; `qu` is a consonant and kept.
 */
export function foldTone(lower: string): string {
  if (!/[oòóỏõọu]/.test(lower)) return lower;
  return lower.replace(OLD_TONE, (m) => {
    const v = m[1];
    let k = GRAVE_ETC_A.indexOf(v);
    if (k >= 0) return GRAVE_ETC_O[k] + 'a';
    k = GRAVE_ETC_E.indexOf(v);
    if (k >= 0) return GRAVE_ETC_O[k] + 'e';
    k = GRAVE_ETC_Y.indexOf(v);
    return GRAVE_ETC_U[k] + 'y';
  });
}

/** Splits `text.slice(from, to)` into tokens whose offsets point into `text`. */
export function tokenizeLine(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  let prevEnd = from;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= to) break;
    const s = m[0];
    const start = m.index;
    const end = Math.min(start + s.length, to);
    const c = s.charCodeAt(0);
    const word = /[\p{L}\p{M}\p{N}&]/u.test(s[0]);
    const first = s[0];
    const cap = word && first !== first.toLowerCase();
    let abbr = false;
    if (word && cap) {
      let letters = 0;
      let lower = false;
      for (const ch of s) {
        if (ch !== ch.toUpperCase()) { lower = true; break; }
        if (ch !== ch.toLowerCase()) letters++;
      }
      abbr = !lower && letters >= 2;
    }
    out.push({
      s: text.slice(start, end),
      lo: foldTone(s.toLowerCase()),
      start,
      end,
      word,
      cap,
      abbr,
      num: c >= 48 && c <= 57,
      gap: start > prevEnd,
    });
    prevEnd = end;
  }
  return out;
}
