import { isVietnameseSyllable } from './is-vietnamese-syllable.js';

/** How Vietnamese a text looks: among its words with non-ASCII characters, how many are valid syllables. */
export interface VietnameseScore {
  /** Words containing at least one non-ASCII character. */
  words: number;
  /** Of those, the ones that are well-formed Vietnamese syllables. */
  valid: number;
  /** Characters that no Vietnamese text holds: U+FFFD, C0/C1 controls other than whitespace. */
  junk: number;
}

/**
 * Scores a candidate decoding. Only words with non-ASCII characters count
 * (valid: a Vietnamese syllable, or an abbreviation with Đ such as QĐ):
 * ASCII words read the same in every 8-bit encoding, so they cannot tell the
 * candidates apart. A word is a run of characters between whitespace and
 * ASCII punctuation, so a misread letter such as `µ` or `§` stays inside its
 * word and makes it invalid.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let words = 0;
  let valid = 0;
  let junk = 0;
  let start = -1;
  let nonAscii = false;
  // Words repeat a lot (của, các, và): check each distinct word once.
  const seen = new Map<string, boolean>();
  const end = (i: number): void => {
    // A lone capital (`Ọ` from a misread dash) is too weak a sign to count.
    const lone = start >= 0 && i - start === 1 && text[start] !== text[start].toLowerCase();
    if (start >= 0 && nonAscii && !lone) {
      words++;
      const word = text.slice(start, i);
      let ok = seen.get(word);
      if (ok === undefined) {
        ok = isVietnameseSyllable(word) || ABBREVIATION.test(word);
        seen.set(word, ok);
      }
      if (ok) valid++;
    }
    start = -1;
    nonAscii = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) junk++;
    if (isBreak(c)) {
      end(i);
      continue;
    }
    if (start < 0) start = i;
    if (c >= 0x80) nonAscii = true;
  }
  end(text.length);
  return { words, valid, junk };
}

/** A capitalized abbreviation with Đ (QĐ, HĐND, SKHĐT), as in document numbers. */
const ABBREVIATION = /^[A-ZĐ]{0,6}Đ[A-ZĐ]{0,6}$/;

/** Whitespace, ASCII punctuation and digits, and the general punctuation block (“ ” – …) end a word. */
function isBreak(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x80) return !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  return c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000;
}
