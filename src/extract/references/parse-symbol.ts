import { ISSUER_ONLY_TYPES, lookupTypeCode } from '../lexicon/type-codes.js';
import { lookupIssuerCode } from '../lexicon/issuer-codes.js';

/** The shapes a số ký hiệu takes. */
export type SymbolForm =
  /** `166/QĐ-UBND`, `2550/SKHĐT-XTĐT` */
  | 'administrative'
  /** `61/2018/NĐ-CP`, `05/2007/QH12`, `40/2000/TT/BTC` */
  | 'normative'
  /** `12-NQ/TU`, `14-CTr/TU` */
  | 'party'
  /** `169-CP`, `72-HĐBT`: dash only, no slash */
  | 'old';

/** What a số ký hiệu tells by itself. */
export interface ParsedSymbol {
  /** The symbol without spaces, look-alike letters repaired (`Ð`→`Đ`, Cyrillic `Т`→`T`), en dash read as hyphen. */
  symbol: string;
  number: string;
  year: number | null;
  form: SymbolForm;
  /** The type code as written (`QĐ`, `NQ`, `CTr`), or null (công văn, laws, old forms). */
  typeCode: string | null;
  /** The full type the code gives, or null. */
  type: string | null;
  /** The issuer code first, then drafting units or co-issuers, as written. */
  issuerCodes: string[];
  /** Codes no table knows (kept, never dropped). */
  unknownCodes: string[];
  /** The legislature's term when an issuer code carries it (`QH12` → 12). */
  term: number | null;
}

/** Cyrillic capitals that OCR and copy-paste put in place of Latin ones. */
const CYRILLIC: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I',
};

const NEEDS_COMPACTING = /[\s\u00D0–\u0400-\u04FF]/u;

/** The symbol as the spec wants it: no spaces, look-alikes repaired. */
export function compactSymbol(written: string): string {
  if (!NEEDS_COMPACTING.test(written)) return written;
  return written
    .replace(/\s+/g, '')
    .replace(/\u00D0/g, '\u0110')
    .replace(/–/g, '-')
    .replace(/[АВЕКМНОРСТХУІ]/g, (c) => CYRILLIC[c] ?? c);
}

const SHAPE = /^(?<number>\d{1,5}[a-zA-Z]?)(?:\/(?<year>(?:19|20)\d{2}))?(?<sep>[/-])(?<rest>.+)$/u;

/**
 * Splits a số ký hiệu into number, year, type code and issuer codes, and
 * names its form. Accepts what the SYMBOL pattern matches (spaces allowed);
 * returns null for anything without a number and a code.
 */
export function parseSymbol(written: string): ParsedSymbol | null {
  const symbol = compactSymbol(written);
  const m = SHAPE.exec(symbol);
  if (!m?.groups) return null;
  const { number, year, sep, rest } = m.groups;
  const slashParts = rest.split('/');
  const hasSlash = slashParts.length > 1 || sep === '/';
  const form: SymbolForm = sep === '-' ? (hasSlash ? 'party' : 'old') : year ? 'normative' : 'administrative';
  const system = form === 'party' ? 'party' : 'state';

  // Segments in order; the first is a type code or (công văn, laws, old forms) an issuer.
  const segments = slashParts.flatMap((p) => p.split('-')).filter((s) => s.length > 0);
  if (segments.length === 0) return null;

  let typeCode: string | null = null;
  let type: string | null = null;
  let issuerCodes: string[];
  const unknownCodes: string[] = [];

  const first = segments[0];
  // Party symbols may carry a state code (`35-L/CTN`, a law of the 1990s).
  const typeHit = form === 'old' ? undefined : lookupTypeCode(first, system) ?? lookupTypeCode(first, 'state');
  const firstIssuer = lookupIssuerCode(first);
  if (typeHit && !(segments.length === 1 && firstIssuer.known)) {
    typeCode = first;
    type = typeHit.type;
    issuerCodes = segments.slice(1);
    // `…/2020/L-CTN` is a Lệnh of the Chủ tịch nước; `35-L/CTN` is a Luật it promulgated.
    if (typeHit.code === 'L' && form === 'normative') type = 'Lệnh';
  } else if (firstIssuer.known) {
    issuerCodes = segments;
    const legislature = /^(UBTVQH|QH)\d{0,2}$/u.exec(first)?.[1];
    if (legislature && (form === 'normative' || form === 'party')) type = ISSUER_ONLY_TYPES[legislature];
    else if (form === 'administrative') type = 'Công văn';
  } else if (segments.length > 1 && lookupIssuerCode(segments[1]).known) {
    // `123/XYZ-UBND`: the slot of a type code holds a code no table knows.
    typeCode = first;
    issuerCodes = segments.slice(1);
    unknownCodes.push(first);
  } else {
    issuerCodes = segments;
    unknownCodes.push(first);
  }

  // The issuer (first issuer code) should be known; later codes are drafting
  // units (`XTĐT`) or, in joint documents, co-issuers, which no table can hold.
  let term: number | null = null;
  const joint = typeCode !== null && /LT$/u.test(typeCode);
  for (let i = 0; i < issuerCodes.length; i++) {
    if (i > 0 && !joint) break;
    const code = issuerCodes[i];
    const info = lookupIssuerCode(code);
    if (info.term !== undefined && term === null) term = info.term;
    if (!info.known && !unknownCodes.includes(code)) unknownCodes.push(code);
  }

  return {
    symbol,
    number,
    year: year ? Number(year) : null,
    form,
    typeCode,
    type,
    issuerCodes,
    unknownCodes,
    term,
  };
}
