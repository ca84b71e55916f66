import { decodeTcvn3Chars, decodeVniChars } from './decode-legacy.js';
import { restoreDroppedU } from './restore-dropped-u.js';
import { restoreTcvn3Case } from './restore-tcvn3-case.js';
import { scoreVietnamese } from './score-vietnamese.js';
import { WINDOWS_1252_BYTES } from './windows-1252.js';

/**
 * The kinds of mojibake repaired: TCVN3 or VNI bytes shown as Windows-1252
 * characters, and UTF-8 bytes shown as Windows-1252 (or Latin-1) characters
 * (`Káº¿ hoáº¡ch` for `Kế hoạch`, a page decoded twice).
 */
export type MojibakeKind = 'tcvn3-in-unicode' | 'vni-in-unicode' | 'double-utf-8';

/** The kinds, in the order ties are broken. */
const KINDS: readonly MojibakeKind[] = ['double-utf-8', 'tcvn3-in-unicode', 'vni-in-unicode'];

/** What `repairLegacyMojibake` did. */
export interface MojibakeRepair {
  text: string;
  /** What the converted lines had been, or null if nothing was converted. */
  encoding: MojibakeKind | null;
  /** How many lines were converted. */
  lines: number;
}

/**
 * Converts legacy-font text that reached us as Unicode: a .VnTime (TCVN3) or
 * VNI-Times document saved or pasted as Unicode keeps each byte as the
 * Windows-1252 character of the same code (`Së Khoa häc vµ C«ng nghÖ`,
 * `Sôû Khoa hoïc vaø Coâng ngheä`); likewise UTF-8 decoded twice
 * (`Káº¿ hoáº¡ch`). Works line by line, so a web page whose
 * body was pasted from an old document while its header is real Unicode gets
 * only the body converted. A line is a candidate only if every character in
 * it is a Windows-1252 character (real Vietnamese Unicode has ư, ạ, ế … that
 * Windows-1252 lacks); it is converted only if more of its words become valid
 * Vietnamese syllables, and only if the whole text gains clearly.
 */
export function repairLegacyMojibake(text: string): MojibakeRepair {
  const lines = text.split('\n');
  const eligible = lines.map(isCandidateLine);
  if (!eligible.some(Boolean)) return { text, encoding: null, lines: 0 };

  const before = lines.map((line, i) => (eligible[i] ? scoreVietnamese(line).valid : 0));
  let best: { encoding: MojibakeKind; converted: (string | null)[]; gain: number } | null = null;
  for (const encoding of KINDS) {
    let gain = 0;
    let words = 0;
    let valid = 0;
    const converted = lines.map((line, i) => {
      if (!eligible[i]) return null;
      const next = convertLine(line, encoding);
      if (next === null) return null;
      const after = scoreVietnamese(next);
      if (after.valid <= before[i]) return null;
      gain += after.valid - before[i];
      words += after.words;
      valid += after.valid;
      return next;
    });
    // The whole text must gain clearly: most converted words valid, and many of them.
    if (gain < 1 || valid < 0.6 * words) continue;
    if (best === null || gain > best.gain) best = { encoding, converted, gain };
  }
  if (best === null) return { text, encoding: null, lines: 0 };
  let count = 0;
  const out = lines.map((line, i) => {
    const c = best.converted[i];
    if (c === null || c === undefined) return line;
    count++;
    return c;
  });
  return { text: out.join('\n'), encoding: best.encoding, lines: count };
}

function convertLine(line: string, kind: MojibakeKind): string | null {
  switch (kind) {
    case 'tcvn3-in-unicode':
      return restoreTcvn3Case(restoreDroppedU(decodeTcvn3Chars(line)));
    case 'vni-in-unicode':
      return decodeVniChars(line);
    case 'double-utf-8': {
      const bytes = Uint8Array.from(line, (ch) => byteOf(ch) ?? 0x3f);
      try {
        return UTF8.decode(bytes).normalize('NFC');
      } catch {
        return null; // not UTF-8 once turned back into bytes
      }
    }
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The byte a character stood for: its Windows-1252 byte, or its Latin-1 code (C1 controls). */
function byteOf(ch: string): number | undefined {
  const b = WINDOWS_1252_BYTES.get(ch);
  if (b !== undefined) return b;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : undefined;
}

function isCandidateLine(line: string): boolean {
  let high = false;
  for (const ch of line) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (byteOf(ch) === undefined) return false;
    high = true;
  }
  return high;
}
