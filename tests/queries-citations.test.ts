import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/open-database.js';
import { citationsQuery, citesColumn, topCitedQuery, type CitationFilters } from '../src/store/queries/citations-query.js';
import { findDocument } from '../src/store/queries/find-document.js';
import { sentenceAround } from '../src/store/queries/sentence-around.js';
import { documentReferences } from '../src/store/queries/document-detail.js';
import { CliError, EXIT } from '../src/cli/errors.js';
import { ref, result, save, closeTempDbs, tempDb } from './queries-helpers.js';

afterEach(closeTempDbs);

const KEY_166 = 'qd|166|2022|ubnd|vinh-long';
const KEY_LUAT = 'luat|05|2007|qh12';

// Two plans of Trà Vinh and a report of Lào Cai, each citing documents as such texts do.
const D1 = 'Căn cứ Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007; Thực hiện Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh Trà Vinh. Sở triển khai kế hoạch.';
const D2 = 'Triển khai Quyết định số 166/QĐ - UBND ngày 20/01/2022 của UBND tỉnh; theo Quyết định 166/QĐ-UBND nêu trên, Sở xây dựng kế hoạch.';
const D3 = 'Căn cứ Luật số 05/2007/QH12; Kế hoạch số 12/KH-UBND ngày 05/3/2021 của UBND tỉnh Lào Cai.';
// The document 166/QĐ-UBND itself, so mentions of it link here.
const D4 = 'QUYẾT ĐỊNH Ban hành Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP.';

function build(): { db: Db; ids: number[] } {
  const t = tempDb();
  const ids = save(t.db, [
    result(D1, {
      document: { symbol: '45/KH-SKHCN', type: 'Kế hoạch', issuedOn: '2022-02-10', place: 'Trà Vinh' },
      references: [
        ref(D1, 'Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007', '05/2007/QH12', { type: 'Luật', issuedOn: '2007-11-21', year: 2007, key: KEY_LUAT }),
        ref(D1, 'Quyết định số 166/QĐ-UBND ngày 20/01/2022', '166/QĐ-UBND', {
          type: 'Quyết định', issuedOn: '2022-01-20', issuer: 'Ủy ban nhân dân tỉnh Trà Vinh', year: 2022, province: 'Trà Vinh', provinceNow: 'Vĩnh Long', key: KEY_166,
        }),
      ],
    }),
    result(D2, {
      document: { symbol: '12/KH-SNV', type: 'Kế hoạch', issuedOn: '2022-03-01', place: 'Trà Vinh' },
      references: [
        ref(D2, 'Quyết định số 166/QĐ - UBND ngày 20/01/2022', '166/QĐ-UBND', { type: 'Quyết định', issuedOn: '2022-01-20', issuer: 'UBND tỉnh', year: 2022, province: 'Trà Vinh', provinceNow: 'Vĩnh Long', key: KEY_166 }),
        ref(D2, 'Quyết định 166/QĐ-UBND', '166/QĐ-UBND', { type: 'Quyết định', resolvedIssuedOn: '2022-01-20', year: 2022, province: 'Trà Vinh', provinceNow: 'Vĩnh Long', key: KEY_166 }),
      ],
    }),
    result(D3, {
      document: { symbol: '30/BC-UBND', type: 'Báo cáo', issuedOn: '2021-06-30', place: 'Lào Cai' },
      references: [
        ref(D3, 'Luật số 05/2007/QH12', '05/2007/QH12', { type: 'Luật', year: 2007, key: KEY_LUAT }),
        ref(D3, 'Kế hoạch số 12/KH-UBND ngày 05/3/2021', '12/KH-UBND', { type: 'Kế hoạch', issuedOn: '2021-03-05', issuer: 'UBND tỉnh Lào Cai', year: 2021, province: 'Lào Cai', provinceNow: 'Lào Cai', key: 'kh|12|2021|ubnd|lao-cai' }),
      ],
    }),
    { ...result(D4, { document: { symbol: '166/QĐ-UBND', type: 'Quyết định', issuedOn: '2022-01-20', place: 'Trà Vinh', title: 'Ban hành Kế hoạch hành động' } }), citationKey: KEY_166 },
  ]);
  return { db: t.db, ids };
}

function rows(db: Db, f: CitationFilters): string[] {
  if (f.cites !== undefined && !f.citesBy) f.citesBy = citesColumn(db, f.cites);
  const q = citationsQuery(f);
  return (db.prepare(q.sql).all(...q.params) as { citing_symbol: string; symbol: string }[]).map((r) => `${r.citing_symbol} → ${r.symbol}`);
}

describe('citations', () => {
  it('should list who cites a symbol, matched folded, case-insensitive and without spaces', () => {
    const { db } = build();
    const who = ['45/KH-SKHCN → 166/QĐ-UBND', '12/KH-SNV → 166/QĐ-UBND', '12/KH-SNV → 166/QĐ-UBND'];
    expect(rows(db, { cites: '166/QĐ-UBND' })).toEqual(who);
    expect(rows(db, { cites: '166/qd-ubnd' })).toEqual(who);
    expect(rows(db, { cites: '166 / QĐ - UBND' })).toEqual(who);
    expect(rows(db, { cites: KEY_166 })).toEqual(who);
    expect(rows(db, { cites: '167/QĐ-UBND' })).toEqual([]);
  });

  it('should answer --cites from an index, in listing order, without a scan or a sort', () => {
    const { db } = build();
    for (const f of [{ cites: '166/QĐ-UBND', citesBy: 'symbol' as const }, { cites: KEY_166, citesBy: 'key' as const }]) {
      const q = citationsQuery(f);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((p) => p.detail);
      expect(plan[0]).toMatch(f.citesBy === 'key' ? /SEARCH r USING INDEX references_key_citing \(key=\?\)/ : /SEARCH r USING INDEX references_symbol_citing \(symbol_folded=\?\)/);
      expect(plan.join(' | ')).not.toMatch(/SCAN r|TEMP B-TREE/);
    }
  });

  it('should list what a document cites', () => {
    const { db, ids } = build();
    expect(rows(db, { citedBy: ids[2] })).toEqual(['30/BC-UBND → 05/2007/QH12', '30/BC-UBND → 12/KH-UBND']);
  });

  it('should filter on type, issuer, province as written or today, year and issue dates', () => {
    const { db } = build();
    expect(rows(db, { type: 'luat' })).toEqual(['45/KH-SKHCN → 05/2007/QH12', '30/BC-UBND → 05/2007/QH12']);
    expect(rows(db, { issuer: 'lao cai' })).toEqual(['30/BC-UBND → 12/KH-UBND']);
    expect(rows(db, { province: 'Trà Vinh' })).toHaveLength(3);
    expect(rows(db, { province: 'vinh long' })).toHaveLength(3);
    expect(rows(db, { year: 2021 })).toEqual(['30/BC-UBND → 12/KH-UBND']);
    // The second mention in 12/KH-SNV has no date of its own; it inherited one.
    expect(rows(db, { from: '2022-01-01', to: '2022-12-31' })).toHaveLength(3);
    expect(rows(db, { to: '2007' })).toEqual(['45/KH-SKHCN → 05/2007/QH12']);
    expect(rows(db, { symbol: 'qh12' })).toHaveLength(2);
  });

  it('should link mentions to the cited document when it is stored, and count the most cited', () => {
    const { db, ids } = build();
    const linked = db.prepare('SELECT DISTINCT cited_document_id FROM "references" WHERE key = ?').pluck().all(KEY_166);
    expect(linked).toEqual([ids[3]]);
    const q = topCitedQuery({}, 2);
    expect(db.prepare(q.sql).all(...q.params)).toMatchObject([
      { key: KEY_166, mentions: 3, citing_documents: 2, cited_document_id: ids[3] },
      { key: KEY_LUAT, mentions: 2, citing_documents: 2, cited_document_id: null },
    ]);
  });
});

describe('show', () => {
  it('should find a document by id, sha256 prefix, symbol folded, or source path, and refuse unknown ones with exit 2', () => {
    const { db, ids } = build();
    const sha = db.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck().get(ids[1]) as string;
    expect(findDocument(db, String(ids[1])).id).toBe(ids[1]);
    expect(findDocument(db, sha.slice(0, 8)).id).toBe(ids[1]);
    expect(findDocument(db, '12/kh-snv').id).toBe(ids[1]);
    expect(findDocument(db, 'mem/doc-1.txt').id).toBe(ids[1]);
    expect(findDocument(db, 'doc-1.txt').id).toBe(ids[1]);
    let err: unknown;
    try {
      findDocument(db, '999/QĐ-XYZ');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(EXIT.usage);
    expect((err as CliError).message).toContain("no document matches '999/QĐ-XYZ'");
  });

  it('should give each reference the sentence it stands in', () => {
    const { db, ids } = build();
    const refs = documentReferences(db, ids[0]);
    expect(refs.map((r) => r.sentence)).toEqual([
      'Căn cứ Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007;',
      'Thực hiện Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh Trà Vinh.',
    ]);
    expect(refs[1].cited_id).toBe(ids[3]);
  });

  it('should not end a sentence at an abbreviation dot with no space after it', () => {
    const t = 'Sở phối hợp với UBND TP.HCM triển khai Quyết định số 12/QĐ-UBND. Câu sau.';
    const s = sentenceAround(t, t.indexOf('Quyết'), t.indexOf('.', t.indexOf('UBND.')));
    expect(s.text).toBe('Sở phối hợp với UBND TP.HCM triển khai Quyết định số 12/QĐ-UBND.');
  });
});
