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

/** Letters (Latin with Vietnamese diacritics, combining marks), digits and `&`: the word characters. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38;
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

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

/** Vowels that carry a tone in an open `oa`, `oe`, `uy` syllable (the only ones `foldTone` may move). */
const TONED_LAST = new Set([...'àáảãạèéẻẽẹỳýỷỹỵ'].map((ch) => ch.charCodeAt(0)));

/**
 * Splits `text.slice(from, to)` into tokens whose offsets point into `text`.
 * A word is letters/digits/`&` joined by inner hyphens without spaces
 * (`ĐL-CL`, `LĐ-TB&XH`, `QĐ-UBND`); anything else that is not a space is one
 * punctuation token. A hand-written scan: one pass over the characters.
 */
export function tokenizeLine(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let k = from;
  let prevEnd = from;
  // lower-case the line once (ICU is slow per token); Vietnamese keeps lengths
  const lowLine = text.slice(from, to).toLowerCase();
  const sameLength = lowLine.length === to - from;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (isSpaceCode(c)) { k++; continue; }
    const start = k;
    if (isWordCode(c)) {
      k++;
      for (;;) {
        while (k < to && isWordCode(text.charCodeAt(k))) k++;
        // an inner hyphen joins two word runs (`ĐL-CL`)
        if (k + 1 < to && text.charCodeAt(k) === 45 && isWordCode(text.charCodeAt(k + 1))) { k += 2; continue; }
        break;
      }
      const s = text.slice(start, k);
      let lo = sameLength ? lowLine.slice(start - from, k - from) : s.toLowerCase();
      if (lo.length >= 2 && TONED_LAST.has(lo.charCodeAt(lo.length - 1))) lo = foldTone(lo);
      const cap = s.charCodeAt(0) !== lo.charCodeAt(0);
      let abbr = false;
      if (cap && s.length >= 2) {
        // all letters upper case: every character either changed by lower-casing or has no case
        let letters = 0;
        let lowerSeen = false;
        for (let d = 0; d < s.length; d++) {
          const a = s.charCodeAt(d);
          if (a !== lo.charCodeAt(d)) letters++;
          // unchanged by lower-casing and a letter (not a digit, `&`, `-` or a mark): lower case
          else if (a !== 45 && a !== 38 && (a < 48 || a > 57) && (a < 0x300 || a > 0x36f)) { lowerSeen = true; break; }
        }
        abbr = !lowerSeen && letters >= 2;
      }
      out.push({ s, lo, start, end: k, word: true, cap, abbr, num: c >= 48 && c <= 57, gap: start > prevEnd });
    } else {
      k++;
      if (c >= 0xd800 && c <= 0xdbff && k < to) k++;
      const s = text.slice(start, k);
      out.push({ s, lo: s, start, end: k, word: false, cap: false, abbr: false, num: false, gap: start > prevEnd });
    }
    prevEnd = k;
  }
  return out;
}
