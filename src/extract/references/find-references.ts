import type { ExtractContext, Reference } from '../../types.js';
import { LIST_GAP, NOT_A_DOCUMENT_BEFORE, SYMBOL } from './patterns.js';
import { parseSymbol, type ParsedSymbol } from './parse-symbol.js';
import { findTypeWord } from './find-type-word.js';
import { attachDate } from './attach-date.js';
import { attachIssuer } from './attach-issuer.js';
import { findOwnSymbols, symbolKey } from './find-own-symbols.js';
import { lookupTypeCode } from '../lexicon/type-codes.js';
import { lookupIssuerCode } from '../lexicon/issuer-codes.js';

/** A mention being built, with what the next mention of a list needs. */
interface Mention {
  ref: Reference;
  /** End of everything attached (symbol, date, issuer phrase). */
  tail: number;
  /** The type a list's next member inherits. */
  listType: string | null;
}

/**
 * Every mention of another document by its số ký hiệu, in document order
 * (spec `references`): administrative (`166/QĐ-UBND`), normative
 * (`61/2018/NĐ-CP`, `05/2007/QH12`), Party (`12-NQ/TU`) and old (`169-CP`)
 * symbols; with or without `số` and a type word; with the date and `của …`
 * issuer tied to the mention. Members of a list sharing one type word
 * (`các Nghị quyết số 21/NQ-CP, 99/NQ-CP`) each give a reference. The
 * document's own symbol, forms and standards are left out.
 */
export function findReferences(ctx: ExtractContext): Reference[] {
  const { text } = ctx;
  const own = findOwnSymbols(ctx);
  const out: Reference[] = [];
  let previous: Mention | null = null;

  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
    const start = m.index;
    const written = m[0];
    const prev = previous as Mention | null;
    if (!standsAlone(text, start, start + written.length)) {
      SYMBOL.lastIndex = start + 1;
      continue;
    }
    // A code has at least two capitals in all (`L-CTN`, `TTg`); one alone is a letter (`1 / A`).
    if (countCapitals(written) < 2) continue;
    const parsed = parseSymbol(written);
    if (!parsed || !hasTwoCapitals(parsed)) continue;
    const end = start + written.length;

    const floor = Math.max(lineStartNear(text, start), prev?.tail ?? 0);
    const found = findTypeWord(text, start, floor, parsed.typeCode ? parsed.type : null);
    const before = text.slice(Math.max(floor, (found.numberWordStart ?? start) - 30), found.numberWordStart ?? start);
    if (!found.hasWord && NOT_A_DOCUMENT_BEFORE.test(before)) continue;

    const inList = !found.hasWord && prev !== null
      && LIST_GAP.test(text.slice(prev.tail, found.numberWordStart ?? start));
    // Without a type word, `số` alone does not make an address (`số 5A/KP3`) a document.
    if (!found.hasWord && !inList && !looksLikeASymbol(parsed, written)) continue;
    if (parsed.form === 'old' && (!found.hasWord && !found.hasNumberWord || /\s/u.test(written))) continue;
    if (own.has(symbolKey(parsed.symbol))) {
      previous = null;
      continue;
    }

    // Date and issuer, in either order: `… ngày D của X`, `… của X ngày D`.
    let issuedOn = found.dateBefore;
    let textEnd = end;
    let tail = end;
    let issuerName: string | null = null;
    const date = attachDate(text, end);
    if (date && !issuedOn) {
      issuedOn = date.value;
      textEnd = tail = date.end;
    }
    const issuer = attachIssuer(text, tail, parsed.typeCode !== null && /LT$/u.test(parsed.typeCode));
    if (issuer) {
      issuerName = issuer.name;
      tail = issuer.end;
      if (!date && !issuedOn) {
        const late = attachDate(text, issuer.end);
        if (late) {
          issuedOn = late.value;
          textEnd = tail = late.end;
        }
      }
    }

    const inherited = inList ? prev?.listType ?? null : null;
    const listType = found.hasWord ? found.type ?? parsed.type : inherited;
    const type = typeFor(found.hasWord, found.type, inherited, parsed);
    const refStart = found.hasWord ? found.start : start;
    const ref: Reference = {
      text: text.slice(refStart, textEnd),
      symbol: parsed.symbol,
      type,
      issuedOn,
      issuer: issuerName,
      start: refStart,
      end: textEnd,
      section: '',
      number: parsed.number,
      year: parsed.year,
      typeCode: parsed.typeCode,
      issuerCodes: parsed.issuerCodes,
      warnings: warningsFor(parsed, issuedOn),
    };
    out.push(ref);
    previous = { ref, tail, listType };
    SYMBOL.lastIndex = tail;
  }
  return out;
}

/** How far back the grammar ever looks for a mention's start (a type word with a law's name). */
const LOOK_BACK = 240;

/**
 * The start of the line holding `at`, or `at - LOOK_BACK` when the line starts
 * further back (keeps the scan linear on one-line texts). When the symbol
 * opens its line, the line before counts too: a wrapped line may have left
 * `Quyết định số` at the end of the previous one.
 */
function lineStartNear(text: string, at: number): number {
  const limit = Math.max(0, at - LOOK_BACK);
  let i = at - 1;
  while (i >= limit && text.charCodeAt(i) !== 10) i--;
  if (i < limit) return limit;
  if (text.slice(i + 1, at).trim() !== '') return i + 1;
  for (i--; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return limit;
}

/**
 * The mention's type: the type word's (or the code's when it says the same
 * more exactly: `Thông tư` with `TTLT`); for a generic word (`Văn bản`) or no
 * word, the symbol's type code; a list member takes its list's type unless
 * its own code says otherwise.
 */
function typeFor(hasWord: boolean, wordType: string | null, listType: string | null, parsed: ParsedSymbol): string | null {
  // `Thông tư 17/2016/TTLT-…`: the code names the same type more exactly.
  if (hasWord && wordType && parsed.typeCode && parsed.type?.startsWith(`${wordType} `)) return parsed.type;
  if (hasWord && wordType) return wordType;
  if (listType && (!parsed.type || parsed.type === listType || parsed.type === 'Công văn')) return listType;
  return parsed.type;
}

/** Problems worth telling on the item: codes no table knows, a term that does not fit the year, a date that does not fit the symbol's year. */
function warningsFor(parsed: ParsedSymbol, issuedOn: string | null): string[] {
  const warnings: string[] = [];
  for (const code of parsed.unknownCodes) warnings.push(`unknown code '${code}' in ${parsed.symbol}`);
  const dateYear = issuedOn ? Number(issuedOn.slice(0, 4)) : null;
  if (parsed.year !== null && dateYear !== null && parsed.year !== dateYear) {
    warnings.push(`date ${issuedOn} does not fall in the symbol's year ${parsed.year}`);
  }
  return warnings;
}

/**
 * The match is a symbol on its own, not a piece of something longer: not
 * inside a word, number, date, ratio or standard (`COVID-19`, `ISO
 * 9001:2015`, `QCVN 01:2019/BYT`), a URL, a path or an e-mail.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (start > 0 && (isWordChar(before) || GLUE_BEFORE.has(before))) return false;
  const after = text.charCodeAt(end);
  if (after === 47 || after === 64 || after === 95 || after === 92) return false; // / @ _ \
  if (after === 46 && isLowerAscii(text.charCodeAt(end + 1))) return false; // `…-UBND.pdf`
  // Inside a URL or e-mail: the whitespace-delimited token holds `://`, `www.` or `@`.
  let tokenStart = start;
  while (tokenStart > 0 && start - tokenStart < 200 && !isSpaceCode(text.charCodeAt(tokenStart - 1))) tokenStart--;
  if (tokenStart < start) {
    const token = text.slice(tokenStart, start);
    if (token.includes('://') || token.includes('@') || /www\./iu.test(token)) return false;
  }
  return true;
}

/** Characters that glue a number to what precedes it: `/ . : _ @ \ - – &`. */
const GLUE_BEFORE = new Set([47, 46, 58, 95, 64, 92, 45, 0x2013, 38]);

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function countCapitals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
    else if (c > 127 && s[i] !== s[i].toLowerCase()) n++;
  }
  return n;
}

/** A code has at least two capitals in all (`L-CTN`, `TTg`): one capital alone is a letter, not a code. */
function hasTwoCapitals(parsed: ParsedSymbol): boolean {
  let n = parsed.typeCode ? countCapitals(parsed.typeCode) : 0;
  for (const code of parsed.issuerCodes) n += countCapitals(code);
  return n >= 2;
}

/**
 * With no type word (`số` alone is not enough), only a symbol of a clear shape counts:
 * a type code and an issuer (`166/QĐ-UBND`), an issuer and a unit
 * (`19046/BTC-TCHQ`), a year (`05/2007/QH12`), a Party symbol, or a single
 * code the tables know (`299/TTg`). `5/KP3` (an address) does not.
 */
function looksLikeASymbol(parsed: ParsedSymbol, written: string): boolean {
  if (parsed.year !== null) return true;
  // A Party symbol needs a Party type code (`12-NQ/TU`), not any dash and slash (`2023-CTU/DT`).
  if (parsed.form === 'party') return parsed.typeCode !== null && !parsed.unknownCodes.includes(parsed.typeCode);
  const codes = (parsed.typeCode ? 1 : 0) + parsed.issuerCodes.length;
  if (codes >= 2) return parsed.unknownCodes.length === 0 || !/\s/u.test(written);
  const only = parsed.typeCode ?? parsed.issuerCodes[0] ?? '';
  return lookupIssuerCode(only).known || !!lookupTypeCode(only, 'state');
}
