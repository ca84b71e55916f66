import iconv from 'iconv-lite';
import { countUtf8, type DecodedText } from './decode-bytes.js';
import { SourceError } from './source-error.js';
import { decodeLegacy } from './legacy-encodings/decode-legacy.js';
import { repairLegacyMojibake } from './legacy-encodings/repair-legacy-mojibake.js';
import { restoreTcvn3Case } from './legacy-encodings/restore-tcvn3-case.js';
import { WINDOWS_1252_BYTES } from './legacy-encodings/windows-1252.js';

/**
 * Reads the text of an RTF document: paragraphs and line breaks become '\n',
 * table cells and tabs '\t'; font tables, style sheets, document info,
 * pictures, objects (but not their \result), headers/footers, field
 * instructions, hidden text (\v) and every `\*` destination are skipped
 * (but \ud, the Unicode copy of a \upr group, is read instead of its ANSI copy). `\'xx` bytes are decoded in the code page of the
 * current font (its `\fcharset`, else the document's `\ansicpg`), except that
 * text in a .Vn… font (.VnTime, .VnArialH) is TCVN3 and text in a VNI-… font is
 * VNI-Windows; `\uN` escapes are Unicode (their `\ucN` fallback is skipped).
 * Raw 8-bit bytes, which RTF writers should escape but some tools do not, are
 * read as UTF-8 when they all form valid UTF-8, else like `\'xx`.
 *
 * One pass over the bytes, no regular expressions on the input, so the time is
 * linear in the size of the file whatever it holds. Throws `SourceError` for
 * an empty file, a file that is not RTF, or one with no text.
 */
export function rtfToText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new SourceError('empty file');
  if (!startsWithRtf(bytes)) throw new SourceError('not an RTF file (no {\\rtf header)');
  const reader = new RtfReader(bytes);
  reader.run();
  return reader.result();
}

/** What a font's text is encoded in. */
type FontCoding = { kind: 'codepage'; codepage: string } | { kind: 'tcvn3'; upper: boolean } | { kind: 'vni' } | { kind: 'symbol' };

interface GroupState {
  /** Inside a destination whose text is not document text. */
  skip: boolean;
  /** Hidden text (\v): not shown, so not read. */
  hidden: boolean;
  /** Inside the font table (its text is font names). */
  fontTable: boolean;
  /** The current font number (\fN). */
  font: number;
  /** How many fallback characters follow each \uN (\ucN, default 1). */
  uc: number;
}

/** Destinations whose content is not document text. */
const SKIPPED_DESTINATIONS = new Set([
  'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'fldinst', 'datafield', 'themedata', 'colorschememapping',
  'latentstyles', 'datastore', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'mmathPr',
  'pgdsctbl', 'revtbl', 'filetbl', 'nonshppict', 'shpinst', 'template', 'userprops', 'docvar', 'xe', 'tc', 'txe',
  'bkmkstart', 'bkmkend', 'fchars', 'lchars', 'pn', 'pnseclvl', 'annotation', 'atnid', 'atnauthor', 'comment',
  'wgrffmtfilter', 'mhtmltag', 'htmltag', 'defchp', 'defpap', 'operator', 'author', 'title', 'subject', 'keywords',
]);

/** Control words that stand for a character or a break. */
const CHAR_WORDS: Readonly<Record<string, string>> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', cell: '\t', nestcell: '\t', tab: '\t',
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
  emspace: ' ', enspace: ' ', qmspace: ' ',
};

/** \fcharset values → code pages (iconv-lite names); 0 and 1 mean "the document's \ansicpg". */
const CHARSET_CODEPAGES: Readonly<Record<number, string>> = {
  77: 'macintosh', 128: 'shiftjis', 129: 'cp949', 134: 'gbk', 136: 'big5', 161: 'windows-1253',
  162: 'windows-1254', 163: 'windows-1258', 177: 'windows-1255', 178: 'windows-1256', 186: 'windows-1257',
  204: 'windows-1251', 222: 'windows-874', 238: 'windows-1250',
};

const MAX_DEPTH = 512;

class RtfReader {
  private readonly stack: GroupState[] = [];
  private cur: GroupState = { skip: false, hidden: false, fontTable: false, font: -1, uc: 1 };
  /** Groups opened beyond MAX_DEPTH: counted, not stacked. */
  private overflow = 0;
  private ansiCodepage = 'windows-1252';
  private defaultFont = -1;
  private readonly fonts = new Map<number, { charset: number; codepage: string | null; name: string }>();
  private fontDef = { num: -1, charset: 0, codepage: null as string | null, name: '' };
  private readonly out: string[] = [];
  private pending: number[] = [];
  private pendingCoding: FontCoding | null = null;
  private fallbackToSkip = 0;
  private readonly codingsUsed = new Set<string>();
  private i = 0;
  /** Raw (unescaped) high bytes are UTF-8: they all form valid sequences. */
  private readonly rawUtf8: boolean;
  /** The coding of each font number, worked out once. */
  private readonly codingCache = new Map<number, FontCoding>();

  constructor(private readonly bytes: Uint8Array) {
    const { multibyte, invalid } = countUtf8(bytes);
    this.rawUtf8 = multibyte > 0 && invalid === 0;
  }

  run(): void {
    const b = this.bytes;
    const n = b.length;
    while (this.i < n) {
      const c = b[this.i];
      if (c === 0x7b) {
        this.i++;
        this.fallbackToSkip = 0;
        this.openGroup();
      } else if (c === 0x7d) {
        this.i++;
        this.fallbackToSkip = 0;
        this.closeGroup();
      } else if (c === 0x5c) {
        this.readControl();
      } else {
        this.i++;
        if (c === 0x0d || c === 0x0a) continue;
        if (this.consumeFallback()) continue;
        if (c === 0x09) this.emitText('\t');
        else if (c >= 0x80 && this.rawUtf8) this.emitByte(c, RAW_UTF8);
        else this.emitByte(c);
      }
    }
  }

  result(): DecodedText {
    this.flush();
    let text = wellFormed(this.out.join('')).normalize('NFC');
    const warnings: string[] = [];
    let encoding = `rtf/${this.ansiCodepage}`;
    if (this.codingsUsed.has('tcvn3')) {
      text = restoreTcvn3Case(text);
      encoding = 'rtf/tcvn3';
      warnings.push('decoded .Vn… font text as TCVN3 (legacy)');
    } else if (this.codingsUsed.has('vni')) {
      encoding = 'rtf/vni-windows';
      warnings.push('decoded VNI font text as VNI-Windows (legacy)');
    } else {
      const repair = repairLegacyMojibake(text);
      if (repair.encoding !== null) {
        text = repair.text;
        encoding = `rtf/${repair.encoding}`;
        warnings.push(`text was legacy-font text read as Windows-1252; converted ${repair.lines} line(s)`);
      }
    }
    if (text.replace(/[\s\ufeff]+/gu, '') === '') throw new SourceError('empty document (the RTF holds no text)');
    return { text, encoding, warnings };
  }

  // ------------------------------------------------------------ groups

  private openGroup(): void {
    if (this.stack.length >= MAX_DEPTH) {
      this.overflow++;
      return;
    }
    this.stack.push(this.cur);
    this.cur = { ...this.cur };
  }

  private closeGroup(): void {
    if (this.overflow > 0) {
      this.overflow--;
      return;
    }
    if (this.cur.fontTable && this.fontDef.num >= 0) this.endFontDef();
    const prev = this.stack.pop();
    if (prev !== undefined) this.cur = prev;
  }

  // ------------------------------------------------------------ control words

  private readControl(): void {
    const b = this.bytes;
    const n = b.length;
    this.i++; // the backslash
    if (this.i >= n) return;
    const c = b[this.i];
    if (!isLetter(c)) {
      this.i++;
      this.controlSymbol(c);
      return;
    }
    const start = this.i;
    while (this.i < n && isLetter(b[this.i]) && this.i - start < 32) this.i++;
    while (this.i < n && isLetter(b[this.i])) this.i++; // over-long words: ignore the rest
    const word = latin1(b, start, Math.min(this.i, start + 32));
    let param: number | null = null;
    let negative = false;
    if (this.i < n && b[this.i] === 0x2d && this.i + 1 < n && isDigit(b[this.i + 1])) {
      negative = true;
      this.i++;
    }
    if (this.i < n && isDigit(b[this.i])) {
      let v = 0;
      let digits = 0;
      while (this.i < n && isDigit(b[this.i])) {
        if (digits < 10) v = v * 10 + (b[this.i] - 0x30);
        digits++;
        this.i++;
      }
      param = negative ? -v : v;
    }
    if (this.i < n && b[this.i] === 0x20) this.i++; // the delimiting space belongs to the word
    this.controlWord(word, param);
  }

  private controlSymbol(c: number): void {
    if (c === 0x27) {
      // \'hh
      const hi = hexValue(this.bytes[this.i]);
      const lo = hexValue(this.bytes[this.i + 1]);
      if (hi < 0 || lo < 0) return;
      this.i += 2;
      if (this.consumeFallback()) return;
      this.emitByte(hi * 16 + lo);
      return;
    }
    if (this.consumeFallback()) return;
    switch (c) {
      case 0x5c: // \\
      case 0x7b: // \{
      case 0x7d: // \}
        this.emitByte(c);
        return;
      case 0x7e: // \~ non-breaking space
        this.emitText('\u00a0');
        return;
      case 0x5f: // \_ non-breaking hyphen
        this.emitText('-');
        return;
      case 0x2d: // \- optional hyphen: in a .Vn… font it is TCVN3's ư (byte 0xAD, Windows' soft hyphen)
        if (!this.cur.fontTable && this.coding().kind === 'tcvn3') this.emitByte(0xad);
        return;
      case 0x2a: // \* : an ignorable destination
        this.cur.skip = true;
        return;
      case 0x0a:
      case 0x0d: // backslash + newline is \par
        this.emitText('\n');
        return;
      case 0x09:
        this.emitText('\t');
        return;
      default:
        return; // \| \: formula marks …
    }
  }

  private controlWord(word: string, param: number | null): void {
    if (word === 'bin') {
      // Raw binary data of `param` bytes follows: step over it.
      this.i = Math.min(this.bytes.length, this.i + Math.max(0, param ?? 0));
      return;
    }
    if (word === 'u' && param !== null) {
      if (this.consumeFallback()) return;
      this.emitUnicode(param < 0 ? param + 65536 : param & 0xffff);
      this.fallbackToSkip = this.cur.uc;
      return;
    }
    if (this.consumeFallback()) return;
    if (word === 'fonttbl') {
      this.cur.fontTable = true;
      return;
    }
    // \upr{ANSI text{\*\ud{Unicode text}}}: read the Unicode copy only.
    // \object{… {\result text}}: an embedded object's shown result is text.
    if (word === 'upr') {
      this.cur.skip = true;
      return;
    }
    if (word === 'ud' || word === 'result') {
      this.cur.skip = false;
      return;
    }
    if (SKIPPED_DESTINATIONS.has(word)) {
      this.cur.skip = true;
      return;
    }
    if (this.cur.fontTable) {
      this.fontTableWord(word, param);
      return;
    }
    switch (word) {
      case 'ansicpg':
      case 'mac':
      case 'pc':
      case 'pca':
        this.codingCache.clear();
        this.setCodepage(word, param);
        return;
      case 'deff':
        if (param !== null) this.defaultFont = param;
        return;
      case 'f':
        if (param !== null) this.cur.font = param;
        return;
      case 'plain':
        this.cur.font = -1;
        this.cur.hidden = false;
        return;
      case 'v':
        this.cur.hidden = param !== 0;
        return;
      case 'uc':
        if (param !== null) this.cur.uc = Math.max(0, Math.min(param, 8));
        return;
      default: {
        const ch = CHAR_WORDS[word];
        if (ch !== undefined) this.emitText(ch);
      }
    }
  }

  private setCodepage(word: string, param: number | null): void {
    if (word === 'mac') this.ansiCodepage = 'macintosh';
    else if (word === 'pc') this.ansiCodepage = 'cp437';
    else if (word === 'pca') this.ansiCodepage = 'cp850';
    else if (param !== null && iconv.encodingExists(`windows-${param}`)) this.ansiCodepage = `windows-${param}`;
    else if (param !== null && iconv.encodingExists(`cp${param}`)) this.ansiCodepage = `cp${param}`;
  }

  private fontTableWord(word: string, param: number | null): void {
    if (word === 'f' && param !== null) {
      if (this.fontDef.num >= 0) this.endFontDef();
      this.fontDef = { num: param, charset: 0, codepage: null, name: '' };
    } else if (word === 'fcharset' && param !== null) {
      this.fontDef.charset = param;
    } else if (word === 'cpg' && param !== null && iconv.encodingExists(`windows-${param}`)) {
      this.fontDef.codepage = `windows-${param}`;
    }
  }

  private endFontDef(): void {
    const name = this.fontDef.name.replace(/;\s*$/, '').trim();
    this.fonts.set(this.fontDef.num, { charset: this.fontDef.charset, codepage: this.fontDef.codepage, name });
    this.codingCache.clear();
    this.fontDef = { num: -1, charset: 0, codepage: null, name: '' };
  }

  /** Skips one fallback character after \uN; true if it did. */
  private consumeFallback(): boolean {
    if (this.fallbackToSkip <= 0) return false;
    this.fallbackToSkip--;
    return true;
  }

  // ------------------------------------------------------------ text

  private emitByte(byte: number, forced?: FontCoding): void {
    if (this.cur.skip || (this.cur.hidden && !this.cur.fontTable)) return;
    if (this.cur.fontTable) {
      if (this.fontDef.num >= 0) {
        if (byte === 0x3b) this.endFontDef();
        else if (this.fontDef.name.length < 200) this.fontDef.name += String.fromCharCode(byte);
      }
      return;
    }
    const coding = forced ?? this.coding();
    if (this.pendingCoding !== null && !sameCoding(this.pendingCoding, coding)) this.flush();
    this.pendingCoding = coding;
    this.pending.push(byte);
  }

  private emitUnicode(code: number): void {
    if (this.cur.skip || this.cur.hidden || this.cur.fontTable) return;
    const coding = this.coding();
    const ch = String.fromCharCode(code);
    // A legacy font's text written as \uN is the Windows-1252 reading of its bytes: take the byte back.
    if (coding.kind === 'tcvn3' || coding.kind === 'vni') {
      const byte = WINDOWS_1252_BYTES.get(ch);
      if (byte !== undefined) {
        this.emitByte(byte);
        return;
      }
    }
    this.emitText(ch);
  }

  private emitText(s: string): void {
    if (this.cur.skip || this.cur.hidden || this.cur.fontTable) return;
    this.flush();
    this.out.push(s);
  }

  private flush(): void {
    if (this.pending.length === 0 || this.pendingCoding === null) return;
    const bytes = Uint8Array.from(this.pending);
    const coding = this.pendingCoding;
    this.pending = [];
    this.codingsUsed.add(coding.kind);
    switch (coding.kind) {
      case 'tcvn3': {
        const s = decodeLegacy(bytes, 'tcvn3');
        this.out.push(coding.upper ? s.toUpperCase() : s);
        return;
      }
      case 'vni':
        this.out.push(decodeLegacy(bytes, 'vni-windows'));
        return;
      case 'symbol':
        // Symbol/Wingdings text is almost always list bullets.
        for (const b of bytes) this.out.push(b < 0x80 && b !== 0xb7 ? '' : '•');
        return;
      case 'codepage':
        this.out.push(iconv.decode(Buffer.from(bytes), coding.codepage));
        return;
    }
  }

  /** The coding of the current font. */
  private coding(): FontCoding {
    const num = this.cur.font >= 0 ? this.cur.font : this.defaultFont;
    let coding = this.codingCache.get(num);
    if (coding === undefined) {
      coding = this.fontCoding(num);
      this.codingCache.set(num, coding);
    }
    return coding;
  }

  private fontCoding(num: number): FontCoding {
    const font = this.fonts.get(num);
    if (font !== undefined) {
      const name = font.name.toLowerCase();
      if (name.startsWith('.vn')) return { kind: 'tcvn3', upper: /^\.vn[a-z ]{0,40}h$/.test(name) };
      if (name.startsWith('vni-') || name.startsWith('vni ')) return { kind: 'vni' };
      if (font.charset === 2) return { kind: 'symbol' };
      if (font.codepage !== null) return { kind: 'codepage', codepage: font.codepage };
      const cp = CHARSET_CODEPAGES[font.charset];
      if (cp !== undefined) return { kind: 'codepage', codepage: cp };
    }
    return { kind: 'codepage', codepage: this.ansiCodepage };
  }
}

const RAW_UTF8: FontCoding = { kind: 'codepage', codepage: 'utf-8' };

function sameCoding(a: FontCoding, b: FontCoding): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'codepage' && b.kind === 'codepage') return a.codepage === b.codepage;
  if (a.kind === 'tcvn3' && b.kind === 'tcvn3') return a.upper === b.upper;
  return true;
}

/** Replaces lone surrogates (a \uN pair cut in half) with U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function startsWithRtf(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return latin1(bytes, i, i + 5) === '{\\rtf';
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let k = start; k < end && k < bytes.length; k++) s += String.fromCharCode(bytes[k]);
  return s;
}
