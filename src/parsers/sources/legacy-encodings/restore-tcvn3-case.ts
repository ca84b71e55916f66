import { TCVN3_LETTERS } from './tcvn3.js';

/**
 * Puts back the capitals TCVN3 cannot write. TCVN3 has no toned capitals, so
 * `SỞ KHOA HỌC` comes out of the bytes as `Sở KHOA HọC`. A toned letter is
 * upper-cased when its line is written in capitals (headings: at least four
 * capitals, and lowercase letters fewer than a tenth of them), or when its word
 * has two or more capitals and no lowercase letter that TCVN3 could have
 * written as a capital (`HọC` → `HỌC`, but `Sở` and `tỉnh` stay).
 */
export function restoreTcvn3Case(text: string): string {
  return text
    .split('\n')
    .map((line) => restoreLine(line))
    .join('\n');
}

/** Lowercase letters that TCVN3 also uses for their capitals. */
const CASELESS: ReadonlySet<string> = new Set(
  Object.entries(TCVN3_LETTERS)
    .filter(([byte]) => Number(byte) >= 0xb5)
    .map(([, letter]) => letter),
);

function restoreLine(line: string): string {
  let upper = 0;
  let lower = 0;
  let caseless = 0;
  for (const ch of line) {
    if (CASELESS.has(ch)) caseless++;
    else if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  if (caseless === 0) return line;
  if (upper >= 4 && lower <= 0.1 * upper) return upperCaseless(line);
  // Word by word: runs of letters.
  return line.replace(/\p{L}{2,40}/gu, (word) => {
    let u = 0;
    let l = 0;
    let c = 0;
    for (const ch of word) {
      if (CASELESS.has(ch)) c++;
      else if (ch !== ch.toLowerCase()) u++;
      else l++;
    }
    return c > 0 && u >= 2 && l === 0 ? upperCaseless(word) : word;
  });
}

function upperCaseless(s: string): string {
  let out = '';
  for (const ch of s) out += CASELESS.has(ch) ? ch.toUpperCase() : ch;
  return out;
}
