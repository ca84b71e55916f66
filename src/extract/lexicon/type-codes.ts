/**
 * Type codes: the part of a số ký hiệu that names the kind of document.
 *
 * - State administrative documents: Nghị định 30/2020/NĐ-CP, Phụ lục III
 *   (`166/QĐ-UBND`, `45/TTr-UBND`); a công văn has no code (`2550/SKHĐT-XTĐT`).
 * - Normative documents (Luật Ban hành văn bản quy phạm pháp luật):
 *   `61/2018/NĐ-CP`, `11/2024/TT-BNV`, `…/2015/TTLT-BTC-BNV`; laws and
 *   ordinances carry only the issuer and its term (`05/2007/QH12`,
 *   `…/2012/UBTVQH13`).
 * - Party documents (Hướng dẫn 36-HD/VPTW): number, dash, code, slash, issuer
 *   (`12-NQ/TU`, `14-CTr/TU`, `08-QĐi/TW`); there `TT` is a Thông tri.
 * - Older codes still cited (`QyĐ`, `BGN`, `40/2000/TT/BTC`).
 *
 * Every entry has an example symbol that the lexicon test parses.
 */
export interface TypeCode {
  code: string;
  type: string;
  /** Where the code is used: `state` (NĐ 30/2020 and normative forms) or `party`. */
  system: 'state' | 'party';
  example: string;
}

export const TYPE_CODES: readonly TypeCode[] = [
  // Nghị định 30/2020/NĐ-CP, Phụ lục III (administrative documents).
  { code: 'NQ', type: 'Nghị quyết', system: 'state', example: '02/NQ-CP' },
  { code: 'QĐ', type: 'Quyết định', system: 'state', example: '166/QĐ-UBND' },
  { code: 'CT', type: 'Chỉ thị', system: 'state', example: '13/CT-UBND' },
  { code: 'QC', type: 'Quy chế', system: 'state', example: '05/QC-UBND' },
  { code: 'QyĐ', type: 'Quy định', system: 'state', example: '03/QyĐ-UBND' },
  { code: 'TC', type: 'Thông cáo', system: 'state', example: '01/TC-VPCP' },
  { code: 'TB', type: 'Thông báo', system: 'state', example: '150/TB-SKH-CN' },
  { code: 'HD', type: 'Hướng dẫn', system: 'state', example: '01/HD-UBND' },
  { code: 'CTr', type: 'Chương trình', system: 'state', example: '07/CTr-UBND' },
  { code: 'KH', type: 'Kế hoạch', system: 'state', example: '65/KH-UBND' },
  { code: 'PA', type: 'Phương án', system: 'state', example: '12/PA-UBND' },
  { code: 'ĐA', type: 'Đề án', system: 'state', example: '06/ĐA-UBND' },
  { code: 'DA', type: 'Dự án', system: 'state', example: '02/DA-SNN' },
  { code: 'BC', type: 'Báo cáo', system: 'state', example: '88/BC-UBND' },
  { code: 'BB', type: 'Biên bản', system: 'state', example: '03/BB-HĐ' },
  { code: 'TTr', type: 'Tờ trình', system: 'state', example: '45/TTr-UBND' },
  { code: 'HĐ', type: 'Hợp đồng', system: 'state', example: '12/HĐ-SKHCN' },
  { code: 'CĐ', type: 'Công điện', system: 'state', example: '1099/CĐ-TTg' },
  { code: 'BGN', type: 'Bản ghi nhớ', system: 'state', example: '02/BGN-UBND' },
  { code: 'BTT', type: 'Bản thỏa thuận', system: 'state', example: '01/BTT-UBND' },
  { code: 'GUQ', type: 'Giấy ủy quyền', system: 'state', example: '05/GUQ-SKHCN' },
  { code: 'GM', type: 'Giấy mời', system: 'state', example: '25/GM-UBND' },
  { code: 'GGT', type: 'Giấy giới thiệu', system: 'state', example: '10/GGT-SNV' },
  { code: 'GNP', type: 'Giấy nghỉ phép', system: 'state', example: '03/GNP-SKHCN' },
  { code: 'PG', type: 'Phiếu gửi', system: 'state', example: '08/PG-VP' },
  { code: 'PC', type: 'Phiếu chuyển', system: 'state', example: '09/PC-VP' },
  { code: 'PB', type: 'Phiếu báo', system: 'state', example: '04/PB-VP' },
  { code: 'SY', type: 'Bản sao y', system: 'state', example: '15/SY-UBND' },
  { code: 'SL', type: 'Bản sao lục', system: 'state', example: '16/SL-UBND' },
  { code: 'TS', type: 'Bản trích sao', system: 'state', example: '17/TS-UBND' },
  { code: 'GP', type: 'Giấy phép', system: 'state', example: '15/GP-SKHCN' },
  { code: 'GCN', type: 'Giấy chứng nhận', system: 'state', example: '20/GCN-SKHCN' },
  { code: 'KL', type: 'Kết luận', system: 'state', example: '05/KL-TTr' },
  { code: 'VBHN', type: 'Văn bản hợp nhất', system: 'state', example: '01/VBHN-BKHCN' },
  // Normative documents.
  { code: 'NĐ', type: 'Nghị định', system: 'state', example: '61/2018/NĐ-CP' },
  { code: 'TT', type: 'Thông tư', system: 'state', example: '11/2024/TT-BNV' },
  { code: 'TTLT', type: 'Thông tư liên tịch', system: 'state', example: '29/2015/TTLT-BKHCN-BNV' },
  { code: 'NQLT', type: 'Nghị quyết liên tịch', system: 'state', example: '09/2008/NQLT-CP-UBTƯMTTQVN' },
  { code: 'QĐLT', type: 'Quyết định liên tịch', system: 'state', example: '05/2005/QĐLT-BTP-BNV' },
  { code: 'PL', type: 'Pháp lệnh', system: 'state', example: '11/2003/PL-UBTVQH11' },
  { code: 'L', type: 'Luật', system: 'state', example: '35-L/CTN' },
  // Party documents (Hướng dẫn 36-HD/VPTW).
  { code: 'NQ', type: 'Nghị quyết', system: 'party', example: '12-NQ/TU' },
  { code: 'QĐ', type: 'Quyết định', system: 'party', example: '102-QĐ/TW' },
  { code: 'CT', type: 'Chỉ thị', system: 'party', example: '37-CT/TW' },
  { code: 'KL', type: 'Kết luận', system: 'party', example: '34-KL/TW' },
  { code: 'QC', type: 'Quy chế', system: 'party', example: '01-QC/TU' },
  { code: 'QĐi', type: 'Quy định', system: 'party', example: '08-QĐi/TW' },
  { code: 'HD', type: 'Hướng dẫn', system: 'party', example: '01-HD/TU' },
  { code: 'TT', type: 'Thông tri', system: 'party', example: '03-TT/TU' },
  { code: 'TB', type: 'Thông báo', system: 'party', example: '125-TB/TW' },
  { code: 'TC', type: 'Thông cáo', system: 'party', example: '02-TC/TW' },
  { code: 'BC', type: 'Báo cáo', system: 'party', example: '45-BC/TU' },
  { code: 'KH', type: 'Kế hoạch', system: 'party', example: '119-KH/TU' },
  { code: 'CTr', type: 'Chương trình', system: 'party', example: '14-CTr/TU' },
  { code: 'TTr', type: 'Tờ trình', system: 'party', example: '20-TTr/TU' },
  { code: 'ĐA', type: 'Đề án', system: 'party', example: '05-ĐA/TU' },
  { code: 'PA', type: 'Phương án', system: 'party', example: '02-PA/TU' },
  { code: 'BB', type: 'Biên bản', system: 'party', example: '07-BB/TU' },
  { code: 'CV', type: 'Công văn', system: 'party', example: '1234-CV/TU' },
  { code: 'GM', type: 'Giấy mời', system: 'party', example: '15-GM/TU' },
];

/** Issuer-only symbols of the legislature: the type follows from the body. */
export const ISSUER_ONLY_TYPES: Readonly<Record<string, string>> = {
  QH: 'Luật',
  UBTVQH: 'Pháp lệnh',
};

/** Lookup maps built once: exact, upper-cased, and without diacritics (null where two codes collide, `ĐA`/`DA`). */
const BY_SYSTEM = {
  state: buildIndex(TYPE_CODES.filter((t) => t.system === 'state')),
  party: buildIndex(TYPE_CODES.filter((t) => t.system === 'party')),
};

interface CodeIndex {
  exact: Map<string, TypeCode>;
  upper: Map<string, TypeCode>;
  loose: Map<string, TypeCode | null>;
}

function buildIndex(codes: readonly TypeCode[]): CodeIndex {
  const index: CodeIndex = { exact: new Map(), upper: new Map(), loose: new Map() };
  for (const t of codes) {
    if (!index.exact.has(t.code)) index.exact.set(t.code, t);
    if (!index.upper.has(t.code.toUpperCase())) index.upper.set(t.code.toUpperCase(), t);
    const bare = stripMarks(t.code).toUpperCase();
    index.loose.set(bare, index.loose.has(bare) ? null : t);
  }
  return index;
}

/** The full type for a type code in one system, or undefined. Exact code first, then without diacritics (OCR's `QD`, `ND`) when that is unambiguous. */
export function lookupTypeCode(code: string, system: 'state' | 'party'): TypeCode | undefined {
  const index = BY_SYSTEM[system];
  return index.exact.get(code)
    ?? index.upper.get(code.toUpperCase())
    ?? index.loose.get(stripMarks(code).toUpperCase())
    ?? undefined;
}

function stripMarks(s: string): string {
  if (/^[\x00-\x7f]*$/u.test(s)) return s;
  return s.replace(/\u00D0/g, '\u0110').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'D');
}
