import { isVietnameseSyllable } from './is-vietnamese-syllable.js';
import { TCVN3_LETTERS } from './tcvn3.js';

/**
 * Puts back the capitals TCVN3 cannot write. TCVN3 has no toned capitals, so
 * `SỞ KHOA HỌC` comes out of the bytes as `Sở KHOA HọC`. A toned letter is
 * upper-cased when its line is a heading in capitals (see `restoreLine`), when
 * its word has two or more capitals and no lowercase letter that TCVN3 could
 * have written as a capital (`HọC` → `HỌC`, but `Sở` and `tỉnh` stay), or
 * when it starts a sentence.
 */
export function restoreTcvn3Case(text: string): string {
  const lines = text.split('\n');
  let sentenceEnded = true; // the start of the text starts a sentence
  for (let i = 0; i < lines.length; i++) {
    let line = restoreLine(lines[i]);
    if (sentenceEnded) line = capitalizeStart(line);
    line = capitalizeAfterStops(line);
    lines[i] = line;
    const trimmed = line.trimEnd();
    if (trimmed !== '') sentenceEnded = /[.:;!?]$/.test(trimmed);
  }
  return lines.join('\n');
}

/**
 * A sentence starts with a capital. At the start of a line that follows a
 * finished sentence (or a colon, a semicolon: list items), after any list
 * mark (`- `, `1. `, `a) `, `•`): `ủy ban …` → `Ủy ban …`.
 */
function capitalizeStart(line: string): string {
  const m = LINE_START.exec(line);
  if (m === null) return line;
  const at = m[0].length;
  return CASELESS.has(line[at]) ? line.slice(0, at) + line[at].toUpperCase() + line.slice(at + 1) : line;
}

/** Leading blanks and list marks: a dash or bullet, or a number or letter with `.` or `)`; bounded. */
const LINE_START = /^[\s\-+•*]{0,8}(?:(?:\d{1,3}|[a-zđ]|[IVX]{1,5})[.)]\s{1,4})?/u;

/** Within a line, after `. `, `! ` or `? ` (not after a number: `1.500`, `Điều 3. `… still a sentence start). */
function capitalizeAfterStops(line: string): string {
  return line.replace(AFTER_STOP, (m, stop: string, letter: string) => stop + letter.toUpperCase());
}


/** Lowercase letters that TCVN3 also uses for their capitals. */
const CASELESS: ReadonlySet<string> = new Set(
  Object.entries(TCVN3_LETTERS)
    .filter(([byte]) => Number(byte) >= 0xb5)
    .map(([, letter]) => letter),
);

const HAS_CASELESS = new RegExp(`[${[...CASELESS].join('')}]`);

/** A sentence stop, blanks, and a caseless letter. */
const AFTER_STOP = new RegExp(`([.!?]\\s{1,4})([${[...CASELESS].join('')}])`, 'g');

function restoreLine(line: string): string {
  if (!HAS_CASELESS.test(line)) return line;
  // A heading: words in capitals (two capitals or more, a Vietnamese
  // syllable once upper-cased: KHOA, HọC, CôNG) and hardly any word with a
  // lowercase letter. Abbreviations (UBND, QĐ) and words like Sở, Và, whose
  // only capital is the first letter, prove nothing either way.
  let caps = 0;
  let lowers = 0;
  for (const m of line.matchAll(/\p{L}{1,40}/gu)) {
    const c = countCase(m[0]);
    if (c.lower > 0) lowers++;
    else if (c.upper >= 2 && isVietnameseSyllable(m[0].toUpperCase())) caps++;
  }
  if (caps >= 2 && lowers <= 0.1 * caps) return upperCaseless(line);
  // Word by word: a word with two capitals and no lowercase letter (HọC).
  return line.replace(/\p{L}{2,40}/gu, (word) => {
    if (!HAS_CASELESS.test(word)) return word;
    const c = countCase(word);
    return c.upper >= 2 && c.lower === 0 ? upperCaseless(word) : word;
  });
}

/** Capitals and lowercase letters, not counting the caseless TCVN3 letters. */
function countCase(s: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x80) {
      const ch = s[i];
      if (CASELESS.has(ch)) continue;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return { upper, lower };
}

function upperCaseless(s: string): string {
  let out = '';
  for (const ch of s) out += CASELESS.has(ch) ? ch.toUpperCase() : ch;
  return out;
}
