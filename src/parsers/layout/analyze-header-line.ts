import type { Span } from '../../types.js';
import type { LayoutLine } from './layout-lines.js';
import {
  NATIONAL_MOTTO,
  NATIONAL_NAME,
  PARTY_NAME,
  PLACE_DATE,
  RULE_LINE,
  RULE_RUN,
  SUBJECT_LINE,
  SYMBOL_LINE,
  capsKey,
  leadingTypeWord,
} from './header-patterns.js';
import { expandIssuerWords, startsWithOrgan } from './proper-case-issuer.js';
import { isAllCaps } from './vietnamese-text.js';

/** A piece of a line with absolute offsets. */
export interface Piece extends Span {
  text: string;
}

/** What one line of a header holds; a squashed line can hold several pieces. */
export interface HeaderLineParts {
  line: LayoutLine;
  /** National name, motto or the Party's name line. */
  motto: boolean;
  /** The line is only a rule (`-------`, `*`). */
  rule: boolean;
  symbol?: Piece & { value: string | null; code: string; lineStart: boolean };
  date?: Piece & { place: string | null; issuedOn: string | null; lineStart: boolean };
  /** `V/v …` to the end of the line. */
  subject?: Piece;
  /** Leftover pieces in capitals (issuer lines, type words, title in capitals). */
  caps: Piece[];
  /** Leftover pieces in mixed case. */
  other: Piece[];
}

const MOTTO_WORD = /[Cc][Ộộ][Nn][Gg]|[ĐđÐ][Ộộ][Cc]/u;

const pad = (n: string): string => n.padStart(2, '0');

/** ISO date from day, month, year strings; null when the day is blank or the date impossible. */
export function isoDate(d: string | undefined, m: string | undefined, y: string | undefined): string | null {
  if (!d || !m || !y) return null;
  const day = Number(d);
  const month = Number(m);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Splits one header line into its pieces: motto, rules, `Số …`, place and date,
 * `V/v …`, and the leftover pieces (capitals: issuer or type word; mixed case:
 * title or body). Works on squashed lines that hold the whole header.
 */
export function analyzeHeaderLine(line: LayoutLine): HeaderLineParts {
  const text = line.text;
  const parts: HeaderLineParts = { line, motto: false, rule: RULE_LINE.test(text), caps: [], other: [] };
  const mask = new Uint8Array(text.length);
  // The motto patterns run on the line in capitals with tone placement folded; a line
  // with neither CỘNG nor ĐỘC in any case cannot hold one, and skips the folding.
  const mottoWord = MOTTO_WORD.test(text);
  const key = mottoWord ? capsKey(text) : text;
  // The line with what is found so far blanked out; rebuilt only after the mask
  // changes (header candidates can be long body paragraphs, read for every document).
  let maskedText: string | null = null;
  const masked = (): string => (maskedText ??= applyMask(text, mask));
  const markFound = (from: number, to: number): void => {
    mask.fill(1, from, to);
    maskedText = null;
  };
  for (const re of mottoWord ? [NATIONAL_NAME, NATIONAL_MOTTO, PARTY_NAME, RULE_RUN] : [RULE_RUN]) {
    re.lastIndex = 0;
    for (const m of key.matchAll(re)) {
      markFound(m.index, m.index + m[0].length);
      if (re !== RULE_RUN) parts.motto = true;
    }
  }
  const before = (i: number): string => masked().slice(0, i).trim();
  // In a squashed header only issuer lines come before `Số` or the date; in a
  // headline (`… NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY …`) a citation does.
  const lineStartOk = (i: number): boolean => {
    const b = before(i).replace(/[-–—_*]{2,}/gu, ' ').trim();
    if (b === '') return true;
    if (!isAllCaps(b)) return false;
    const words = expandIssuerWords(b);
    return words.length <= 14 && startsWithOrgan(words) && !leadingTypeWord(words.slice(-2).join(' ')) && !/BAN HÀNH|THỰC HIỆN|VỀ/u.test(words.join(' '));
  };

  // Cheap guards first: most candidate lines are body paragraphs with neither.
  const sm = /[ốỐ]/u.test(text) ? SYMBOL_LINE.exec(masked()) : null;
  if (sm) {
    // `12/2018//TT-BKHCN` (lawnet.vn): a doubled slash is a typing slip inside one number
    const code = sm.groups!.code.replace(/[.\-/]+$/u, '').replace(/\/{2,}/gu, '/');
    const value = sm.groups!.num ? `${sm.groups!.num}${code}`.replace(/\s+/g, '') : null;
    const end = sm.index + sm[0].length;
    parts.symbol = { start: line.start + sm.index, end: line.start + end, text: sm[0], value, code, lineStart: lineStartOk(sm.index) };
    markFound(sm.index, end);
  }

  const sub = /(?:^|\s)(V\/v|V\/V|v\/v)(?=[\s:.])/u.exec(masked());
  if (sub && (SUBJECT_LINE.test(text.slice(sub.index).trim()) || sm)) {
    const at = sub.index + sub[0].indexOf(sub[1]);
    parts.subject = { start: line.start + at, end: line.end, text: text.slice(at) };
    markFound(at, text.length);
  }

  const dm = /[Nn]gày/u.test(text) ? PLACE_DATE.exec(masked()) : null;
  if (dm) {
    const g = dm.groups!;
    const issuedOn = g.y ? isoDate(g.d, g.m, g.y) : isoDate(g.d2, g.m2, g.y2);
    parts.date = {
      start: line.start + dm.index,
      end: line.start + dm.index + dm[0].length,
      text: dm[0],
      place: g.place ? g.place.trim() : null,
      issuedOn,
      lineStart: lineStartOk(dm.index),
    };
    markFound(dm.index, dm.index + dm[0].length);
  }

  // Leftover pieces between the masked ones.
  let i = 0;
  while (i < text.length) {
    if (mask[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !mask[j]) j++;
    let s = i;
    let e = j;
    while (s < e && /[\s,;:*]/u.test(text[s])) s++;
    while (e > s && /[\s,;*]/u.test(text[e - 1])) e--;
    const piece = text.slice(s, e);
    if (/\p{L}/u.test(piece) && piece.length >= 2) {
      const p = { start: line.start + s, end: line.start + e, text: piece };
      (isAllCaps(piece) ? parts.caps : parts.other).push(p);
    }
    i = j;
  }
  // `Kỷ niệm 78 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam`: the name in a
  // sentence is not the motto of a header, whose line holds nothing in mixed case.
  if (parts.motto && parts.other.length && !parts.symbol && !parts.date) parts.motto = false;
  return parts;
}

/** `text` with every masked UTF-16 unit replaced by a space (same length, same offsets). */
function applyMask(text: string, mask: Uint8Array): string {
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || mask[i]) {
      if (i > from) out += text.slice(from, i);
      if (i < text.length) out += ' ';
      from = i + 1;
    }
  }
  return out;
}
