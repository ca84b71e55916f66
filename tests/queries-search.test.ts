import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/open-database.js';
import { normalizeToneMarks } from '../src/store/queries/normalize-tone-marks.js';
import { catchUpSearchIndex, searchFormsOf } from '../src/store/queries/search-index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processDocument } from '../src/pipeline.js';
import { DocumentWriter } from '../src/store/save-document.js';
import { findMatches, ftsExpression, makeSnippet, parseSearchQuery, searchSections } from '../src/store/queries/search-query.js';
import { result, save, section, closeTempDbs, tempDb } from './queries-helpers.js';

afterEach(closeTempDbs);

// Real sentences of Vietnamese plans and reports, each document with what makes it findable.
const A = `KẾ HOẠCH
Triển khai Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh
1. Nâng cao tiềm lực khoa học và công nghệ
Sở Khoa học và Công nghệ chủ trì đề xuất các giải pháp phát triển.
2. Hạ tầng giao thông
Đầu tư nâng cấp tuyến đường tỉnh 911 và đường huyện.
`;
const B = `BÁO CÁO
Kết quả thực hiện Kế hoạch hành động năm 2021 về chuyển đổi số
1. Công tác hoà giải ở cơ sở
Tổ chức hoà giải thành 45 vụ việc; phối hợp với Uỷ ban Mặt trận Tổ quốc.
2. Thuỷ lợi
Nạo vét kênh mương phục vụ sản xuất, chuyển giao công nghệ tưới tiết kiệm.
`;
// No numbered sections: the whole text is one row.
const C = `Thông báo về việc khoa hoc (viết không dấu) và hòa giải, thủy lợi trong công văn gửi Sở Tài chính.`;

function build(): Db {
  const t = tempDb();
  save(t.db, [
    result(A, {
      document: { type: 'Kế hoạch', issuedOn: '2022-02-10', place: 'Trà Vinh' },
      sections: [section(A, '1. Nâng cao tiềm lực khoa học và công nghệ', '1', A.indexOf('2. Hạ')), section(A, '2. Hạ tầng giao thông', '2')],
    }),
    result(B, {
      document: { type: 'Báo cáo', issuedOn: '2021-12-20', place: 'Lào Cai' },
      sections: [section(B, '1. Công tác hoà giải ở cơ sở', '1', B.indexOf('2. Thuỷ')), section(B, '2. Thuỷ lợi', '2')],
    }),
    result(C, { document: { type: 'Thông báo', issuedOn: '2023-01-05', place: 'Lào Cai' } }),
  ]);
  return t.db;
}

function search(db: Db, q: string, filters: { type?: string; year?: number; province?: string } = {}): string[] {
  const terms = parseSearchQuery(q);
  const expr = ftsExpression(terms);
  if (!expr) return [];
  return searchSections(db, expr, terms, { limit: 20, ...filters }).map((h) => `${h.document_id}:${h.section_path}`);
}

describe('full-text search', () => {
  it('should find words with diacritics when typed without them, and the other way round', () => {
    const db = build();
    expect(search(db, 'khoa hoc')).toEqual(expect.arrayContaining(['1:1', '3:']));
    expect(search(db, 'khoa học')).toEqual(expect.arrayContaining(['1:1', '3:']));
    expect(search(db, 'tiem luc')).toEqual(['1:1']);
  });

  it('should fold đ to d, which FTS5 remove_diacritics does not', () => {
    const db = build();
    expect(search(db, 'duong')).toEqual(['1:2']);
    expect(search(db, 'đường')).toEqual(['1:2']);
    expect(search(db, 'dau tu')).toEqual(['1:2']);
  });

  it('should match old and new tone placement alike (hoà = hòa, thuỷ = thủy, Uỷ = Ủy)', () => {
    const db = build();
    expect(search(db, 'hòa giải').sort()).toEqual(['2:1', '3:']);
    expect(search(db, 'hoà giải').sort()).toEqual(['2:1', '3:']);
    expect(search(db, 'thủy lợi').sort()).toEqual(['2:2', '3:']);
    expect(search(db, 'Ủy ban Mặt trận')).toEqual(['2:1']);
  });

  it('should rank rows that match with the diacritics as typed before rows that match only when folded', () => {
    const db = build();
    // Document 3 has "khoa hoc" without marks; document 1 has "khoa học" (and is older, so it is not first by recency).
    expect(search(db, 'khoa học')[0]).toBe('1:1');
    expect(search(db, 'khoa học')).toContain('3:');
    // "hoà" and "hòa" are the same exact word; document 3 has "hòa giải", document 2 "hoà giải".
    expect(search(db, 'hòa giải').sort()).toEqual(['2:1', '3:']);
    // A query typed without diacritics states no preference: both are found.
    expect(search(db, 'khoa hoc').sort()).toEqual(['1:1', '3:']);
  });

  it('should rank a row with the words side by side above one where they are scattered', () => {
    const t = tempDb();
    const scattered = 'Công tác thẩm định sở, ngành; số liệu về hữu ích, trí thức và tuệ tĩnh; sở và hữu, trí và tuệ.';
    const phrase = 'Tăng cường bảo hộ quyền sở hữu trí tuệ cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh, theo quy định.';
    save(t.db, [result(phrase), result(scattered)]);
    expect(search(t.db, 'sở hữu trí tuệ')).toEqual(['1:', '2:']);
    expect(search(t.db, 'so huu tri tue')).toEqual(['1:', '2:']);
  });

  it('should take symbols, phrases, prefixes and stray FTS syntax as typed without a syntax error', () => {
    const db = build();
    expect(search(db, '166/QĐ-UBND')).toEqual(['1:']);
    expect(search(db, '166/qd-ubnd')).toEqual(['1:']);
    expect(search(db, 'QĐ-UBND')).toEqual(['1:']);
    expect(search(db, '"kế hoạch hành động"')).toEqual(['2:']);
    expect(search(db, '"ke hoach hanh dong')).toEqual(['2:']); // unclosed quote
    expect(search(db, 'chuyen*').sort()).toEqual(['2:', '2:2']);
    for (const q of ['"', '(', 'AND', 'NEAR(a b)', 'a OR', '-', '*', 'col:umn', '^x', '{folded}', "'"]) {
      expect(() => search(db, q)).not.toThrow();
    }
    expect(search(db, 'AND')).toEqual([]);
  });

  it('should apply type, year and province filters on the document', () => {
    const db = build();
    expect(search(db, 'hoa giai', { type: 'bao cao' })).toEqual(['2:1']);
    expect(search(db, 'hoa giai', { year: 2023 })).toEqual(['3:']);
    expect(search(db, 'khoa hoc', { province: 'tra vinh' })).toEqual(['1:1']);
    expect(search(db, 'khoa hoc', { province: 'Lào Cai' })).toEqual(['3:']);
  });

  it('should index documents saved without indexing on the next catch-up, and do nothing when nothing is missing', () => {
    const db = build();
    db.exec('DELETE FROM search_documents WHERE document_id = 3; DELETE FROM search_fts WHERE rowid = -3;');
    expect(search(db, 'cong van')).toEqual([]);
    expect(catchUpSearchIndex(db)).toBe(1);
    expect(search(db, 'cong van')).toEqual(['3:']);
    expect(catchUpSearchIndex(db)).toBe(0);
  });

  it('should index a real document the same whether its forms come from the extraction worker or are made by the writer', async () => {
    const file = fileURLToPath(new URL('../fixtures/dev/001_8a4490dab9e573b9.txt', import.meta.url));
    const result = await processDocument(readFileSync(file), file);
    const rowsOf = (withForms: boolean): unknown[] => {
      const t = tempDb();
      const r = withForms ? { ...result, searchForms: searchFormsOf(result) } : result;
      t.db.transaction(() => new DocumentWriter(t.db).save(r, { sha256: 'a'.repeat(64), sourcePath: file, bytes: 1 }, null))();
      expect(search(t.db, 'chuyen doi so')).not.toEqual([]);
      return t.db.prepare('SELECT rowid, exact, folded FROM search_fts ORDER BY rowid').all();
    };
    const made = rowsOf(false);
    expect(made.length).toBeGreaterThan(5);
    expect(rowsOf(true)).toEqual(made);
  });

  it('should give snippet offsets that point into the document text at the matched words', () => {
    const db = build();
    const terms = parseSearchQuery('duong tinh');
    const [hit] = searchSections(db, ftsExpression(terms)!, terms, { limit: 1 });
    const doc = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(hit.document_id) as string;
    const marks = findMatches(hit.text, terms).map((m) => doc.slice(hit.base + m.start, hit.base + m.end));
    // "tuyến đường tỉnh 911 và đường huyện": the two words together, then "đường" alone.
    expect(marks).toEqual(['đường tỉnh', 'đường']);
    const snip = makeSnippet(hit.text, findMatches(hit.text, terms));
    expect(doc.slice(hit.base + snip.start, hit.base + snip.end).replace(/\n/g, ' ')).toBe(snip.text);
  });
});

describe('parseSearchQuery', () => {
  it('should split a query into words, phrases and prefixes', () => {
    expect(parseSearchQuery('khoa  học')).toEqual([{ words: ['khoa'], prefix: false }, { words: ['học'], prefix: false }]);
    expect(parseSearchQuery('"kế hoạch hành động" chuyen*')).toEqual([
      { words: ['kế', 'hoạch', 'hành', 'động'], prefix: false },
      { words: ['chuyen'], prefix: true },
    ]);
    expect(parseSearchQuery('166/QĐ-UBND')).toEqual([{ words: ['166', 'QĐ', 'UBND'], prefix: false }]);
    expect(parseSearchQuery('" ( ) * -')).toEqual([]);
  });

  it('should quote every term in the FTS5 expression', () => {
    const e = ftsExpression(parseSearchQuery('166/QĐ-UBND đường*'))!;
    expect(e.folded).toBe('folded : ("166 qd ubnd" AND "duong" *)');
    expect(e.exact).toBe('exact : ("166 qđ ubnd" AND "đường" *)');
  });
});

describe('normalizeToneMarks', () => {
  const cases: [string, string][] = [
    ['hoà giải', 'hòa giải'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['thuỷ lợi', 'thủy lợi'],
    ['sức khoẻ', 'sức khỏe'],
    ['hoàn thành', 'hoàn thành'], // closed syllable: both styles agree
    ['quý I', 'quý I'], // qu + y: the mark stays on y
    ['thuyền', 'thuyền'],
    ['hòa', 'hòa'],
  ];
  it.each(cases)('should write %s as %s', (input, expected) => {
    expect(normalizeToneMarks(input)).toBe(expected);
    expect(normalizeToneMarks(input.normalize('NFD'))).toBe(expected);
  });
});
