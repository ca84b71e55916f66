import type { DocumentInfo } from '../types.js';
import { foldVietnamese, slugVietnamese } from '../extract/lexicon/fold-vietnamese.js';
import { ISSUER_CODES, lookupIssuerCode } from '../extract/lexicon/issuer-codes.js';
import { findProvince } from '../extract/lexicon/provinces.js';
import { parseSymbol } from '../extract/references/parse-symbol.js';

/** What identifies a cited document. */
export interface CitationParts {
  /** The symbol's type code (`QĐ`, OCR's `QD` folds the same), else null. */
  typeCode: string | null;
  /** The full type, used when there is no code (`Luật`, `Công văn`). */
  type: string | null;
  number: string;
  year: number | null;
  /** The issuer code (first issuer code of the symbol), as written. */
  issuerCode: string | null;
  /** Today's province of a local issuer (after the 2025 merger), else null. */
  provinceNow: string | null;
  /** Whether the issuer exists once per province (UBND, HĐND, Sở, Tỉnh ủy …). */
  local: boolean;
  /** A named unit below the province the local body belongs to (`huyện Bảo Thắng`), else null. */
  localUnit?: string | null;
}

/**
 * The citation key: type, number, year, issuing body and, for a local body,
 * today's province, folded (lower case, no diacritics, `đ`→`d`) and joined by
 * `|`: `qd|166|2022|ubnd|vinh-long`, `nd|61|2018|cp`, `luat|5|2007|qh12`.
 * The same document cited as `Quyết định số 166/QĐ-UBND` or `QĐ 166/QD-UBND`,
 * by its old province or its merged one, gets the same key. Leading zeros of
 * the number do not count (`02/NQ-CP` = `2/NQ-CP`). Synonymous issuer codes
 * meet (`BKH&CN` = `BKHCN`). A body of a named district, town or commune
 * carries it: `qd|12|2022|ubnd@huyen-bao-thang|lao-cai`.
 */
export function citationKey(parts: CitationParts): string {
  const type = parts.typeCode ? foldVietnamese(parts.typeCode) : parts.type ? slugVietnamese(parts.type) : '';
  const number = foldVietnamese(parts.number).replace(/^0+(?=\d)/u, '');
  const year = parts.year === null ? '' : String(parts.year);
  let body = parts.issuerCode ? canonicalIssuerCode(parts.issuerCode) : '';
  // The UBND of a district is not the UBND of its province.
  if (parts.local && parts.localUnit) body += `@${slugVietnamese(parts.localUnit)}`;
  const key = [type, number, year, body];
  if (parts.local) key.push(parts.provinceNow ? slugVietnamese(parts.provinceNow) : '');
  return key.join('|');
}

/** One code per body: the first code in the table that names the same body (`BKH&CN` → `bkhcn`), folded. */
export function canonicalIssuerCode(code: string): string {
  const info = lookupIssuerCode(code);
  if (info.known && info.body && info.term === undefined) {
    const first = ISSUER_CODES.find((c) => c.body === info.body);
    if (first) return foldVietnamese(first.code);
  }
  return foldVietnamese(code);
}

/**
 * The citation key of a document itself (its own symbol, date, issuer and
 * place), built like the keys of references so that a mention of it in
 * another document finds it: `Chỉ thị 13/CT-UBND` of Ủy ban nhân dân tỉnh
 * Lào Cai, 20/5/2021 → `ct|13|2021|ubnd|lao-cai`. Null without a symbol.
 */
export function documentCitationKey(info: DocumentInfo): string | null {
  if (!info.symbol) return null;
  const parsed = parseSymbol(info.symbol);
  if (!parsed) return null;
  const year = parsed.year ?? (info.issuedOn ? Number(info.issuedOn.slice(0, 4)) : null);
  const issuerCode = parsed.issuerCodes[0] ?? null;
  const local = issuerCode ? lookupIssuerCode(issuerCode).local : false;
  const province = local ? findProvince(info.issuer ?? '') ?? findProvince(info.place ?? '') : null;
  return citationKey({
    typeCode: parsed.typeCode,
    type: info.type ?? parsed.type,
    number: parsed.number,
    year: Number.isNaN(year) ? null : year,
    issuerCode,
    provinceNow: province?.province.now ?? null,
    local,
    localUnit: local ? localUnitOf(info.issuer) : null,
  });
}

/** A district, town, ward or commune named in an issuer phrase (`UBND huyện Bảo Thắng`), capitalised words after the unit word. */
const LOCAL_UNIT = /(?<![\p{L}])([Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|[Tt]hành phố|TP\.?|Tp\.?)[ \t\u00A0]{1,2}(\p{Lu}[\p{L}\p{N}]*(?:[ \t\u00A0]{1,2}\p{Lu}[\p{L}\p{N}]*){0,3})/u;

/**
 * The unit below the province that an issuer phrase names (`Chủ tịch UBND
 * huyện Bảo Thắng` → `huyện Bảo Thắng`, `UBND thành phố Lào Cai` → the city,
 * not the province), or null (`UBND tỉnh Lào Cai`, `UBND Thành phố Hồ Chí
 * Minh`, which is a province, `UBND huyện` with no name).
 */
export function localUnitOf(phrase: string | null): string | null {
  if (!phrase) return null;
  const m = LOCAL_UNIT.exec(phrase);
  if (!m) return null;
  const kind = m[1].toLowerCase().replace(/^tp\.?$/u, 'thành phố');
  const name = m[2];
  if (kind === 'thành phố') {
    const province = findProvince(name);
    if (province && province.province.kind === 'thành phố' && foldVietnamese(province.written) === foldVietnamese(name)) return null;
  }
  return `${kind} ${name}`;
}
