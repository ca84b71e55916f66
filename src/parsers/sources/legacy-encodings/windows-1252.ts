import iconv from 'iconv-lite';

/**
 * Windows-1252 as two lookup tables: byte → character (the 256 characters a
 * Windows program shows for each byte) and character → byte (to turn text that
 * was wrongly read as Windows-1252 back into its bytes). The five bytes
 * Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) map to the C1
 * control of the same number, as Windows' own converter does.
 */
export const WINDOWS_1252_CHARS: readonly string[] = buildChars();

/** Character → byte, the inverse of `WINDOWS_1252_CHARS`. */
export const WINDOWS_1252_BYTES: ReadonlyMap<string, number> = new Map(WINDOWS_1252_CHARS.map((c, b) => [c, b]));

function buildChars(): string[] {
  const chars: string[] = [];
  for (let b = 0; b < 256; b++) {
    const c = iconv.decode(Buffer.from([b]), 'windows-1252');
    chars.push(c === '\ufffd' || c === '' ? String.fromCharCode(b) : c);
  }
  return chars;
}
