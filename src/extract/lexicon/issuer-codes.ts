/**
 * Issuer codes: the part of a số ký hiệu that names the body that issued it
 * (`166/QĐ-UBND` → Ủy ban nhân dân, `12-NQ/TU` → Tỉnh ủy). A `local` body
 * exists once per province (or district), so a citation key needs its
 * province; a central body does not.
 *
 * Patterned codes are handled by lookupIssuerCode: `QH12` → Quốc hội khóa XII,
 * `UBTVQH13` → Ủy ban Thường vụ Quốc hội khóa XIII, and any code beginning
 * with `S` not in the table → a Sở (department of a province).
 *
 * Every entry has an example symbol that the lexicon test parses.
 */
export interface IssuerCode {
  code: string;
  body: string;
  local: boolean;
  example: string;
}

export const ISSUER_CODES: readonly IssuerCode[] = [
  // Central state bodies.
  { code: 'CP', body: 'Chính phủ', local: false, example: '61/2018/NĐ-CP' },
  { code: 'TTg', body: 'Thủ tướng Chính phủ', local: false, example: '2205/QĐ-TTg' },
  { code: 'CTN', body: 'Chủ tịch nước', local: false, example: '01/2020/L-CTN' },
  { code: 'HĐBT', body: 'Hội đồng Bộ trưởng', local: false, example: '72-HĐBT' },
  { code: 'VPCP', body: 'Văn phòng Chính phủ', local: false, example: '1234/VPCP-KGVX' },
  { code: 'HĐTP', body: 'Hội đồng Thẩm phán Tòa án nhân dân tối cao', local: false, example: '01/2020/NQ-HĐTP' },
  { code: 'TANDTC', body: 'Tòa án nhân dân tối cao', local: false, example: '01/2016/TT-TANDTC' },
  { code: 'VKSNDTC', body: 'Viện kiểm sát nhân dân tối cao', local: false, example: '02/2017/TT-VKSNDTC' },
  { code: 'KTNN', body: 'Kiểm toán nhà nước', local: false, example: '02/2016/QĐ-KTNN' },
  { code: 'TTCP', body: 'Thanh tra Chính phủ', local: false, example: '05/2014/TT-TTCP' },
  { code: 'NHNN', body: 'Ngân hàng Nhà nước Việt Nam', local: false, example: '39/2016/TT-NHNN' },
  { code: 'UBDT', body: 'Ủy ban Dân tộc', local: false, example: '02/2017/TT-UBDT' },
  { code: 'BHXH', body: 'Bảo hiểm xã hội Việt Nam', local: false, example: '595/QĐ-BHXH' },
  { code: 'TCHQ', body: 'Tổng cục Hải quan', local: false, example: '1234/TCHQ-GSQL' },
  { code: 'TCT', body: 'Tổng cục Thuế', local: false, example: '4567/TCT-CS' },
  { code: 'UBTƯMTTQVN', body: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', local: false, example: '09/2008/NQLT-CP-UBTƯMTTQVN' },
  // Ministries.
  { code: 'BTC', body: 'Bộ Tài chính', local: false, example: '19046/BTC-TCHQ' },
  { code: 'BNV', body: 'Bộ Nội vụ', local: false, example: '11/2024/TT-BNV' },
  { code: 'BKHCN', body: 'Bộ Khoa học và Công nghệ', local: false, example: '14/2019/TT-BKHCN' },
  { code: 'BKH&CN', body: 'Bộ Khoa học và Công nghệ', local: false, example: '1984/QĐ-BKH&CN' },
  { code: 'BKHĐT', body: 'Bộ Kế hoạch và Đầu tư', local: false, example: '04/2017/TT-BKHĐT' },
  { code: 'BTP', body: 'Bộ Tư pháp', local: false, example: '01/2020/TT-BTP' },
  { code: 'BCT', body: 'Bộ Công Thương', local: false, example: '42/2019/TT-BCT' },
  { code: 'BGDĐT', body: 'Bộ Giáo dục và Đào tạo', local: false, example: '32/2018/TT-BGDĐT' },
  { code: 'BYT', body: 'Bộ Y tế', local: false, example: '5086/QĐ-BYT' },
  { code: 'BTNMT', body: 'Bộ Tài nguyên và Môi trường', local: false, example: '02/2022/TT-BTNMT' },
  { code: 'BNNPTNT', body: 'Bộ Nông nghiệp và Phát triển nông thôn', local: false, example: '17/2018/TT-BNNPTNT' },
  { code: 'BNN', body: 'Bộ Nông nghiệp và Phát triển nông thôn', local: false, example: '1234/BNN-KH' },
  { code: 'BNNMT', body: 'Bộ Nông nghiệp và Môi trường', local: false, example: '12/2025/TT-BNNMT' },
  { code: 'BXD', body: 'Bộ Xây dựng', local: false, example: '08/2019/TT-BXD' },
  { code: 'BGTVT', body: 'Bộ Giao thông vận tải', local: false, example: '12/2020/TT-BGTVT' },
  { code: 'BLĐTBXH', body: 'Bộ Lao động - Thương binh và Xã hội', local: false, example: '10/2020/TT-BLĐTBXH' },
  { code: 'BTTTT', body: 'Bộ Thông tin và Truyền thông', local: false, example: '22/2020/TT-BTTTT' },
  { code: 'BVHTTDL', body: 'Bộ Văn hóa, Thể thao và Du lịch', local: false, example: '15/2021/TT-BVHTTDL' },
  { code: 'BCA', body: 'Bộ Công an', local: false, example: '57/2020/TT-BCA' },
  { code: 'BQP', body: 'Bộ Quốc phòng', local: false, example: '19/2021/TT-BQP' },
  { code: 'BNG', body: 'Bộ Ngoại giao', local: false, example: '01/2021/TT-BNG' },
  { code: 'BDTTG', body: 'Bộ Dân tộc và Tôn giáo', local: false, example: '01/2025/TT-BDTTG' },
  // Legislature (QH12, UBTVQH13 are handled as patterns as well).
  { code: 'QH', body: 'Quốc hội', local: false, example: '05/2007/QH12' },
  { code: 'UBTVQH', body: 'Ủy ban Thường vụ Quốc hội', local: false, example: '11/2003/PL-UBTVQH11' },
  // Local state bodies.
  { code: 'UBND', body: 'Ủy ban nhân dân', local: true, example: '166/QĐ-UBND' },
  { code: 'UB', body: 'Ủy ban nhân dân', local: true, example: '1234/QĐ-UB' },
  { code: 'HĐND', body: 'Hội đồng nhân dân', local: true, example: '80/2019/NQ-HĐND' },
  { code: 'VP', body: 'Văn phòng', local: true, example: '08/PG-VP' },
  { code: 'TTr', body: 'Thanh tra tỉnh', local: true, example: '05/KL-TTr' },
  { code: 'HĐ', body: 'Hội đồng', local: true, example: '03/BB-HĐ' },
  { code: 'BQL', body: 'Ban Quản lý', local: true, example: '12/QĐ-BQL' },
  // Party bodies.
  { code: 'TW', body: 'Ban Chấp hành Trung ương', local: false, example: '37-CT/TW' },
  { code: 'TƯ', body: 'Ban Chấp hành Trung ương', local: false, example: '21-NQ/TƯ' },
  { code: 'VPTW', body: 'Văn phòng Trung ương Đảng', local: false, example: '36-HD/VPTW' },
  { code: 'BTCTW', body: 'Ban Tổ chức Trung ương', local: false, example: '38-HD/BTCTW' },
  { code: 'BTGTW', body: 'Ban Tuyên giáo Trung ương', local: false, example: '125-HD/BTGTW' },
  { code: 'UBKTTW', body: 'Ủy ban Kiểm tra Trung ương', local: false, example: '03-HD/UBKTTW' },
  { code: 'TU', body: 'Tỉnh ủy', local: true, example: '12-NQ/TU' },
  { code: 'TVTU', body: 'Ban Thường vụ Tỉnh ủy', local: true, example: '05-QĐ/TVTU' },
  { code: 'BTGTU', body: 'Ban Tuyên giáo Tỉnh ủy', local: true, example: '24-HD/BTGTU' },
  { code: 'BTCTU', body: 'Ban Tổ chức Tỉnh ủy', local: true, example: '10-HD/BTCTU' },
  { code: 'UBKTTU', body: 'Ủy ban Kiểm tra Tỉnh ủy', local: true, example: '02-HD/UBKTTU' },
  { code: 'VPTU', body: 'Văn phòng Tỉnh ủy', local: true, example: '15-HD/VPTU' },
  { code: 'HU', body: 'Huyện ủy', local: true, example: '20-NQ/HU' },
  { code: 'QU', body: 'Quận ủy', local: true, example: '05-NQ/QU' },
  { code: 'TXU', body: 'Thị xã ủy', local: true, example: '04-NQ/TXU' },
  { code: 'ĐU', body: 'Đảng ủy', local: true, example: '07-NQ/ĐU' },
  { code: 'ĐUK', body: 'Đảng ủy Khối', local: true, example: '09-NQ/ĐUK' },
  { code: 'BCĐ', body: 'Ban Chỉ đạo', local: true, example: '01/KH-BCĐ' },
  // Departments of a province (Sở); any other code beginning with S is one too.
  { code: 'SKHĐT', body: 'Sở Kế hoạch và Đầu tư', local: true, example: '2550/SKHĐT-XTĐT' },
  { code: 'SKHCN', body: 'Sở Khoa học và Công nghệ', local: true, example: '245/KH-SKHCN' },
  { code: 'SKH&CN', body: 'Sở Khoa học và Công nghệ', local: true, example: '112/SKH&CN-QLKH' },
  { code: 'STC', body: 'Sở Tài chính', local: true, example: '1520/STC-QLNS' },
  { code: 'SNV', body: 'Sở Nội vụ', local: true, example: '10/GGT-SNV' },
  { code: 'STP', body: 'Sở Tư pháp', local: true, example: '432/STP-XDKTVB' },
  { code: 'SCT', body: 'Sở Công Thương', local: true, example: '876/SCT-QLTM' },
  { code: 'SYT', body: 'Sở Y tế', local: true, example: '2345/SYT-NVY' },
  { code: 'SGDĐT', body: 'Sở Giáo dục và Đào tạo', local: true, example: '1678/SGDĐT-GDTrH' },
  { code: 'SNNPTNT', body: 'Sở Nông nghiệp và Phát triển nông thôn', local: true, example: '901/SNNPTNT-KH' },
  { code: 'STNMT', body: 'Sở Tài nguyên và Môi trường', local: true, example: '3021/STNMT-QLĐĐ' },
  { code: 'SXD', body: 'Sở Xây dựng', local: true, example: '1190/SXD-QLXD' },
  { code: 'SGTVT', body: 'Sở Giao thông vận tải', local: true, example: '777/SGTVT-QLGT' },
  { code: 'SLĐTBXH', body: 'Sở Lao động - Thương binh và Xã hội', local: true, example: '640/SLĐTBXH-LĐVL' },
  { code: 'STTTT', body: 'Sở Thông tin và Truyền thông', local: true, example: '512/STTTT-BCVT' },
  { code: 'SVHTTDL', body: 'Sở Văn hóa, Thể thao và Du lịch', local: true, example: '355/SVHTTDL-QLVH' },
  { code: 'SNgV', body: 'Sở Ngoại vụ', local: true, example: '120/SNgV-LS' },
  { code: 'SNNMT', body: 'Sở Nông nghiệp và Môi trường', local: true, example: '45/SNNMT-KH' },
];

/** What an issuer code tells. `known: false` for a code the tables do not hold. */
export interface IssuerInfo {
  body: string | null;
  local: boolean;
  known: boolean;
  /** The term of the legislature (`QH12` → 12), when the code carries one. */
  term?: number;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** Looks up an issuer code, with the QH/UBTVQH term pattern and the Sở rule. OCR's lost `Đ` (`HDND`) is read back when unambiguous. */
export function lookupIssuerCode(code: string): IssuerInfo {
  const legislature = /^(UBTVQH|QH)(\d{1,2})$/u.exec(code);
  if (legislature) {
    const term = Number(legislature[2]);
    const base = legislature[1] === 'QH' ? 'Quốc hội' : 'Ủy ban Thường vụ Quốc hội';
    return { body: `${base} khóa ${ROMAN[term] ?? term}`, local: false, known: true, term };
  }
  const hit = EXACT.get(code) ?? UPPER.get(code.toUpperCase()) ?? LOOSE.get(strip(code)) ?? undefined;
  if (hit) return { body: hit.body, local: hit.local, known: true };
  if (/^S\p{Lu}/u.test(code)) return { body: 'Sở', local: true, known: true };
  return { body: null, local: false, known: false };
}

/** Lookup maps built once: exact, upper-cased, without diacritics (null where two codes collide). */
const EXACT = new Map<string, IssuerCode>();
const UPPER = new Map<string, IssuerCode>();
const LOOSE = new Map<string, IssuerCode | null>();
for (const c of ISSUER_CODES) {
  if (!EXACT.has(c.code)) EXACT.set(c.code, c);
  if (!UPPER.has(c.code.toUpperCase())) UPPER.set(c.code.toUpperCase(), c);
  const bare = strip(c.code);
  LOOSE.set(bare, LOOSE.has(bare) && LOOSE.get(bare)?.body !== c.body ? null : c);
}

function strip(s: string): string {
  // Most codes are plain ASCII: nothing to strip.
  if (/^[\x00-\x7f]*$/u.test(s)) return s.toUpperCase();
  return s.replace(/\u00D0/g, '\u0110').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'D').toUpperCase();
}

/** The years a term of the Quốc hội spans (a term's first and last year overlap its neighbours). */
export const LEGISLATURE_TERMS: Readonly<Record<number, readonly [number, number]>> = {
  1: [1946, 1960], 2: [1960, 1964], 3: [1964, 1971], 4: [1971, 1975], 5: [1975, 1976],
  6: [1976, 1981], 7: [1981, 1987], 8: [1987, 1992], 9: [1992, 1997], 10: [1997, 2002],
  11: [2002, 2007], 12: [2007, 2011], 13: [2011, 2016], 14: [2016, 2021], 15: [2021, 2026],
  16: [2026, 2031],
};
