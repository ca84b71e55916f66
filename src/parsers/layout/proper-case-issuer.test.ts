import { describe, expect, it } from 'vitest';
import { combineIssuerLines } from './combine-issuer-lines.js';
import { DOCUMENT_TYPES } from './document-types.js';
import { FIXED_PHRASES, HEADER_ABBREVIATIONS, ISSUER_CODES, ORGAN_HEADS } from './organ-words.js';
import { properCaseIssuer } from './proper-case-issuer.js';
import { PROVINCE_NAMES } from './province-names.js';
import { readSymbolCode } from './read-document-info.js';
import { findMainTerritory, readOrganPhrase, territoryOfPlace } from './read-organ-phrase.js';

describe('the organ lexicon', () => {
  for (const { phrase, example } of FIXED_PHRASES) {
    it(`should write ${phrase} as the fixed phrase in "${example[0]}"`, () => expect(properCaseIssuer(example[0])).toBe(example[1]));
  }
  for (const { head, example } of ORGAN_HEADS) {
    it(`should capitalize the fields after the head ${head} in "${example[0]}"`, () => expect(properCaseIssuer(example[0])).toBe(example[1]));
  }
  for (const { abbr, example } of HEADER_ABBREVIATIONS) {
    it(`should spell out ${abbr} in "${example[0]}"`, () => expect(properCaseIssuer(example[0])).toBe(example[1]));
  }
  for (const { code, organ, example } of ISSUER_CODES) {
    it(`should read the issuer ${organ} from the code ${code} of ${example}`, () => {
      const part = example.slice(example.search(/[/-][^\d]/u) + 1);
      expect(readSymbolCode(part).organ).toBe(organ);
    });
  }
  for (const { name, codes, example } of DOCUMENT_TYPES) {
    if (!codes.length) continue;
    it(`should read the type ${name} from the code of ${example}`, () => {
      const part = example.replace(/^\d+(?:\/\d{4})?/u, '').replace(/^[/-]/u, '');
      expect(readSymbolCode(part).type).toBe(name);
    });
  }
  it('should write every province name in proper case behind its territory word', () => {
    for (const p of PROVINCE_NAMES) {
      const word = p.city ? 'thành phố' : 'tỉnh';
      expect(properCaseIssuer(`ỦY BAN NHÂN DÂN ${word.toUpperCase()} ${p.name.toUpperCase()}`)).toBe(`Ủy ban nhân dân ${word} ${p.name}`);
    }
  });
  it('should hold the 63 old province-level units and the 34 of 2025', () => {
    expect(PROVINCE_NAMES.filter((p) => p.name !== 'Huế').length).toBe(63);
    expect(PROVINCE_NAMES.filter((p) => p.current).length).toBe(34);
  });
  it('should tell an official letter from its symbol: an issuer code and no type code', () => {
    expect(readSymbolCode('SKHĐT-XTĐT')).toEqual({ type: 'Công văn', organ: 'Sở Kế hoạch và Đầu tư' });
    expect(readSymbolCode('TB-SKH-CN')).toEqual({ type: 'Thông báo', organ: 'Sở Khoa học và Công nghệ' });
  });
});

describe('combineIssuerLines', () => {
  const cases: [string[], string][] = [
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'], 'Ủy ban nhân dân tỉnh Lào Cai'],
    [['UBND TỈNH ĐIỆN BIÊN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'Sở Khoa học và Công nghệ tỉnh Điện Biên'],
    [['UBND HUYỆN BẢO THẮNG', 'PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG'], 'Phòng Tài nguyên và Môi trường huyện Bảo Thắng'],
    [['BỘ TÀI CHÍNH'], 'Bộ Tài chính'],
    [['TỈNH ỦY LÀO CAI'], 'Tỉnh ủy Lào Cai'],
    // A Party document's header (Quy định 66-QĐ/TW layout): the Party organization, then its committee.
    [['ĐẢNG BỘ TỈNH LÀO CAI', 'TỈNH ỦY'], 'Tỉnh ủy Lào Cai'],
    [['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'THÀNH ỦY'], 'Thành ủy Hà Nội'],
    [['BAN QUẢN LÝ CÁC KHU', 'CÔNG NGHIỆP TỈNH'], 'Ban Quản lý các khu công nghiệp tỉnh'],
    [['UBND TỈNH TRÀ VINH', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], 'Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh'],
    // Công văn 2294/LĐTBXH-BVCSTE (2008), as thuvienluat.bepro.vn prints it: an en dash in the name.
    [['BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI'], 'Bộ Lao động – Thương binh và Xã hội'],
    [['UBND TỈNH LÀO CAI', 'VĂN PHÒNG'], 'Văn phòng Ủy ban nhân dân tỉnh Lào Cai'],
    [['TỈNH ỦY LÀO CAI', 'BAN TUYÊN GIÁO'], 'Ban Tuyên giáo Tỉnh ủy Lào Cai'],
    [['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ'], 'Tổng cục Thuế'],
    [['ĐẢNG BỘ TỈNH LÀO CAI', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH'], 'Đảng ủy khối các cơ quan tỉnh'],
  ];
  for (const [parts, want] of cases) {
    it(`should join ${parts.join(' / ')} into ${want}`, () => expect(combineIssuerLines(parts)).toBe(want));
  }
});

describe('reading organs and territories in running text', () => {
  it('should read the organ a sentence names, up to its verb', () => {
    const s = 'Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện';
    expect(readOrganPhrase(s, 0)).toBe('Sở Khoa học và Công nghệ');
    expect(readOrganPhrase('Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An tổ chức', 0)).toBe('Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An');
  });
  it('should find the province a text is about', () => {
    expect(findMainTerritory('trên địa bàn tỉnh Long An; dữ liệu của tỉnh Long An; vùng Đồng Tháp Mười')).toBe('tỉnh Long An');
    expect(findMainTerritory('không nêu tỉnh nào')).toBeNull();
  });
  it('should take a place that is a province-level name as its territory', () => {
    expect([territoryOfPlace('Điện Biên'), territoryOfPlace('Hà Nội'), territoryOfPlace('Bảo Thắng')]).toEqual(['tỉnh Điện Biên', 'thành phố Hà Nội', null]);
  });
});
