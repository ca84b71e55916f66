import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateRole } from '../../../types.js';
import { DateResult } from '../date-result.js';
import { DATE_ROLE_CUES } from '../date-role-cues.js';
import { ending } from '../ending.js';
import { vi } from '../vi-pattern.js';

/**
 * Gives each date the role its text gives it (see date-role-cues.ts): a
 * deadline after `trước`/`chậm nhất`/`hạn`, the effective date after
 * `có hiệu lực`/`kể từ`, the issue date of a cited document or of the
 * document itself, an event after `ngày`/`vào`/`trong`…, else null.
 */
export const dateRoleRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) if (result instanceof DateResult) result.role = roleOf(context.text, result);
    return results;
  },
};

const CUE_WINDOW = 60;
/** Room for a symbol, an issuer phrase (`của Ban chấp hành Đảng bộ tỉnh …`) and `ngày`. */
const MENTION_WINDOW = 220;

function roleOf(text: string, result: DateResult): DateRole {
  const before = text.slice(Math.max(0, result.index - CUE_WINDOW), result.index);
  const afterNgay = NGAY_START.test(result.text) || NGAY_END.test(before);
  for (const cue of DATE_ROLE_CUES) {
    if (cue.role === 'event') {
      // A cited document's date follows `ngày`; the place-and-date line's too.
      if (afterNgay && followsDocumentMention(text, result)) return 'issue';
      if (onPlaceAndDateLine(before)) {
        result.own = true;
        return 'issue';
      }
    }
    if (cue.before.test(before)) return cue.role;
  }
  return afterNgay ? 'event' : null;
}

const NGAY_START = new RegExp(`^${vi('ngày')}`, 'iu');
const NGAY_END = ending(`(?<![\\p{L}\\p{M}])${vi('ngày')}\\s{0,3}`, 'iu');

/** A số ký hiệu as a whole token: `166/QĐ-UBND`, `05/2007/QH12`, `12-NQ/TU`, `1984/QĐ-BKH&CN`, `150/TB-SKH-CN`. */
const SYMBOL_TOKEN = /^\d{1,5}(?:\/\d{4})?[/-][\p{L}&][\p{L}\p{N}&]{0,11}(?:[-/][\p{L}\p{N}&]{1,12}){0,4}$/u;
/** `(ban hành) ngày` right before the date, the `ngày` optional when the date text holds it. */
const NGAY_TAIL = ending(`[\\s,]{0,3}(?:${vi('ban hành|ký')}\\s{1,3})?(?:${vi('ngày')}\\s{0,3})?`, 'iu');
/** The start of a `của …` issuer phrase. */
const OF = new RegExp(`(?<![\\p{L}\\p{M}])${vi('của')}\\s`, 'giu');
/** A type word alone before the date: `Nghị quyết ngày 20/5/2021 của HĐND tỉnh`. */
const TYPE_WORD_BEFORE = ending(
  `(?<![\\p{L}\\p{M}])${vi('quyết định|nghị quyết|nghị định|thông tư|chỉ thị|kế hoạch|công văn|thông báo|chương trình|báo cáo|tờ trình|luật|pháp lệnh|hướng dẫn|văn bản')}\\s{1,3}(?:${vi('ngày')}\\s{0,3})?`,
  'iu',
);

/**
 * True when the date belongs to a document mention: a symbol, then only
 * `ngày` (`Quyết định số 166/QĐ-UBND ngày 20/01/2022`), or a `của …` phrase
 * without digits or clause breaks, then `ngày` (`Kế hoạch số 4632/KH-UBND của
 * UBND tỉnh ngày 15/12/2020`), or a type word alone (`Nghị quyết ngày …`).
 * Read with token scans rather than one backwards regex: a lookbehind over
 * the symbol grammar backtracks on every date that has no symbol before it.
 */
function followsDocumentMention(text: string, result: DateResult): boolean {
  const window = text.slice(Math.max(0, result.index - MENTION_WINDOW), result.index);
  const tail = NGAY_TAIL.exec(window);
  const head = tail ? window.slice(0, window.length - tail[1].length) : window;
  if (lastTokenIsSymbol(head)) return true;
  let of = -1;
  for (const m of head.matchAll(OF)) of = m.index ?? -1;
  if (of >= 0 && !/[;:\n\d]/u.test(head.slice(of)) && lastTokenIsSymbol(head.slice(0, of))) return true;
  return TYPE_WORD_BEFORE.test(window);
}

/** True when the last word of `s` (closing parentheses and commas aside) is a symbol. */
function lastTokenIsSymbol(s: string): boolean {
  let end = s.length;
  while (end > 0 && (isSpace(s.charCodeAt(end - 1)) || s[end - 1] === ',' || s[end - 1] === ')')) end--;
  let start = end;
  while (start > 0 && end - start <= 40 && !isSpace(s.charCodeAt(start - 1)) && s[start - 1] !== '(') start--;
  // A symbol starts with a digit: most words before `ngày` are not one.
  const first = s.charCodeAt(start);
  if (!(first >= 48 && first <= 57)) return false;
  return SYMBOL_TOKEN.test(s.slice(start, end));
}

/** Space, tab, line break, no-break space: the whitespace a normalized text can hold. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/** Words a place name may hold in lower case: `Thành phố Hồ Chí Minh`, `Thị xã Sa Pa`. */
const LOWER_PLACE_WORDS = new Set(['phố', 'xã', 'thị', 'trấn']);

/**
 * True on the place-and-date line of a header: a place name, every word
 * capitalized, then a comma (`Lào Cai, ngày 20 tháng 5 năm 2021`, `TP. Hồ Chí
 * Minh, ngày 05/10/2021`, `Điện Biên, ngày tháng 12 năm 2021`). The name starts
 * its line, or follows the document's `Số: …` symbol or a wide gap when a web
 * page has put the two header columns on one line
 * (`Số: 13/CT-UBND    Lào Cai, ngày 20 tháng 5 năm 2021`).
 * `before` is the text before the date, up to CUE_WINDOW characters.
 */
function onPlaceAndDateLine(before: string): boolean {
  const lineStart = before.lastIndexOf('\n') + 1;
  const ngay = NGAY_END.exec(before);
  const prefix = before.slice(lineStart, ngay ? before.length - ngay[1].length : before.length).trimEnd();
  if (!prefix.endsWith(',')) return false;
  const words = prefix.slice(0, -1).split(/(\s+)/u);
  // words alternates word, space, word…: walk back over capitalized words.
  let i = words.length - 1;
  let count = 0;
  while (i >= 0 && count < 6 && (PLACE_WORD.test(words[i]) || (count > 0 && LOWER_PLACE_WORDS.has(words[i])))) {
    count++;
    i -= 2;
  }
  if (count === 0 || LOWER_PLACE_WORDS.has(words[i + 2])) return false;
  if (i < 0) return lineStart > 0 || before.length < CUE_WINDOW; // the name starts the line
  const gap = words[i + 1];
  return gap.includes('\t') || gap.length >= 2 || /\d\/|\/\p{Lu}/u.test(words[i]);
}

const PLACE_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;
