import iconv from 'iconv-lite';
import { TCVN3_LETTERS } from './tcvn3.js';
import { VNI_SEQUENCES } from './vni.js';
import { WINDOWS_1252_CHARS } from './windows-1252.js';

/** The 8-bit encodings Vietnamese documents were written in before Unicode, plus Windows-1252 (VPS is not supported). */
export type LegacyEncoding = 'tcvn3' | 'vni-windows' | 'windows-1258' | 'tcvn5712-vn1' | 'viscii' | 'windows-1252';

/** Every legacy encoding, in the order ties are broken (the most common first). */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [
  'windows-1258',
  'tcvn3',
  'vni-windows',
  'tcvn5712-vn1',
  'viscii',
  'windows-1252',
];

/**
 * Decodes bytes in one legacy encoding into NFC text. Never throws: a byte
 * that the encoding leaves undefined becomes the Windows-1252 character of the
 * same value.
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'windows-1258':
      // iconv-lite gives the tone marks as combining characters (ế = ê + U+0301).
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1258').normalize('NFC');
    case 'tcvn5712-vn1':
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'tcvn').normalize('NFC');
    case 'viscii':
      // VISCII (RFC 1456): every letter precomposed, capitals in some C0 slots.
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'viscii').normalize('NFC');
    case 'tcvn3':
      return decodeTcvn3Chars(latin1View(bytes));
    case 'vni-windows':
      return decodeVniChars(latin1View(bytes));
    case 'windows-1252':
      return latin1View(bytes).normalize('NFC');
  }
}

/**
 * Reads TCVN3 text that reached us as Windows-1252 characters (a .VnTime
 * document opened as Unicode): each character that stands for a TCVN3 letter
 * byte becomes that letter; everything else is kept.
 */
export function decodeTcvn3Chars(chars: string): string {
  // Every TCVN3 letter byte is in 0xA1–0xFE, where Windows-1252 is Latin-1.
  return chars.replace(/[\u00a1-\u00fe]/g, (ch) => TCVN3_LETTERS[ch.charCodeAt(0)] ?? ch).normalize('NFC');
}

/**
 * Reads VNI-Windows text given as Windows-1252 characters: a base letter and
 * its mark byte become one Vietnamese letter (longest match first).
 */
export function decodeVniChars(chars: string): string {
  return chars
    .replace(VNI_PATTERN, (seq) => VNI_SEQUENCES[seq] ?? (VNI_SEQUENCES[seq[0]] ?? seq[0]) + seq.slice(1))
    .normalize('NFC');
}

/** A VNI sequence: a base letter with its mark, or a single-byte letter. Built from the table, longest first. */
const VNI_PATTERN = buildVniPattern();

function buildVniPattern(): RegExp {
  const keys = Object.keys(VNI_SEQUENCES);
  const bases = new Set(keys.filter((k) => k.length === 2).map((k) => k[0]));
  const marks = new Set(keys.filter((k) => k.length === 2).map((k) => k[1]));
  const singles = keys.filter((k) => k.length === 1);
  const cls = (chars: Iterable<string>): string => `[${[...chars].join('')}]`;
  // Two-character class sequences first; a pair that is not in the table falls back to its characters.
  return new RegExp(`${cls(bases)}${cls(marks)}|${cls(singles)}`, 'g');
}

/** The bytes as the Windows-1252 characters a Windows program shows for them. */
function latin1View(bytes: Uint8Array): string {
  // Latin-1 is Windows-1252 except in 0x80–0x9F, which are rare: patch those.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_CHARS[c.charCodeAt(0)]);
}
