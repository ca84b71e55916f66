import { describe, it, expect } from 'vitest';
import { resolveReferences } from './resolve-references.js';
import { citationKey, documentCitationKey } from './citation-key.js';
import { findReferences } from '../extract/references/find-references.js';
import type { DocumentInfo, ExtractContext } from '../types.js';

const NO_INFO: DocumentInfo = { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null };

function context(text: string): ExtractContext {
  return {
    text,
    layout: { info: NO_INFO, header: null, title: null, body: { start: 0, end: text.length }, signature: null, recipients: null, sections: [] },
  };
}

function resolved(text: string, citing: Partial<DocumentInfo> = {}) {
  return resolveReferences(findReferences(context(text)), { ...NO_INFO, ...citing });
}

describe('resolveReferences', () => {
  it('should let a repeat mention inherit the first mention\'s date and issuer, keeping what its text says', () => {
    const refs = resolved('Kết quả thực hiện Nghị quyết số 12-NQ/TU ngày 27/7/2021 của Ban chấp hành Đảng bộ tỉnh Điện Biên về cải cách hành chính. Trên đây là báo cáo kết quả thực hiện Nghị quyết 12-NQ/TU đối với lĩnh vực khoa học.');
    expect(refs).toHaveLength(2);
    expect(refs[1].issuedOn).toBeNull();
    expect(refs[1].issuer).toBeNull();
    expect(refs[1].resolvedIssuedOn).toBe('2021-07-27');
    expect(refs[1].resolvedIssuer).toBe('Ban chấp hành Đảng bộ tỉnh Điện Biên');
    expect(refs[1].key).toBe(refs[0].key);
    expect(refs[0].key).toBe('nq|12|2021|tu|dien-bien');
  });

  it('should key a provincial decision on today\'s province', () => {
    const [ref] = resolved('Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh Trà Vinh ban hành Kế hoạch');
    expect(ref).toMatchObject({
      province: 'Trà Vinh',
      provinceNow: 'Vĩnh Long',
      issuingBody: 'Ủy ban nhân dân tỉnh Trà Vinh',
      year: 2022,
      key: 'qd|166|2022|ubnd|vinh-long',
    });
  });

  it('should take the citing document\'s province for `của UBND tỉnh` and for no issuer', () => {
    const refs = resolved('Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh ban hành; Kế hoạch số 105/KH-UBND ngày 03/7/2018 hỗ trợ.', {
      issuer: 'Sở Khoa học và Công nghệ tỉnh Trà Vinh',
    });
    expect(refs.map((r) => r.key)).toEqual(['qd|166|2022|ubnd|vinh-long', 'kh|105|2018|ubnd|vinh-long']);
    expect(refs[0].province).toBe('Trà Vinh');
  });

  it('should take the citing document\'s place when its issuer names no province', () => {
    const [ref] = resolved('Thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2022 của UBND tỉnh.', { place: 'Lào Cai', issuer: 'Ủy ban nhân dân' });
    expect(ref.key).toBe('kh|45|2022|ubnd|lao-cai');
  });

  it('should give the same key to one document cited two ways', () => {
    const a = resolved('Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh Trà Vinh')[0];
    const b = resolved('theo QĐ 166/QD-UBND của UBND tỉnh Trà Vinh ngày 20-01-2022')[0];
    expect(a.key).toBe(b.key);
    const c = resolved('Nghị quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ')[0];
    const d = resolved('NGHỊ QUYẾT SỐ 2/NQ-CP NGÀY 10/01/2022 CỦA CHÍNH PHỦ')[0];
    expect(c.key).toBe('nq|2|2022|cp');
    expect(d.key).toBe(c.key);
    const e = resolved('Quyết định 1984/QĐ-BKH&CN ngày 27/7/2021')[0];
    const f = resolved('Quyết định số 1984/QĐ-BKHCN ngày 27/7/2021 của Bộ Khoa học và Công nghệ')[0];
    expect(e.key).toBe(f.key);
  });

  it('should tell apart the same symbol of two provinces', () => {
    const travinh = resolved('Quyết định số 166/QĐ-UBND ngày 20/01/2022 của UBND tỉnh Trà Vinh')[0];
    const laocai = resolved('Quyết định số 166/QĐ-UBND ngày 20/01/2022 của UBND tỉnh Lào Cai')[0];
    expect(travinh.key).not.toBe(laocai.key);
  });

  it('should make an old province\'s key equal the key of the province it merged into', () => {
    const old = resolved('Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Yên Bái')[0];
    const merged = resolved('Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Lào Cai')[0];
    expect(old.province).toBe('Yên Bái');
    expect(old.provinceNow).toBe('Lào Cai');
    expect(old.key).toBe(merged.key);
  });

  it('should key central bodies without a province, laws on their Quốc hội term', () => {
    const [nd, law] = resolved('Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007', { place: 'Lào Cai' });
    expect(nd.key).toBe('nd|61|2018|cp');
    expect(nd.province).toBeNull();
    expect(law.key).toBe('luat|5|2007|qh12');
    expect(law.issuingBody).toBe('Quốc hội khóa XII');
  });

  it('should warn when the Quốc hội term does not fit the year', () => {
    const [ok, bad] = resolved('Luật số 05/2007/QH12; Luật số 05/2017/QH12.');
    expect(ok.warnings).toEqual([]);
    expect(bad.warnings?.join(' ')).toMatch(/khóa 12/);
  });

  it('should warn when one symbol carries two dates in one document', () => {
    const refs = resolved('Kế hoạch số 65/KH-UBND ngày 30/7/2021 của UBND tỉnh. Kế hoạch số 65/KH-UBND ngày 03/8/2021.');
    expect(refs[0].warnings).toEqual([]);
    expect(refs[1].warnings?.join(' ')).toMatch(/dated 2021-08-03 here and 2021-07-30/);
    expect(refs[1].resolvedIssuedOn).toBe('2021-08-03');
  });

  it('should take the year from the date when the symbol has none', () => {
    const [ref] = resolved('Chương trình số 14-CTr/TU ngày 26/3/2021 của Ban Thường vụ Tỉnh ủy', { issuer: 'Sở Khoa học và Công nghệ tỉnh Trà Vinh' });
    expect(ref.year).toBe(2021);
    expect(ref.key).toBe('ctr|14|2021|tu|vinh-long');
  });

  it('should not change the references it is given', () => {
    const refs = findReferences(context('Quyết định số 166/QĐ-UBND ngày 20/01/2022'));
    const copy = structuredClone(refs);
    resolveReferences(refs, NO_INFO);
    expect(refs).toEqual(copy);
  });
});

describe('district bodies', () => {
  it('should tell the UBND of a district or city from the UBND of its province', () => {
    const [district] = resolved('Kế hoạch số 45/KH-UBND ngày 15.3.2022 của UBND huyện Bảo Thắng');
    const [city] = resolved('Quyết định số 12/QĐ-UBND ngày 05/01/2022 của UBND thành phố Lào Cai', { place: 'Lào Cai' });
    const [province] = resolved('Quyết định số 12/QĐ-UBND ngày 05/01/2022 của UBND tỉnh Lào Cai');
    const [hcm] = resolved('Quyết định số 2345/QĐ-UBND ngày 10/9/2021 của UBND TP. Hồ Chí Minh về việc');
    expect(district.key).toBe('kh|45|2022|ubnd@huyen-bao-thang|');
    expect(city.key).toBe('qd|12|2022|ubnd@thanh-pho-lao-cai|lao-cai');
    expect(city.issuingBody).toBe('Ủy ban nhân dân thành phố Lào Cai');
    expect(province.key).toBe('qd|12|2022|ubnd|lao-cai');
    expect(hcm.key).toBe('qd|2345|2021|ubnd|ho-chi-minh');
  });

  it('should take a district body\'s province from the citing document', () => {
    const [district] = resolved('Kế hoạch số 45/KH-UBND ngày 15/3/2022 của UBND huyện Bảo Thắng', { issuer: 'Ủy ban nhân dân tỉnh Lào Cai' });
    expect(district.key).toBe('kh|45|2022|ubnd@huyen-bao-thang|lao-cai');
  });
});

describe('citationKey', () => {
  it('should fold and join type, number without leading zeros, year, body and province', () => {
    expect(citationKey({ typeCode: 'QĐ', type: 'Quyết định', number: '0166', year: 2022, issuerCode: 'UBND', provinceNow: 'Vĩnh Long', local: true }))
      .toBe('qd|166|2022|ubnd|vinh-long');
    expect(citationKey({ typeCode: null, type: 'Công văn', number: '2550', year: 2021, issuerCode: 'SKHĐT', provinceNow: 'Điện Biên', local: true }))
      .toBe('cong-van|2550|2021|skhdt|dien-bien');
    expect(citationKey({ typeCode: 'NQ', type: 'Nghị quyết', number: '01', year: null, issuerCode: 'CP', provinceNow: null, local: false }))
      .toBe('nq|1||cp');
  });
});

describe('documentCitationKey', () => {
  it('should give a document the key its citations get', () => {
    const own = documentCitationKey({ ...NO_INFO, symbol: '13/CT-UBND', type: 'Chỉ thị', issuedOn: '2021-05-20', place: 'Lào Cai', issuer: 'Ủy ban nhân dân tỉnh Lào Cai' });
    expect(own).toBe('ct|13|2021|ubnd|lao-cai');
    const [cited] = resolved('Thực hiện Chỉ thị số 13/CT-UBND ngày 20/5/2021 của UBND tỉnh Lào Cai về tăng cường hoạt động khoa học');
    expect(cited.key).toBe(own);
  });

  it('should key a law on its term and a document without a symbol as null', () => {
    expect(documentCitationKey({ ...NO_INFO, symbol: '05/2007/QH12', type: 'Luật', issuedOn: '2007-11-21' })).toBe('luat|5|2007|qh12');
    expect(documentCitationKey(NO_INFO)).toBeNull();
  });
});
