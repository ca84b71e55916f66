import { SourceError } from './source-error.js';
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy-encodings/decode-legacy.js';
import { repairLegacyMojibake, type MojibakeKind } from './legacy-encodings/repair-legacy-mojibake.js';
import { restoreDroppedU } from './legacy-encodings/restore-dropped-u.js';
import { restoreTcvn3Case } from './legacy-encodings/restore-tcvn3-case.js';
import { scoreVietnamese } from './legacy-encodings/score-vietnamese.js';

/** What `decodeBytes` returns: the text (NFC), the encoding it was read in, and problems met. */
export interface DecodedText {
  text: string;
  /**
   * 'utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni-windows',
   * 'tcvn5712-vn1', 'viscii', 'windows-1252', 'utf-8+tcvn3' (and the like) for UTF-8
   * with lines in a legacy encoding, or 'tcvn3-in-unicode' / 'vni-in-unicode'
   * / 'double-utf-8' for text that had already been read as Windows-1252.
   */
  encoding: string;
  warnings: string[];
}

/** Options for `decodeBytes`. */
export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default 20 MB). */
  maxBytes?: number;
}

/** The default size limit: administrative documents are kilobytes; 20 MB of text is a mistake. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Decodes a plain-text file's bytes into NFC text, finding the encoding:
 * a BOM (UTF-8, UTF-16 LE/BE); UTF-16 without BOM by its NUL pattern; valid
 * UTF-8 (with .VnTime/VNI text that was read as Windows-1252 converted back);
 * UTF-8 with a few bad bytes (replaced, with a warning that counts them) or
 * with whole lines in a legacy encoding (decoded in it); otherwise the legacy Vietnamese encoding under which most words become
 * valid syllables (Windows-1258, TCVN3, VNI-Windows, TCVN 5712 VN1, VISCII), and
 * Windows-1252 as a last resort.
 *
 * Throws `SourceError` for an empty, oversize or binary file, or for bytes
 * that no encoding turns into text. Never throws anything else.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SourceError(`file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit`);
  }
  if (bytes.length === 0) throw new SourceError('empty file');
  const decoded = decodeByBomOrContent(bytes);
  return finish(decoded);
}

function decodeByBomOrContent(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  const warnings = checkNotBinary(bytes);
  const d = decodeUtf8(bytes, false);
  d.warnings.unshift(...warnings);
  return d;
}

/** Normalizes to NFC, drops a leading BOM and stray NULs, refuses an empty result. */
function finish(d: DecodedText): DecodedText {
  let text = d.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) text = text.replaceAll('\u0000', '');
  if (!/[^\s\ufeff]/u.test(text)) throw new SourceError('empty file');
  const nfc = text.normalize('NFC');
  if (nfc !== text && !d.encoding.includes('1258')) {
    d.warnings.push('text was in decomposed form (NFD); composed to NFC');
  }
  return { text: nfc, encoding: d.encoding, warnings: d.warnings };
}

// ---------------------------------------------------------------- UTF-8

function decodeUtf8(bytes: Uint8Array, hadBom: boolean): DecodedText {
  const { multibyte, invalid } = countUtf8(bytes);
  if (invalid === 0) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const repair = repairLegacyMojibake(text);
    if (repair.encoding !== null) {
      return {
        text: repair.text,
        encoding: repair.encoding,
        warnings: [`text was ${MOJIBAKE_NAMES[repair.encoding]} read as Windows-1252; converted ${repair.lines} line(s)`],
      };
    }
    return { text, encoding: 'utf-8', warnings: [] };
  }
  if (multibyte > 0) {
    const mixed = decodeMixedLines(bytes);
    if (mixed !== null) return mixed;
  }
  if (hadBom) return decodeUtf8Lossy(bytes, invalid);
  return decodeLegacyBytes(bytes);
}

function decodeUtf8Lossy(bytes: Uint8Array, invalid: number): DecodedText {
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    warnings: [`invalid UTF-8: ${invalid} byte sequence(s) replaced with U+FFFD`],
  };
}

/**
 * UTF-8 text with bad bytes, line by line. A line that is mostly UTF-8 with
 * a few bad bytes (a truncated download, one pasted legacy character) keeps
 * UTF-8 and its bad bytes become U+FFFD, counted in a warning. Lines with no
 * UTF-8 in them (a paragraph pasted from a .VnTime document into a UTF-8
 * page) are decoded together in the legacy encoding that fits them best.
 * Returns null when no line is UTF-8: the whole text is then legacy.
 */
function decodeMixedLines(bytes: Uint8Array): DecodedText | null {
  const lines: Array<{ bytes: Uint8Array; kind: 'utf8' | 'damaged' | 'legacy'; invalid: number }> = [];
  let utf8Evidence = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    const { multibyte, invalid } = countUtf8(line);
    const kind = invalid === 0 ? 'utf8' : multibyte >= 4 * invalid ? 'damaged' : 'legacy';
    if (kind !== 'legacy' && multibyte > 0) utf8Evidence++;
    lines.push({ bytes: line, kind, invalid });
  }
  if (utf8Evidence === 0) return null;
  const legacyLines = lines.filter((l) => l.kind === 'legacy');
  const legacy = legacyLines.length > 0 ? chooseLegacy(joinLines(legacyLines.map((l) => l.bytes))) : null;
  const utf8 = new TextDecoder('utf-8');
  let replaced = 0;
  const text = lines
    .map((l) => {
      if (l.kind === 'legacy' && legacy !== null) return decodeLegacyText(l.bytes, legacy);
      replaced += l.invalid;
      return utf8.decode(l.bytes);
    })
    .join('\n');
  const warnings: string[] = [];
  if (replaced > 0) warnings.push(`invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`);
  if (legacy !== null) {
    warnings.push(`${legacyLines.length} line(s) inside the UTF-8 text decoded as ${LEGACY_NAMES[legacy]} (legacy)`);
  }
  return { text, encoding: legacy !== null ? `utf-8+${legacy}` : 'utf-8', warnings };
}

function joinLines(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
    out[o++] = 0x0a;
  }
  return out;
}

const MOJIBAKE_NAMES: Record<MojibakeKind, string> = {
  'tcvn3-in-unicode': 'TCVN3 (legacy font)',
  'vni-in-unicode': 'VNI (legacy font)',
  'double-utf-8': 'UTF-8',
};

/** Counts well-formed multibyte UTF-8 sequences and ill-formed ones, in one pass. */
export function countUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlongs
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : -1;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) {
        ok = false;
        break;
      }
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

// ---------------------------------------------------------------- legacy

const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3',
  'vni-windows': 'VNI-Windows',
  'tcvn5712-vn1': 'TCVN 5712 VN1',
  viscii: 'VISCII',
  'windows-1252': 'Windows-1252',
};

/**
 * Tries each Vietnamese legacy encoding and keeps the one under which most
 * non-ASCII words are valid syllables (ties go to the more common encoding).
 */
function decodeLegacyBytes(bytes: Uint8Array): DecodedText {
  const encoding = chooseLegacy(bytes);
  if (encoding !== null) {
    return {
      text: decodeLegacyText(bytes, encoding),
      encoding,
      warnings: [`decoded as ${LEGACY_NAMES[encoding]} (legacy)`],
    };
  }
  // Not Vietnamese. Accept Windows-1252 only if it reads as text: a few
  // accented letters among ASCII, not a mass of high bytes.
  let high = 0;
  let visible = 0;
  let undefinedBytes = 0;
  for (const b of bytes) {
    if (b > 0x20) visible++;
    if (b >= 0x80) high++;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) undefinedBytes++;
  }
  if (undefinedBytes === 0 && high <= 0.2 * visible) {
    return {
      text: decodeLegacy(bytes, 'windows-1252'),
      encoding: 'windows-1252',
      warnings: ['invalid UTF-8 and no Vietnamese legacy encoding fits; decoded as Windows-1252'],
    };
  }
  throw new SourceError('invalid UTF-8 and no Vietnamese legacy encoding fits');
}

/**
 * The Vietnamese legacy encoding under which most non-ASCII words are valid
 * syllables, or null if none makes at least half of them valid. Chooses on a
 * sample: 64 KB holds thousands of words, plenty to tell the encodings apart,
 * and keeps a large file from being decoded five times.
 */
function chooseLegacy(bytes: Uint8Array): LegacyEncoding | null {
  const sample = sampleBytes(bytes, 65536);
  let best: { encoding: LegacyEncoding; valid: number; words: number } | null = null;
  for (const encoding of LEGACY_ENCODINGS) {
    if (encoding === 'windows-1252') continue;
    const score = scoreVietnamese(decodeLegacyText(sample, encoding));
    const valid = score.valid - score.junk;
    if (best === null || valid > best.valid) best = { encoding, valid, words: score.words };
  }
  return best !== null && best.valid >= 1 && best.valid >= 0.5 * best.words ? best.encoding : null;
}

/** Decodes legacy bytes, putting back the capitals TCVN3 cannot write and the ư it loses. */
function decodeLegacyText(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const text = decodeLegacy(bytes, encoding);
  return encoding === 'tcvn3' ? restoreTcvn3Case(restoreDroppedU(text)) : text;
}

/** The first `max` bytes, cut back to the last whitespace so no character or word is split. */
function sampleBytes(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > max - 256 && bytes[end] !== 0x20 && bytes[end] !== 0x0a) end--;
  return bytes.subarray(0, end);
}

// ---------------------------------------------------------------- UTF-16

/**
 * Recognizes UTF-16 without a BOM: most characters of a Vietnamese or English
 * text are below U+0100, so every other byte is NUL — the odd ones for LE,
 * the even ones for BE — and the other half almost never is.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= 0.3 * pairs && zeroEven <= 0.02 * pairs) return 'utf-16le';
  if (zeroEven >= 0.3 * pairs && zeroOdd <= 0.02 * pairs) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const warnings: string[] = [];
  let body = bytes;
  if (body.length % 2 === 1) {
    warnings.push('UTF-16 text has an odd number of bytes; the last byte was dropped');
    body = body.subarray(0, body.length - 1);
  }
  const text = new TextDecoder(encoding).decode(body);
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c === 0 || isBinaryControl(c)) controls++;
  }
  if (controls > 0.1 * text.length) throw new SourceError('binary file (not a document)');
  if (replaced > 0) warnings.push(`invalid UTF-16: ${replaced} code unit(s) replaced with U+FFFD`);
  return { text, encoding, warnings };
}

// ---------------------------------------------------------------- binary

/** Signatures of common binary formats that reach a text reader by mistake. */
const MAGIC: ReadonlyArray<{ bytes: number[]; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive (DOCX, XLSX …)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'OLE file (DOC, XLS)' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'ELF executable' },
];

/**
 * Refuses bytes that are not text: a known binary signature, NUL bytes
 * (outside UTF-16, which was tried first), or many control characters.
 * A handful of stray NULs in a long text is tolerated with a warning.
 */
function checkNotBinary(bytes: Uint8Array): string[] {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => bytes[i] === b)) {
      throw new SourceError('binary file (not a document)', `binary file (not a document): looks like a ${m.kind}`);
    }
  }
  let nul = 0;
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) nul++;
    else if (isBinaryControl(b)) controls++;
  }
  if (nul > 8 || nul > 0.001 * bytes.length) throw new SourceError('binary file (not a document)');
  if (controls > 0.1 * bytes.length) throw new SourceError('binary file (not a document)');
  return nul > 0 ? [`${nul} NUL byte(s) removed`] : [];
}

/** C0 controls that plain text does not hold (tab, LF, VT, FF, CR, SUB and ESC are allowed). */
function isBinaryControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1a && c !== 0x1b && c !== 0;
}

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
