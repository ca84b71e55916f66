import { describe, expect, it } from 'vitest';
import { decodeLegacy, decodeTcvn3Chars, decodeVniChars } from './decode-legacy.js';
import { encodeLegacy } from './encode-legacy.js';
import { isVietnameseSyllable } from './is-vietnamese-syllable.js';
import { letterAccuracy } from './letter-accuracy.js';
import { repairLegacyMojibake } from './repair-legacy-mojibake.js';
import { restoreDroppedU } from './restore-dropped-u.js';
import { restoreTcvn3Case } from './restore-tcvn3-case.js';
import { scoreVietnamese } from './score-vietnamese.js';
import { TCVN3_EXAMPLES, TCVN3_LETTERS } from './tcvn3.js';
import { VNI_EXAMPLES, VNI_SEQUENCES } from './vni.js';

describe('TCVN3 table', () => {
  it.each(TCVN3_EXAMPLES)('should read $latin1 as $text', ({ latin1, text }) => {
    expect(decodeTcvn3Chars(latin1)).toBe(text);
  });

  it('should hold the 67 lowercase toned/hatted letters and the 7 capitals TCVN3 has', () => {
    const letters = Object.values(TCVN3_LETTERS);
    expect(letters).toHaveLength(74);
    expect(new Set(letters).size).toBe(74);
    expect(letters.filter((l) => l !== l.toLowerCase())).toEqual(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
  });

  it('should decode the bytes of `Việt Nam` (56 69 D6 74 20 4E 61 6D)', () => {
    expect(decodeLegacy(Uint8Array.from([0x56, 0x69, 0xd6, 0x74, 0x20, 0x4e, 0x61, 0x6d]), 'tcvn3')).toBe('Việt Nam');
  });

  it('should keep Windows-1252 punctuation the .VnTime fonts show (curly quotes, en dash)', () => {
    expect(decodeLegacy(Uint8Array.from([0x93, 0x61, 0x94, 0x20, 0x96]), 'tcvn3')).toBe('“a” –');
  });
});

describe('VNI-Windows table', () => {
  it.each(VNI_EXAMPLES)('should read $latin1 as $text', ({ latin1, text }) => {
    expect(decodeVniChars(latin1)).toBe(text);
  });

  it('should give every Vietnamese vowel with every tone a sequence, in both cases', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    const targets = new Set(Object.values(VNI_SEQUENCES));
    const missing: string[] = [];
    for (const v of vowels) {
      for (const t of tones) {
        const l = (v + t).normalize('NFC');
        if (/^[aeiouy]$/.test(l)) continue; // plain ASCII vowels need no sequence
        for (const c of [l, l.toUpperCase()]) if (!targets.has(c)) missing.push(c);
      }
    }
    expect(missing).toEqual([]);
    expect(targets.has('đ') && targets.has('Đ')).toBe(true);
  });
});

describe('encodeLegacy and decodeLegacy', () => {
  const sentence = 'Ủy ban nhân dân tỉnh Trà Vinh ban hành Kế hoạch số 65/KH-UBND ngày 30/7/2021 về việc nâng cao năng suất.';
  it.each(['vni-windows', 'windows-1258', 'tcvn5712-vn1', 'viscii'] as const)('should round-trip a sentence through %s', (enc) => {
    expect(decodeLegacy(encodeLegacy(sentence, enc), enc)).toBe(sentence);
  });

  it('should round-trip through TCVN3 except the toned capital it cannot write (Ủ → ủ)', () => {
    expect(decodeLegacy(encodeLegacy(sentence, 'tcvn3'), 'tcvn3')).toBe('ủ' + sentence.slice(1));
  });

  it('should write Windows-1258 with a combining tone mark where the code page has no precomposed letter', () => {
    // ế = ê (0xEA) + combining acute (0xEC); á has its own byte 0xE1.
    expect([...encodeLegacy('ếá', 'windows-1258')]).toEqual([0xea, 0xec, 0xe1]);
    // ệ = ê + dot below (0xF2), though NFD orders the dot before the circumflex.
    expect([...encodeLegacy('ệ', 'windows-1258')]).toEqual([0xea, 0xf2]);
  });
});

describe('isVietnameseSyllable', () => {
  const valid = [
    'người', 'Quyết', 'định', 'nghiêng', 'khuya', 'gì', 'giữ', 'quốc', 'Ủy', 'uỷ', 'hoá', 'thuở', 'xoong',
    'Nguyễn', 'oách', 'ý', 'ở', 'yêu', 'khuyến', 'chuyển', 'trường', 'đạo', 'tỉnh', 'huyện', 'TỈNH',
  ];
  const invalid = [
    'vµ', 'nghÖ', 'Vieät', 'Së', 'häc', 'über', 'café', 'naïve', 'bẳ', 'ngưỡngg', 'việtt', 'hóà', 'thươg', 'mát̀',
    'quyếtđịnh', 'fụ', 'wá', 'cà̀', 'bạch', 'rãp',
  ];
  it.each(valid)('should accept %s', (w) => expect(isVietnameseSyllable(w.normalize('NFC'))).toBe(true));
  it.each(invalid.filter((w) => w !== 'bạch'))('should reject %s', (w) => expect(isVietnameseSyllable(w.normalize('NFC'))).toBe(false));
  it('should accept a checked syllable with the dot-below tone (bạch) but not with the tilde (rãp)', () => {
    expect(isVietnameseSyllable('bạch')).toBe(true);
    expect(isVietnameseSyllable('rãp')).toBe(false);
  });
});

describe('scoreVietnamese', () => {
  it('should count only words with non-ASCII letters, and find the right reading better', () => {
    expect(scoreVietnamese('Sở Khoa học và Công nghệ')).toEqual({ words: 5, valid: 5, junk: 0 });
    expect(scoreVietnamese('Së Khoa häc vµ C«ng nghÖ')).toEqual({ words: 5, valid: 0, junk: 0 });
  });
});

describe('restoreTcvn3Case', () => {
  it('should capitalize the toned letters of a heading line', () => {
    expect(restoreTcvn3Case('Sở KHOA HọC Và CÔNG NGHệ')).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(restoreTcvn3Case('BáO CáO')).toBe('BÁO CÁO');
    expect(restoreTcvn3Case('I. MụC ĐíCH, YÊU CầU')).toBe('I. MỤC ĐÍCH, YÊU CẦU');
  });
  it('should capitalize a word with two capitals and no lowercase letter', () => {
    expect(restoreTcvn3Case('Phòng QUảN LÝ khoa học')).toBe('Phòng QUẢN LÝ khoa học');
  });
  it('should capitalize the toned letter that starts a sentence, a line or a list item', () => {
    expect(restoreTcvn3Case('ủy ban nhân dân tỉnh')).toBe('Ủy ban nhân dân tỉnh');
    expect(restoreTcvn3Case('Kết quả tốt. ủy ban họp.')).toBe('Kết quả tốt. Ủy ban họp.');
    expect(restoreTcvn3Case('như sau:\n1. ổn định sản xuất;\na) ủy ban')).toBe('như sau:\n1. Ổn định sản xuất;\na) Ủy ban');
  });
  it('should not capitalize after a number or inside a sentence that goes on to the next line', () => {
    expect(restoreTcvn3Case('số 1.500 ủy ban')).toBe('số 1.500 ủy ban');
    expect(restoreTcvn3Case('giao cho\nủy ban xã')).toBe('giao cho\nủy ban xã');
  });
  it('should leave title case and running text alone', () => {
    for (const s of ['Sở Khoa học và Công nghệ', 'TP. Hà Nội', 'UBND tỉnh Trà Vinh', 'Điện Biên, ngày 12', 'Số: 166/QĐ-UBND']) {
      expect(restoreTcvn3Case(s)).toBe(s);
    }
  });
});

describe('restoreDroppedU', () => {
  const cases: Array<[string, string]> = [
    ['bộ trởng bộ tài chính', 'bộ trưởng bộ tài chính'],
    ['đợc giao; nớc ngoài; lợng; rợu', 'được giao; nước ngoài; lượng; rượu'],
    ['Thông t- hớng dẫn', 'Thông tư hướng dẫn'],
    ['ng-ời dân; nh- sau', 'người dân; như sau'],
    ['TRỜNG', 'TRƯỜNG'],
  ];
  it.each(cases)('should read %s as %s', (input, expected) => expect(restoreDroppedU(input)).toBe(expected));
  const untouched = ['mời họp; lớp học; ớt; thơm', 'KH-UBND; 2021 - 2025; QĐ- ; Điều 5-', 'tương lai; người'];
  it.each(untouched)('should leave %s alone', (s) => expect(restoreDroppedU(s)).toBe(s));
});

describe('repairLegacyMojibake', () => {
  it('should read a real 2002 Ministry of Finance decision (.VnTime read as Latin-1, soft hyphens lost)', () => {
    const latin1 = [
      'bé tµi chÝnh          céng hoµ x· héi chñ nghÜa ViÖt nam',
      'Hµ néi, ngµy 22 th¸ng 11 n¨m 2002',
      'quyÕt ®Þnh cña bé trëng bé tµi chÝnh',
      'vÒ viÖc söa ®æi møc thuÕ suÊt cña mét sè mÆt hµng trong',
    ].join('\n');
    expect(repairLegacyMojibake(latin1).text).toBe(
      [
        'bộ tài chính          cộng hoà xã hội chủ nghĩa Việt nam',
        'Hà nội, ngày 22 tháng 11 năm 2002',
        'quyết định của bộ trưởng bộ tài chính',
        'về việc sửa đổi mức thuế suất của một số mặt hàng trong',
      ].join('\n'),
    );
  });

  it('should convert .VnTime text that was read as Windows-1252', () => {
    const r = repairLegacyMojibake('Së Khoa häc vµ C«ng nghÖ\nKÕ ho¹ch sè 65/KH-UBND');
    expect(r).toEqual({ text: 'Sở Khoa học và Công nghệ\nKế hoạch số 65/KH-UBND', encoding: 'tcvn3-in-unicode', lines: 2 });
  });
  it('should convert VNI text that was read as Windows-1252', () => {
    expect(repairLegacyMojibake('Sôû Khoa hoïc vaø Coâng ngheä').text).toBe('Sở Khoa học và Công nghệ');
  });
  it('should convert UTF-8 that was read as Windows-1252 (a page decoded twice)', () => {
    expect(repairLegacyMojibake('Káº¿ hoáº¡ch sá»‘ 65/KH-UBND')).toEqual({
      text: 'Kế hoạch số 65/KH-UBND',
      encoding: 'double-utf-8',
      lines: 1,
    });
  });
  it('should convert only the legacy lines of a page whose header is real Unicode', () => {
    const r = repairLegacyMojibake('Lượt xem: 42\nQuyÕt ®Þnh vÒ viÖc ban hµnh kÕ ho¹ch');
    expect(r.text).toBe('Lượt xem: 42\nQuyết định về việc ban hành kế hoạch');
  });
  const untouched = [
    'Sở Khoa học và Công nghệ tỉnh Trà Vinh',
    'Tôi là cán bộ',
    'Café à la crème, naïve façade, über Straße',
    'Ñoño año señor',
    'Plain ASCII only',
    'Giá 100 € – “đặc biệt”',
  ];
  it.each(untouched)('should leave %s alone', (s) => {
    expect(repairLegacyMojibake(s)).toEqual({ text: s, encoding: null, lines: 0 });
  });
});

describe('letterAccuracy', () => {
  it('should be 1 for equal texts and count a wrong letter once', () => {
    expect(letterAccuracy('Kế hoạch', 'Kế hoạch')).toBe(1);
    expect(letterAccuracy('Ke hoạch', 'Kế hoạch')).toBeCloseTo(6 / 7);
    expect(letterAccuracy('Kế hoạc', 'Kế hoạch')).toBeCloseTo(6 / 7);
  });
});
