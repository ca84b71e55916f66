import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize-text.js';
import { readSource } from './read-source.js';
import { EXTENSION_FORMATS, MARKDOWN_MARKS, formatFromName, looksLikeMarkdown, sniffFormat } from './sniff-format.js';
import { SourceError } from './source-error.js';

const INPUTS = join(import.meta.dirname, '../../../fixtures/inputs');
const DEV = join(import.meta.dirname, '../../../fixtures/dev');
const input = (name: string): Uint8Array => new Uint8Array(readFileSync(join(INPUTS, name)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return (e as SourceError).reason;
  }
  throw new Error('expected a SourceError');
}

describe('sniffFormat', () => {
  it('should read every extension of the table from its example name', () => {
    for (const e of EXTENSION_FORMATS) expect(formatFromName(e.example)).toBe(e.format);
    expect(formatFromName('README')).toBeNull();
    expect(formatFromName('/tmp/a.b/ke-hoach')).toBeNull();
  });

  it('should recognise every Markdown mark from its example', () => {
    for (const m of MARKDOWN_MARKS) expect(looksLikeMarkdown(`Thực hiện Kế hoạch\n${m.example}\n`)).toBe(true);
  });

  it('should not call plain text with bullets and numbers Markdown', () => {
    expect(looksLikeMarkdown('1. Nâng cao tiềm lực\n\n- Hướng dẫn các cơ sở;\n+ Sở Tài chính;\n* Lưu: VT.\nTỷ lệ 70% * 2')).toBe(false);
  });

  it('should go by content when the extension is wrong, and say so', () => {
    const pdf = sniffFormat(input('chi-thi-13-ct-ubnd.pdf'), 'chi-thi-13.txt');
    expect(pdf.format).toBe('pdf');
    expect(pdf.warnings[0]).toMatch(/extension says plain text but the content is PDF/u);
    const docx = sniffFormat(input('chi-thi-13-ct-ubnd.docx'), 'chi-thi-13.pdf');
    expect(docx.format).toBe('docx');
    expect(sniffFormat(input('posting.html'), 'posting.md').format).toBe('html');
    expect(sniffFormat(utf8('{\\rtf1\\ansi Quyết định}'), 'qd.doc').format).toBe('rtf');
    expect(sniffFormat(utf8('Lào Cai, ngày 20 tháng 5 năm 2021'), 'chi-thi.html').format).toBe('txt');
  });

  it('should take the content when there is no extension, and Markdown from .md for text without marks', () => {
    expect(sniffFormat(input('posting.html'), '').format).toBe('html');
    expect(sniffFormat(input('posting.html'), '').warnings).toEqual([]);
    expect(sniffFormat(utf8('Nơi nhận:\n- Như trên;'), 'bao-cao.md').format).toBe('md');
    expect(sniffFormat(utf8('Nơi nhận:\n- Như trên;'), 'bao-cao.txt')).toEqual({ format: 'txt', warnings: [] });
  });

  it('should read a dev text file with Markdown emphasis as Markdown, with a warning', () => {
    const s = sniffFormat(new Uint8Array(readFileSync(join(DEV, '003_713ee6e59a1eb746.txt'))), '003_713ee6e59a1eb746.txt');
    expect(s.format).toBe('md');
    expect(s.warnings).toHaveLength(1);
  });
});

describe('readSource', () => {
  it('should read the PDF fixture line by line with pages apart', async () => {
    const s = await readSource(input('chi-thi-13-ct-ubnd.pdf'), 'chi-thi-13-ct-ubnd.pdf');
    expect(s.format).toBe('pdf');
    const lines = normalizeText(s.text).text.split('\n');
    for (const l of ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CHỈ THỊ', 'Nơi nhận:', 'Trịnh Xuân Trường']) {
      expect(lines).toContain(l);
    }
    expect(s.text).toContain('Số: 13/CT-UBND');
    expect(s.text).toContain('1. Nâng cao tiềm lực khoa học và công nghệ');
    expect(s.text).toContain('\n\n');
  });

  it('should read the DOCX fixture keeping the header cells\' line breaks', async () => {
    const s = await readSource(input('chi-thi-13-ct-ubnd.docx'), 'chi-thi-13-ct-ubnd.docx');
    expect(s.format).toBe('docx');
    const text = normalizeText(s.text).text;
    expect(text.startsWith('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc')).toBe(true);
    expect(text).toContain('\nSố: 13/CT-UBND\n');
    expect(text).toContain('\nLào Cai, ngày 20 tháng 5 năm 2021\n');
    expect(text).toContain('\na, Sở Khoa học và Công nghệ chủ trì:\n');
    expect(text).toContain('Nơi nhận:\n- TT. TU, HĐND, UBND tỉnh;');
    expect(text.endsWith('CHỦ TỊCH\n\nTrịnh Xuân Trường')).toBe(true);
  });

  it('should read a UTF-16 LE text file with BOM and CRLF', async () => {
    const s = await readSource(input('chi-thi-13-utf16le-bom.txt'), 'chi-thi-13-utf16le-bom.txt');
    expect(s).toMatchObject({ format: 'txt', encoding: 'utf-16le' });
    expect(s.text.startsWith('Chỉ thị 13/CT-UBND năm 2021')).toBe(true);
    const n = normalizeText(s.text);
    expect(n.metadata.signer).toBe('Trịnh Xuân Trường');
    expect(n.text.startsWith('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI')).toBe(true);
    expect(n.text).not.toContain('\r');
  });

  it('should read the posting page and the Markdown plan', async () => {
    const html = await readSource(input('posting.html'), 'posting.html');
    expect(html.format).toBe('html');
    expect(html.text).toContain('Nghị quyết số 82/2019/NQ-HĐND');
    expect(html.text).not.toContain('Thống kê truy cập');
    const md = await readSource(input('ke-hoach-pci-long-an.md'), 'ke-hoach-pci-long-an.md');
    expect(md.format).toBe('md');
    expect(md.text).toContain('2205/QĐ-TTg');
  });

  it('should read a PDF saved with a .txt name as PDF, with the warning', async () => {
    const s = await readSource(input('chi-thi-13-ct-ubnd.pdf'), 'chi-thi-13.txt');
    expect(s.format).toBe('pdf');
    expect(s.warnings).toHaveLength(1);
    expect(s.text).toContain('CHỈ THỊ');
  });

  it('should refuse what it cannot read, saying why', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await reason(readSource(ole, 'cv-2550.doc'))).toBe('legacy .doc is not supported; convert to .docx');
    expect(await reason(readSource(new Uint8Array(0), 'empty.txt'))).toMatch(/empty/u);
    expect(await reason(readSource(utf8('%PDF-1.7\n1 0 obj\ngarbage'), 'broken.pdf'))).toMatch(/damaged PDF/u);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('mimetypeapplication/vnd.oasis.opendocument.text')]);
    expect(await reason(readSource(zip, 'vanban.odt'))).toMatch(/OpenDocument/u);
    const docxLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('word/document.xml garbage')]);
    expect(await reason(readSource(docxLike, 'broken.docx'))).toMatch(/damaged \.docx/u);
    expect(await reason(readSource(utf8('<html><body><script>x()</script></body></html>'), 'blank.html'))).toMatch(/no text/u);
  });
});
