import { describe, it, expect } from 'vitest';
import { TYPE_WORDS } from './type-words.js';
import { TYPE_CODES, lookupTypeCode } from './type-codes.js';
import { ISSUER_CODES, lookupIssuerCode } from './issuer-codes.js';
import { PROVINCES, findProvince, provinceNow } from './provinces.js';
import { foldVietnamese, slugVietnamese } from './fold-vietnamese.js';
import { parseSymbol } from '../references/parse-symbol.js';
import { findReferences } from '../references/find-references.js';
import type { ExtractContext } from '../../types.js';

function context(text: string): ExtractContext {
  return {
    text,
    layout: {
      info: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null },
      header: null, title: null, body: { start: 0, end: text.length }, signature: null, recipients: null, sections: [],
    },
  };
}

describe('type words', () => {
  for (const entry of TYPE_WORDS) {
    it(`should read '${entry.word}' in its example as ${entry.type ?? 'the code\'s type'}`, () => {
      const refs = findReferences(context(entry.example));
      expect(refs.length).toBeGreaterThanOrEqual(1);
      const ref = refs[0];
      expect(ref.text.startsWith(entry.word)).toBe(true);
      const expected = entry.type ?? parseSymbol(ref.symbol)?.type ?? null;
      expect(ref.type).toBe(expected);
    });
  }
});

describe('type codes', () => {
  for (const entry of TYPE_CODES) {
    it(`should parse ${entry.example} with type code ${entry.code} (${entry.system}) as ${entry.type}`, () => {
      const parsed = parseSymbol(entry.example);
      expect(parsed?.typeCode).toBe(entry.code);
      expect(parsed?.type).toBe(entry.type);
      expect(parsed?.unknownCodes).toEqual([]);
    });
  }

  it('should read a Party `TT` as a Thông tri and a state `TT` as a Thông tư', () => {
    expect(parseSymbol('03-TT/TU')?.type).toBe('Thông tri');
    expect(parseSymbol('11/2024/TT-BNV')?.type).toBe('Thông tư');
  });

  it('should read OCR codes that lost the Đ when that is unambiguous', () => {
    expect(lookupTypeCode('QD', 'state')?.code).toBe('QĐ');
    expect(lookupTypeCode('ND', 'state')?.code).toBe('NĐ');
    expect(lookupTypeCode('HD', 'state')?.type).toBe('Hướng dẫn');
  });

  it('should give laws, ordinances, công văn and old forms their type without a type code', () => {
    expect(parseSymbol('05/2007/QH12')).toMatchObject({ typeCode: null, type: 'Luật', form: 'normative', year: 2007, term: 12 });
    expect(parseSymbol('11/2012/UBTVQH13')).toMatchObject({ typeCode: null, type: 'Pháp lệnh', term: 13 });
    expect(parseSymbol('2550/SKHĐT-XTĐT')).toMatchObject({ typeCode: null, type: 'Công văn', issuerCodes: ['SKHĐT', 'XTĐT'], unknownCodes: [] });
    expect(parseSymbol('19046/BTC-TCHQ')).toMatchObject({ type: 'Công văn', form: 'administrative' });
    expect(parseSymbol('169-CP')).toMatchObject({ form: 'old', typeCode: null, issuerCodes: ['CP'] });
    expect(parseSymbol('40/2000/TT/BTC')).toMatchObject({ typeCode: 'TT', type: 'Thông tư', issuerCodes: ['BTC'], year: 2000 });
    expect(parseSymbol('01/2020/L-CTN')?.type).toBe('Lệnh');
  });

  it('should compact spaces and repair look-alike letters in the symbol', () => {
    expect(parseSymbol('166 /QĐ - UBND')?.symbol).toBe('166/QĐ-UBND');
    expect(parseSymbol('119- KH/TU')?.symbol).toBe('119-KH/TU');
    expect(parseSymbol('12/QÐ-UBND')?.symbol).toBe('12/QĐ-UBND');
    expect(parseSymbol('2205/QĐ-\u0422Tg')?.symbol).toBe('2205/QĐ-TTg');
    expect(parseSymbol('166/QD-UBND')).toMatchObject({ symbol: '166/QD-UBND', typeCode: 'QD', type: 'Quyết định' });
  });

  it('should keep unknown codes and list them', () => {
    expect(parseSymbol('12/XYZ-UBND')).toMatchObject({ typeCode: 'XYZ', type: null, issuerCodes: ['UBND'], unknownCodes: ['XYZ'] });
    expect(parseSymbol('12/QĐ-ABCD')).toMatchObject({ typeCode: 'QĐ', issuerCodes: ['ABCD'], unknownCodes: ['ABCD'] });
  });
});

describe('issuer codes', () => {
  for (const entry of ISSUER_CODES) {
    it(`should find ${entry.code} (${entry.body}) in ${entry.example}`, () => {
      const parsed = parseSymbol(entry.example);
      expect(parsed).not.toBeNull();
      const codes = parsed!.issuerCodes;
      const hit = codes.find((c) => c === entry.code || /^(UBTVQH|QH)\d+$/u.test(c));
      expect(hit).toBeDefined();
      const info = lookupIssuerCode(hit!);
      expect(info.known).toBe(true);
      expect(info.local).toBe(entry.local);
      expect(info.body?.startsWith(entry.body)).toBe(true);
    });
  }

  it('should name the legislature with its term', () => {
    expect(lookupIssuerCode('QH12')).toMatchObject({ body: 'Quốc hội khóa XII', term: 12, local: false });
    expect(lookupIssuerCode('UBTVQH13').body).toBe('Ủy ban Thường vụ Quốc hội khóa XIII');
  });

  it('should take any code beginning with S as a Sở of a province', () => {
    expect(lookupIssuerCode('SKH')).toMatchObject({ body: 'Sở', local: true, known: true });
    expect(lookupIssuerCode('SKHCN').body).toBe('Sở Khoa học và Công nghệ');
  });

  it('should read an OCR code that lost the Đ back when unambiguous', () => {
    expect(lookupIssuerCode('HDND').body).toBe('Hội đồng nhân dân');
  });

  it('should say so for a code no table knows', () => {
    expect(lookupIssuerCode('XYZW')).toEqual({ body: null, local: false, known: false });
  });
});

describe('provinces 63 → 34', () => {
  it('should list the 63 old provinces once each, merging into 34', () => {
    expect(PROVINCES.length).toBe(63);
    expect(new Set(PROVINCES.map((p) => foldVietnamese(p.name))).size).toBe(63);
    const now = new Set(PROVINCES.map((p) => p.now));
    expect(now.size).toBe(34);
    // Every province of today keeps its own name among the old ones, or is Huế (renamed from Thừa Thiên Huế).
    for (const n of now) expect(PROVINCES.some((p) => p.name === n) || n === 'Huế').toBe(true);
    expect(PROVINCES.filter((p) => p.now === p.name || (p.name === 'Thừa Thiên Huế' && p.now === 'Huế')).length).toBe(34);
  });

  it('should keep the eleven provinces that did not merge', () => {
    const alone = [...new Set(PROVINCES.map((p) => p.now))].filter((n) => PROVINCES.filter((p) => p.now === n).length === 1);
    expect(alone.sort()).toEqual(['Cao Bằng', 'Điện Biên', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa'].sort());
  });

  it('should merge as Nghị quyết 202/2025/QH15 says', () => {
    expect(provinceNow('Trà Vinh')).toBe('Vĩnh Long');
    expect(provinceNow('Bến Tre')).toBe('Vĩnh Long');
    expect(provinceNow('Long An')).toBe('Tây Ninh');
    expect(provinceNow('Yên Bái')).toBe('Lào Cai');
    expect(provinceNow('Điện Biên')).toBe('Điện Biên');
    expect(provinceNow('Hà Giang')).toBe('Tuyên Quang');
    expect(provinceNow('Bà Rịa - Vũng Tàu')).toBe('Hồ Chí Minh');
    expect(provinceNow('Bình Dương')).toBe('Hồ Chí Minh');
    expect(provinceNow('Quảng Nam')).toBe('Đà Nẵng');
    expect(provinceNow('Kon Tum')).toBe('Quảng Ngãi');
    expect(provinceNow('Bình Định')).toBe('Gia Lai');
    expect(provinceNow('Hải Dương')).toBe('Hải Phòng');
    expect(provinceNow('Nam Định')).toBe('Ninh Bình');
    expect(provinceNow('Hà Nam')).toBe('Ninh Bình');
    expect(provinceNow('Sóc Trăng')).toBe('Cần Thơ');
    expect(provinceNow('Kiên Giang')).toBe('An Giang');
    expect(provinceNow('Bạc Liêu')).toBe('Cà Mau');
    expect(provinceNow('Tiền Giang')).toBe('Đồng Tháp');
    expect(provinceNow('Bình Phước')).toBe('Đồng Nai');
    expect(provinceNow('Đắk Nông')).toBe('Lâm Đồng');
    expect(provinceNow('Bình Thuận')).toBe('Lâm Đồng');
    expect(provinceNow('Phú Yên')).toBe('Đắk Lắk');
    expect(provinceNow('Ninh Thuận')).toBe('Khánh Hòa');
    expect(provinceNow('Quảng Bình')).toBe('Quảng Trị');
    expect(provinceNow('Thái Bình')).toBe('Hưng Yên');
    expect(provinceNow('Bắc Giang')).toBe('Bắc Ninh');
    expect(provinceNow('Vĩnh Phúc')).toBe('Phú Thọ');
    expect(provinceNow('Hòa Bình')).toBe('Phú Thọ');
    expect(provinceNow('Bắc Kạn')).toBe('Thái Nguyên');
    expect(provinceNow('Hậu Giang')).toBe('Cần Thơ');
  });

  for (const entry of PROVINCES) {
    it(`should find ${entry.name} (today ${entry.now}) in '${entry.example}'`, () => {
      const hit = findProvince(entry.example);
      expect(hit?.province).toBe(entry);
      expect(entry.example).toContain(hit!.written);
    });
  }

  it('should find a province in capitals, with old tone placement, and as whole words only', () => {
    expect(findProvince('CỦA ỦY BAN NHÂN DÂN TỈNH TRÀ VINH')?.written).toBe('TRÀ VINH');
    expect(findProvince('của UBND tỉnh Hoà Bình')?.province.name).toBe('Hòa Bình');
    expect(findProvince('UBND tỉnh Quảng Nam')?.province.name).toBe('Quảng Nam');
    expect(findProvince('Ủy ban nhân dân tỉnh')).toBeNull();
    expect(findProvince('Hội đồng nhân dân thị xã An Giangxyz')).toBeNull();
  });
});

describe('folding', () => {
  it('should fold case, diacritics and đ', () => {
    expect(foldVietnamese('Quyết Định QĐ-UBND Ðà')).toBe('quyet dinh qd-ubnd da');
    expect(slugVietnamese('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(foldVietnamese('Hoà')).toBe(foldVietnamese('Hòa'));
  });
});
