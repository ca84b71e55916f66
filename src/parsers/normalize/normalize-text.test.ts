import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARACTER_REPLACEMENTS } from './find-character-edits.js';
import { LOOKALIKE_LETTERS } from './find-symbol-edits.js';
import { WRAP_EXAMPLES } from './find-wrap-edits.js';
import { normalizeText } from './normalize-text.js';

const DEV = join(import.meta.dirname, '../../../fixtures/dev');
const devFiles = readdirSync(DEV).filter((f) => f.endsWith('.txt'));

/** [source, normalized] pairs: real lines with the odd characters copies carry. */
const CHANGED: Array<[string, string]> = [
  ['Căn cứ Quyết định số 166/QÐ-UBND ngày 20/01/2022', 'Căn cứ Quyết định số 166/QĐ-UBND ngày 20/01/2022'],
  ['ÐIỀU 1. Phê duyệt Kế hoạch', 'ĐIỀU 1. Phê duyệt Kế hoạch'],
  ['Kế hoạch số\u00A02199/KH-UBND\u00A0 ngày 14/7/2022', 'Kế hoạch số 2199/KH-UBND ngày 14/7/2022'],
  ['Nghị quyết số 12\u2013NQ/TU ngày 27/7/2021', 'Nghị quyết số 12-NQ/TU ngày 27/7/2021'],
  ['Quyết định số 162/QĐ\u2013UBND ngày 20/01/2022', 'Quyết định số 162/QĐ-UBND ngày 20/01/2022'],
  ['Chi cục TC\u2014ĐL\u2014CL chủ trì', 'Chi cục TC-ĐL-CL chủ trì'],
  ['Quyết định số 2205/QĐ\u2011TTg ngày 24/12/2020', 'Quyết định số 2205/QĐ-TTg ngày 24/12/2020'],
  ['Thông tư số 57/2021/\u0422\u0422-\u0412\u0422\u0421 của Bộ Tài chính', 'Thông tư số 57/2021/TT-BTC của Bộ Tài chính'],
  ['Kế hoạch số 65/KH-U\u0412ND ngày 30/7/2021', 'Kế hoạch số 65/KH-UBND ngày 30/7/2021'],
  ['Chương trình \u041ECOP của tỉnh', 'Chương trình OCOP của tỉnh'],
  ['kế h\u043Eạch thực hiện', 'kế hoạch thực hiện'],
  ['Quyết\u00ADđịnh số\u200B 1949/QĐ-UBND', 'Quyếtđịnh số 1949/QĐ-UBND'],
  ['Thực hiện  Kế hoạch    số 47/KH-UBND', 'Thực hiện Kế hoạch số 47/KH-UBND'],
  ['   Tiến hành khảo sát đánh giá trên phạm vi toàn tỉnh.   ', 'Tiến hành khảo sát đánh giá trên phạm vi toàn tỉnh.'],
  ['1. Nâng cao tiềm lực\r\n\r\n\r\n\r\na, Sở Khoa học và Công nghệ chủ trì', '1. Nâng cao tiềm lực\n\na, Sở Khoa học và Công nghệ chủ trì'],
  ['1. Mục đích\r2. Yêu cầu', '1. Mục đích\n2. Yêu cầu'],
  ['ứng dụng tiến bộ KH&amp;CN theo Quyết định số&nbsp;1984/QĐ-BKH&amp;CN', 'ứng dụng tiến bộ KH&CN theo Quyết định số 1984/QĐ-BKH&CN'],
  ['Chương trình &ldquo;Đổi mới công nghệ quốc gia&rdquo; &#273;ến năm 2030 &#x110;ã', 'Chương trình “Đổi mới công nghệ quốc gia” đến năm 2030 Đã'],
  ['STT \t Nhiệm vụ\t\t Đơn vị chủ trì', 'STT\tNhiệm vụ\tĐơn vị chủ trì'],
  ['Quye\u0302\u0301t \u0111i\u0323nh so\u0302\u0301 166', 'Quyết định số 166'],
  ['Thông tư số 57/2021/TT-\nBTC ngày 01/7/2021', 'Thông tư số 57/2021/TT-BTC ngày 01/7/2021'],
  ['theo Quyết định số 166/QĐ-\nUBND ngày 20/01/2022', 'theo Quyết định số 166/QĐ-UBND ngày 20/01/2022'],
  ['theo Quyết định số 166/\nQĐ-UBND ngày 20/01/2022', 'theo Quyết định số 166/QĐ-UBND ngày 20/01/2022'],
  ['thực hiện Nghị quyết số 12-NQ/\nTU ngày 27/7/2021', 'thực hiện Nghị quyết số 12-NQ/TU ngày 27/7/2021'],
  ['Chi cục TC-\nĐL-CL chủ trì', 'Chi cục TC-ĐL-CL chủ trì'],
  ['phát triển kinh tế-\nxã hội của tỉnh', 'phát triển kinh tế-xã hội của tỉnh'],
  // A line ending in a hyphen after a space is a dash, not a cut inside a word: joined by a space.
  ['Độc lập - Tự do -\nHạnh phúc', 'Độc lập - Tự do - Hạnh phúc'],
  // A hard wrap is a space, not a glue: a number at the end of a line with its noun on the next.
  ['Tiến hành rà soát đánh giá 05\nthủ tục', 'Tiến hành rà soát đánh giá 05 thủ tục'],
  // A symbol at line end and its date on the next line: one line, the symbol untouched.
  ['theo Quyết định số 166/QĐ-UBND\nngày 20/01/2022', 'theo Quyết định số 166/QĐ-UBND ngày 20/01/2022'],
  // A lower-case word after a symbol's hyphen is not a code: joined by a space, not glued.
  ['Quyết định số 166/QĐ-\nngày 20/01/2022', 'Quyết định số 166/QĐ- ngày 20/01/2022'],
];

/** Lines that must come out exactly as they went in. */
const UNCHANGED: string[] = [
  'giai đoạn 2021 – 2025',
  'giai đoạn 2021–2030',
  'Độc lập - Tự do - Hạnh phúc',
  'công tác tiêu chuẩn - đo lường - chất lượng',
  'kinh tế – xã hội',
  'Hà Nội–Hải Phòng',
  'Công ty TNHH A&B; Công ty R&D;',
  'mã &#xD800; và &foo; giữ nguyên',
  'Заседание правительства', // a Russian word stays Russian
  '1. Tổng kết, đánh giá việc thực hiện Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007',
  'a, Sở Khoa học và Công nghệ chủ trì:\n\n- Hướng dẫn các cơ sở, doanh nghiệp',
  // a list item after a line ending in a code is its own line
  'Chi cục TC-\na) Sở Khoa học và Công nghệ',
];

describe('normalizeText', () => {
  it.each(CHANGED)('should normalize %j', (source, expected) => {
    expect(normalizeText(source).text).toBe(expected);
  });

  it.each(UNCHANGED)('should leave %j as it is', (source) => {
    expect(normalizeText(source).text).toBe(source);
  });

  it('should run every character-replacement example through the table', () => {
    for (const r of CHARACTER_REPLACEMENTS) {
      // A real line end (a heading, then a numbered item), so a line break stays one.
      const out = normalizeText(`I. MỤC ĐÍCH${r.char}1. Mục đích`).text;
      if (r.to === '') expect(out).toBe('I. MỤC ĐÍCH1. Mục đích');
      else if (r.to === '\n') expect(out).toBe('I. MỤC ĐÍCH\n1. Mục đích');
      else expect(out).toBe(`I. MỤC ĐÍCH${r.to}1. Mục đích`);
    }
  });

  it('should repair every look-alike letter inside a symbol', () => {
    for (const l of LOOKALIKE_LETTERS) {
      expect(normalizeText(`số 12/Q${l.char}-UBND`).text).toBe(`số 12/Q${l.to}-UBND`);
    }
  });

  it('should join every wrapped symbol the table gives as an example', () => {
    for (const ex of WRAP_EXAMPLES) expect(normalizeText(`theo ${ex} ngày`).text).toBe(`theo ${ex.replace('\n', '')} ngày`);
  });

  it('should compose NFD lines mixed with NFC ones', () => {
    const nfd = 'Lào Cai, ngày 20 tháng 5 năm 2021'.normalize('NFD');
    const out = normalizeText(`CHỈ THỊ\n${nfd}\nTĂNG CƯỜNG`).text;
    expect(out).toBe('CHỈ THỊ\nLào Cai, ngày 20 tháng 5 năm 2021\nTĂNG CƯỜNG');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('should map every offset back into the source exactly', () => {
    const source =
      'image banner\r\nKế hoạch số\u00A0 65/KH-UВND\r\nLượt xem: 42\r\n\r\n\r\nQuye\u0302\u0301t đi\u0323nh số 166/QĐ-\r\nUBND ngày 20/01/2022 giai đoạn 2021 – 2025\r\n';
    const n = normalizeText(source);
    expect(n.text).toBe('Kế hoạch số 65/KH-UBND\n\nQuyết định số 166/QĐ-UBND ngày 20/01/2022 giai đoạn 2021 – 2025');
    const at = (s: string): [number, number] => {
      const i = n.text.indexOf(s);
      return [i, i + s.length];
    };
    const back = (s: string): string => {
      const [a, b] = at(s);
      return source.slice(n.toSource(a), n.toSource(b));
    };
    expect(back('65/KH-UBND')).toBe('65/KH-UВND');
    expect(back('Quyết định')).toBe('Quye\u0302\u0301t đi\u0323nh');
    expect(back('166/QĐ-UBND')).toBe('166/QĐ-\r\nUBND');
    expect(back('20/01/2022')).toBe('20/01/2022');
    expect(back('2021 – 2025')).toBe('2021 – 2025');
    expect(n.toSource(0)).toBe(source.indexOf('Kế'));
    expect(n.toSource(n.text.length)).toBeLessThanOrEqual(source.length);
  });

  describe.each(devFiles)('on dev file %s', (file) => {
    const source = readFileSync(join(DEV, file), 'utf8');
    const n = normalizeText(source);

    it('should map every symbol, date and range back to the same text in the source', () => {
      const items = /\d{1,5}(?:\/\d{4})?[/-][\p{L}&]{1,10}(?:[-/][\p{L}\d&]{1,10}){0,3}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4} ?[-–] ?\d{4}/gu;
      let count = 0;
      for (const m of n.text.matchAll(items)) {
        const s = m.index;
        const e = s + m[0].length;
        const back = source.slice(n.toSource(s), n.toSource(e));
        // read inside a sentence: a bare date alone on a line is a posting's date stamp (page chrome)
        expect(normalizeText(`Ngày ${back}`).text).toBe(`Ngày ${m[0]}`);
        count++;
      }
      expect(count).toBeGreaterThan(0);
    });

    it('should map offsets in order and inside the source', () => {
      let prev = 0;
      const bad: number[] = [];
      for (let i = 0; i <= n.text.length; i++) {
        const s = n.toSource(i);
        if (s < prev || s > source.length) bad.push(i);
        prev = s;
      }
      expect(bad).toEqual([]);
    });

    it('should keep every line of document text', () => {
      // Each kept line of the output is a line of the source, spaces tidied.
      const sourceLines = new Set(source.split(/\r?\n/u).map((l) => l.replace(/[ \u00A0]+/gu, ' ').trim()));
      for (const line of n.text.split('\n')) if (line !== '') expect(sourceLines.has(line)).toBe(true);
    });
  });
});

describe('normalizeText on odd input', () => {
  /** Pieces real copies are made of, glued at random (seeded, so a failure repeats). */
  const PIECES = [
    'Quyết định số 166/QĐ-', 'UBND', '\r\n', '\n', '\r', '\n\n\n', ' ', '\u00A0', '\t', '  ', 'Ð', 'ð', '\u200B', '\u00AD',
    'Quye\u0302\u0301t', '\u0301', 'U\u0412ND', '\u0422\u0422', '–', '—', '2021', '-', '/', 'Lượt xem: 42', 'Tin khác',
    'Thống kê truy cập', '  • Hôm nay: 13', 'image advertisement', 'Số hiệu 13/CT-UBND', 'Người ký', 'Ngày ban hành:',
    'Chỉ thị 13/CT-UBND năm 2021 về tăng cường', '1 2 3', 'a, Sở Khoa học và Công nghệ chủ trì', '\uFEFF', '\u0000', '😀',
    '\uD800', 'kinh tế-', 'xã hội', 'TC-', 'ĐL-CL', '12-NQ/', 'TU', 'Hoạt động của Hội đồng khoa học và công nghệ cấp cơ sở chưa thường xuyên.',
  ];
  let seed = 20211;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  it('should never throw, give NFC text, and keep the map in order and in bounds', () => {
    for (let round = 0; round < 400; round++) {
      const parts: string[] = [];
      const len = 1 + rand(60);
      for (let k = 0; k < len; k++) parts.push(PIECES[rand(PIECES.length)]);
      const source = parts.join('');
      const n = normalizeText(source);
      expect(n.text).toBe(n.text.normalize('NFC'));
      expect(n.text).not.toMatch(/[\r\u00A0\u200B\u00AD\u00D0]|\n\n\n|^\s|\s$| {2}/u);
      let prev = 0;
      for (let i = 0; i <= n.text.length; i++) {
        const s = n.toSource(i);
        if (s < prev || s > source.length) throw new Error(`map out of order at ${i} for ${JSON.stringify(source)}`);
        prev = s;
      }
    }
  });

  it('should give the same text when run twice on the dev files', () => {
    for (const file of devFiles) {
      const once = normalizeText(readFileSync(join(DEV, file), 'utf8')).text;
      expect(normalizeText(once).text).toBe(once);
    }
  });

  it('should give empty text for whitespace and chrome only', () => {
    expect(normalizeText('').text).toBe('');
    expect(normalizeText(' \r\n\t\u00A0\n').text).toBe('');
    expect(normalizeText('image banner\nLượt xem: 42\n').text).toBe('');
  });
});
