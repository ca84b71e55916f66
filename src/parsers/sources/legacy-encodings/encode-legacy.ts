import iconv from 'iconv-lite';
import { TCVN3_LETTERS } from './tcvn3.js';
import { VNI_SEQUENCES } from './vni.js';
import { WINDOWS_1252_BYTES } from './windows-1252.js';
import type { LegacyEncoding } from './decode-legacy.js';

/**
 * Encodes Unicode text into a legacy encoding the way the old Vietnamese
 * converters did (used to make test fixtures and to measure how well
 * `decodeLegacy` restores a document). Characters the encoding cannot hold
 * become '?'. TCVN3 has no toned capitals: they are written with the lowercase
 * byte, as .VnTimeH documents are. Windows-1258 uses a precomposed character
 * where the code page has one and a base letter plus a combining tone mark
 * otherwise, as Windows does.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    for (const b of encodeChar(ch, encoding)) bytes.push(b);
  }
  return Uint8Array.from(bytes);
}

const QUESTION = 0x3f;
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TCVN3_TO_BYTE = new Map<string, number>(Object.entries(TCVN3_LETTERS).map(([b, l]) => [l, Number(b)]));
const VNI_TO_CHARS = new Map<string, string>(Object.entries(VNI_SEQUENCES).map(([chars, letter]) => [letter, chars]));

function encodeChar(ch: string, encoding: LegacyEncoding): number[] {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return [cp];
  switch (encoding) {
    case 'tcvn3': {
      const b = TCVN3_TO_BYTE.get(ch) ?? TCVN3_TO_BYTE.get(ch.toLowerCase()) ?? WINDOWS_1252_BYTES.get(ch);
      return [b ?? QUESTION];
    }
    case 'vni-windows': {
      const chars = VNI_TO_CHARS.get(ch);
      if (chars !== undefined) return [...chars].map((c) => WINDOWS_1252_BYTES.get(c) ?? QUESTION);
      return [WINDOWS_1252_BYTES.get(ch) ?? QUESTION];
    }
    case 'windows-1252':
      return [WINDOWS_1252_BYTES.get(ch) ?? QUESTION];
    case 'windows-1258':
    case 'tcvn5712-vn1':
    case 'viscii': {
      const name = encoding === 'tcvn5712-vn1' ? 'tcvn' : encoding;
      const direct = encodeIfRoundTrips(ch, name);
      if (direct) return direct;
      // Split off the tone mark: ế → ê + U+0301, then encode both.
      // (NFD puts the dot below before the circumflex: ệ = e + U+0323 + U+0302.)
      const nfd = ch.normalize('NFD');
      const mark = [...nfd].find((c) => TONE_MARKS.includes(c)) ?? '';
      const base = nfd.replace(mark, '').normalize('NFC');
      const b = encodeIfRoundTrips(base, name);
      const m = encodeIfRoundTrips(mark, name);
      return b && m ? [...b, ...m] : [QUESTION];
    }
  }
}

function encodeIfRoundTrips(s: string, name: string): number[] | null {
  if (s === '') return null;
  const bytes = iconv.encode(s, name);
  return iconv.decode(bytes, name) === s ? [...bytes] : null;
}
