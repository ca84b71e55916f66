import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import type { DateRole } from '../../../types.js';
import { DateResult } from '../date-result.js';
import { DATE_ROLE_CUES } from '../date-role-cues.js';
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
const MENTION_WINDOW = 220;

function roleOf(text: string, result: DateResult): DateRole {
  const before = text.slice(Math.max(0, result.index - CUE_WINDOW), result.index);
  for (const cue of DATE_ROLE_CUES) {
    if (cue.role === 'event') {
      if (followsDocumentMention(text, result.index) || onPlaceAndDateLine(text, result.index)) return 'issue';
    }
    if (cue.before.test(before)) return cue.role;
  }
  return NGAY_START.test(result.text) ? 'event' : null;
}

const NGAY_START = new RegExp(`^${vi('ngày')}`, 'iu');

/** A số ký hiệu: `166/QĐ-UBND`, `05/2007/QH12`, `12-NQ/TU`, `1984/QĐ-BKH&CN`. */
const SYMBOL = /(?<![\p{L}\p{N}])\d{1,5}(?:\/\d{4})?[/-][\p{L}&][\p{L}\p{N}&]{0,11}(?:[-/][\p{L}\p{N}&]{1,12}){0,4}/gu;
/** A type word alone before the date: `Nghị quyết ngày 20/5/2021 của HĐND tỉnh`. */
const TYPE_WORD_BEFORE = new RegExp(
  `(?:${vi('quyết định|nghị quyết|nghị định|thông tư|chỉ thị|kế hoạch|công văn|thông báo|chương trình|báo cáo|tờ trình|luật|pháp lệnh|hướng dẫn|văn bản')})\\s{1,3}(?:${vi('ngày')}\\s{0,3})?$`,
  'iu',
);
const NGAY_END = new RegExp(`${vi('ngày')}\\s{0,3}$`, 'iu');
const ISSUED_END = new RegExp(`(?:${vi('ban hành|ký')})\\s{0,3}$`, 'iu');
const OF_ISSUER = new RegExp(`^${vi('của')}\\s`, 'iu');
const NOT_IN_ISSUER = new RegExp(`[;:\\n]|${vi('ngày')}`, 'iu');

/**
 * True when the date belongs to a document mention: the last symbol before it
 * is followed only by `ngày`, or by a `của …` phrase and `ngày`
 * (`Kế hoạch số 4632/KH-UBND của UBND tỉnh ngày 15/12/2020`).
 */
function followsDocumentMention(text: string, index: number): boolean {
  let window = text.slice(Math.max(0, index - MENTION_WINDOW), index);
  const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(';'));
  if (cut >= 0) window = window.slice(cut + 1);
  if (TYPE_WORD_BEFORE.test(window)) return true;
  let lastEnd = -1;
  for (const m of window.matchAll(SYMBOL)) lastEnd = (m.index ?? 0) + m[0].length;
  if (lastEnd < 0) return false;
  let gap = window.slice(lastEnd);
  gap = gap.replace(NGAY_END, '').trimEnd();
  gap = gap.replace(ISSUED_END, '').trimEnd();
  gap = gap.replace(/^[\s,)]{0,6}/u, '').replace(/,$/u, '');
  if (gap === '') return true;
  return gap.length <= 150 && OF_ISSUER.test(gap) && !NOT_IN_ISSUER.test(gap);
}

/** Words a place name may hold in lower case: `Thành phố Hồ Chí Minh`, `Thị xã Sa Pa`. */
const LOWER_PLACE_WORDS = new Set(['phố', 'xã', 'thị', 'trấn']);

/**
 * True on the place-and-date line of a header: the line starts with a place
 * name, every word capitalized, then a comma (`Lào Cai, ngày 20 tháng 5 năm
 * 2021`, `TP. Hồ Chí Minh, ngày 05/10/2021`, `Điện Biên, ngày tháng 12 năm 2021`).
 */
function onPlaceAndDateLine(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (index - lineStart > 60) return false;
  const prefix = text.slice(lineStart, index).replace(NGAY_END, '').trimEnd();
  if (!prefix.endsWith(',')) return false;
  const words = prefix.slice(0, -1).trim().split(/\s+/u);
  if (words.length === 0 || words.length > 6 || words[0] === '') return false;
  return words.every((w, i) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) || (i > 0 && LOWER_PLACE_WORDS.has(w)));
}
