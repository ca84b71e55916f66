import iconv from 'iconv-lite';
import { TCVN3_LETTERS } from './tcvn3.js';
import { VNI_SEQUENCES } from './vni.js';
import { WINDOWS_1252_CHARS } from './windows-1252.js';

/** The 8-bit encodings Vietnamese documents were written in before Unicode, plus Windows-1252. */
export type LegacyEncoding = 'tcvn3' | 'vni-windows' | 'windows-1258' | 'tcvn5712-vn1' | 'windows-1252';

/** Every legacy encoding, in the order ties are broken (the most common first). */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = [
  'windows-1258',
  'tcvn3',
  'vni-windows',
  'tcvn5712-vn1',
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
  let out = '';
  for (const ch of chars) {
    const letter = TCVN3_FROM_CHAR.get(ch);
    out += letter ?? ch;
  }
  return out.normalize('NFC');
}

/**
 * Reads VNI-Windows text given as Windows-1252 characters: a base letter and
 * its mark byte become one Vietnamese letter (longest match first).
 */
export function decodeVniChars(chars: string): string {
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const two = VNI_SEQUENCES[chars.slice(i, i + 2)];
    if (two !== undefined && i + 1 < chars.length) {
      out += two;
      i += 2;
      continue;
    }
    const one = VNI_SEQUENCES[chars[i]];
    out += one ?? chars[i];
    i += 1;
  }
  return out.normalize('NFC');
}

/** The bytes as the Windows-1252 characters a Windows program shows for them. */
function latin1View(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += WINDOWS_1252_CHARS[bytes[i]];
  return s;
}

const TCVN3_FROM_CHAR: ReadonlyMap<string, string> = new Map(
  Object.entries(TCVN3_LETTERS).map(([byte, letter]) => [WINDOWS_1252_CHARS[Number(byte)], letter]),
);
