import { decodeTcvn3Chars, decodeVniChars } from './decode-legacy.js';
import { restoreTcvn3Case } from './restore-tcvn3-case.js';
import { scoreVietnamese } from './score-vietnamese.js';
import { WINDOWS_1252_BYTES } from './windows-1252.js';

/** What `repairLegacyMojibake` did. */
export interface MojibakeRepair {
  text: string;
  /** 'tcvn3-in-unicode' or 'vni-in-unicode' when lines were converted, else null. */
  encoding: 'tcvn3-in-unicode' | 'vni-in-unicode' | null;
  /** How many lines were converted. */
  lines: number;
}

/**
 * Converts legacy-font text that reached us as Unicode: a .VnTime (TCVN3) or
 * VNI-Times document saved or pasted as Unicode keeps each byte as the
 * Windows-1252 character of the same code (`Së Khoa häc vµ C«ng nghÖ`,
 * `Sôû Khoa hoïc vaø Coâng ngheä`). Works line by line, so a web page whose
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
  let best: { encoding: 'tcvn3-in-unicode' | 'vni-in-unicode'; converted: (string | null)[]; gain: number } | null =
    null;
  for (const encoding of ['tcvn3-in-unicode', 'vni-in-unicode'] as const) {
    let gain = 0;
    let words = 0;
    let valid = 0;
    const converted = lines.map((line, i) => {
      if (!eligible[i]) return null;
      const next = encoding === 'tcvn3-in-unicode' ? restoreTcvn3Case(decodeTcvn3Chars(line)) : decodeVniChars(line);
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

function isCandidateLine(line: string): boolean {
  let high = false;
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) continue;
    if (!WINDOWS_1252_BYTES.has(ch)) return false;
    high = true;
  }
  return high;
}
