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
}

/**
 * The citation key: type, number, year, issuing body and, for a local body,
 * today's province, folded (lower case, no diacritics, `đ`→`d`) and joined by
 * `|`: `qd|166|2022|ubnd|vinh-long`, `nd|61|2018|cp`, `luat|5|2007|qh12`.
 * The same document cited as `Quyết định số 166/QĐ-UBND` or `QĐ 166/QD-UBND`,
 * by its old province or its merged one, gets the same key. Leading zeros of
 * the number do not count (`02/NQ-CP` = `2/NQ-CP`). Synonymous issuer codes
 * meet (`BKH&CN` = `BKHCN`).
 */
export function citationKey(parts: CitationParts): string {
  const type = parts.typeCode ? foldVietnamese(parts.typeCode) : parts.type ? slugVietnamese(parts.type) : '';
  const number = foldVietnamese(parts.number).replace(/^0+(?=\d)/u, '');
  const year = parts.year === null ? '' : String(parts.year);
  const body = parts.issuerCode ? canonicalIssuerCode(parts.issuerCode) : '';
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
  });
}
