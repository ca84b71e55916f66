import type { SourceFormat } from '../../types.js';

/** What the bytes look like, and why (for the warning when the name says otherwise). */
export interface SniffedFormat {
  format: SourceFormat;
  /** Set when the bytes are a container we cannot read (`.odt`, `.xlsx`, a plain zip). */
  unsupported?: string;
  warnings: string[];
}

/** File extensions and the format they promise, each with an example name. */
export const EXTENSION_FORMATS: ReadonlyArray<{ ext: string; format: SourceFormat; example: string }> = [
  { ext: 'txt', format: 'txt', example: 'ke-hoach-65.txt' },
  { ext: 'text', format: 'txt', example: 'chi-thi.text' },
  { ext: 'html', format: 'html', example: 'tin-tuc.html' },
  { ext: 'htm', format: 'html', example: 'Default.htm' },
  { ext: 'xhtml', format: 'html', example: 'vanban.xhtml' },
  { ext: 'shtml', format: 'html', example: 'index.shtml' },
  { ext: 'aspx', format: 'html', example: 'ChiTiet.aspx' },
  { ext: 'php', format: 'html', example: 'news.php' },
  { ext: 'md', format: 'md', example: 'bao-cao.md' },
  { ext: 'markdown', format: 'md', example: 'bao-cao.markdown' },
  { ext: 'pdf', format: 'pdf', example: '13-CT-UBND.pdf' },
  { ext: 'docx', format: 'docx', example: 'KH-65.docx' },
  { ext: 'doc', format: 'doc', example: 'CV-2550.doc' },
  { ext: 'rtf', format: 'rtf', example: 'QD-166.rtf' },
];

/** The format a file name's extension promises, or null. */
export function formatFromName(name: string): SourceFormat | null {
  const base = name.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = base.slice(dot + 1).toLowerCase();
  return EXTENSION_FORMATS.find((e) => e.ext === ext)?.format ?? null;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Decides the format from the bytes first and the name second: `%PDF-` (in
 * the first KB), a zip holding `word/document.xml` (DOCX), the OLE signature
 * (legacy .doc), `{\rtf`, then for text: HTML when it starts with a tag or a
 * doctype or is full of block tags, Markdown when it shows Markdown's marks
 * (ATX headings, `**strong**`, pipe-table delimiter rows, backslash escapes,
 * links), else plain text. A `.md` name keeps Markdown for text without marks.
 * Adds a warning when the name's extension promises another format.
 */
export function sniffFormat(bytes: Uint8Array, name = ''): SniffedFormat {
  const fromName = formatFromName(name);
  const sniffed = sniffContent(bytes);
  let format = sniffed.format;
  if (format === 'txt' && fromName === 'md') format = 'md';
  const warnings: string[] = [];
  const textual = (f: SourceFormat | null): boolean => f === 'txt' || f === 'md';
  const agrees = fromName === null || fromName === format || (textual(fromName) && textual(format));
  if (!agrees || (fromName === null && name !== '' && format !== 'txt')) {
    const base = name.split(/[\\/]/u).pop() ?? name;
    warnings.push(
      fromName === null
        ? `${base}: no known extension; the content reads as ${describe(format)}`
        : `${base}: the extension says ${describe(fromName)} but the content is ${describe(format)}; read as ${describe(format)}`,
    );
  } else if (fromName === 'txt' && format === 'md') {
    warnings.push(`${name.split(/[\\/]/u).pop() ?? name}: plain-text file with Markdown marks; read as Markdown`);
  }
  return sniffed.unsupported ? { format, unsupported: sniffed.unsupported, warnings } : { format, warnings };
}

function describe(f: SourceFormat): string {
  return { txt: 'plain text', html: 'HTML', md: 'Markdown', pdf: 'PDF', docx: 'DOCX', doc: 'legacy Word .doc', rtf: 'RTF' }[f];
}

/** The format the bytes show, with no regard to the name. */
function sniffContent(bytes: Uint8Array): { format: SourceFormat; unsupported?: string } {
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) >= 0) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (indexOfAscii(bytes, 'word/document.xml', 0, bytes.length) >= 0) return { format: 'docx' };
    if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument', 0, 200) >= 0) {
      return { format: 'docx', unsupported: 'OpenDocument (.odt) is not supported; save it as .docx' };
    }
    return { format: 'docx', unsupported: 'zip archive that is not a Word .docx' };
  }
  if (startsWith(bytes, OLE_MAGIC)) return { format: 'doc' };
  const head = headText(bytes);
  if (/^\s{0,64}\{\\rtf/u.test(head)) return { format: 'rtf' };
  if (looksLikeHtml(head)) return { format: 'html' };
  if (looksLikeMarkdown(head)) return { format: 'md' };
  return { format: 'txt' };
}

/** The first 16 KB as text, for sniffing only: UTF-16 by BOM (or by zero bytes), else latin-1-safe UTF-8. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 16384);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] !== 0 && head[1] === 0 && head[3] === 0)) {
    return new TextDecoder('utf-16le').decode(head);
  }
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0 && head[1] !== 0 && head[2] === 0)) {
    return new TextDecoder('utf-16be').decode(head);
  }
  return new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/u, '');
}

const HTML_START = /^\s{0,256}(?:<!doctype\s{1,8}html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<!--|<(?:div|p|table|article|section|main|h[1-6]|span|center|font|ul|ol)[\s>])/iu;
const BLOCK_TAG = /<\/?(?:p|div|br|table|tr|td|li|ul|ol|h[1-6]|span|body|html)[\s/>]/giu;

/** HTML: starts with a doctype, a comment or a tag, or mentions `<html`/`<body`, or has many block tags. */
export function looksLikeHtml(head: string): boolean {
  if (HTML_START.test(head)) return true;
  if (/<html[\s>]|<body[\s>]/iu.test(head)) return true;
  return (head.match(BLOCK_TAG)?.length ?? 0) >= 8;
}

/** Marks that only Markdown makes, each with an example. */
export const MARKDOWN_MARKS: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  { pattern: /^#{1,6}[ \t]+\S/mu, example: '## II. NỘI DUNG THỰC HIỆN' },
  { pattern: /\*\*[^*\s][^*]{0,300}\*\*/u, example: '**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**' },
  { pattern: /(?<![\p{L}\p{N}_])__[^_\s][^_]{0,300}__(?![\p{L}\p{N}_])/u, example: '__CHỈ THỊ__' },
  { pattern: /^[ \t]{0,3}\|?[ \t]{0,3}:?-{3,}:?[ \t]{0,3}\|/mu, example: '|---|---|' },
  { pattern: /\\[-*_#.()[\]!>+`|]/u, example: 'Nghị quyết 57\\-NQ/TW' },
  { pattern: /\[[^\]\n]{1,200}\]\((?:https?:\/\/|\/|#)[^)\s]{0,300}\)/u, example: '[Quyết định 166](https://vbpl.vn/166)' },
];

/** Markdown: one of `MARKDOWN_MARKS` (plain text has `-` bullets and `1.` numbers too, so those do not count). */
export function looksLikeMarkdown(head: string): boolean {
  return MARKDOWN_MARKS.some((m) => m.pattern.test(head));
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Index of an ASCII string in `bytes[from, to)`, or -1. */
function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const end = Math.min(to, bytes.length) - needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}
