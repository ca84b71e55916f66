import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { endsToken, plausibleYear, startsToken, validDay } from '../date-bounds.js';
import { vi } from '../vi-pattern.js';

/**
 * `ngày 20 tháng 5 năm 2021`, `ngày 20 tháng 05/2021`, `20 tháng 5, 2021`,
 * and `ngày 20 tháng 5` (no year: only after `ngày`). The text starts at
 * `ngày` when the word is there, as the place-and-date line writes it.
 */
const PATTERN = new RegExp(
  [
    `(\\d{1,2})\\s{0,3}${vi('tháng')}\\s{0,3}(\\d{1,2})`, // day, `tháng`, month
    '(?:', //                                                 then the year as
    `(?:\\s{0,3},)?\\s{0,3}${vi('năm')}\\s{1,3}(\\d{4})`, //   `năm 2021` / `, năm 2021`
    '|\\s{0,2}[/.-]\\s{0,2}(\\d{4})', //                       `/2021`
    '|\\s{0,2},\\s{0,3}(\\d{4})', //                           `, 2021`
    ')?',
  ].join(''),
  'iu',
);

const NGAY_BEFORE = new RegExp(`${vi('ngày')}\\s{1,3}$`, 'iu');

export const wordedDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    let index = match.index ?? 0;
    const end = index + match[0].length;
    if (!startsToken(text, index) || !endsToken(text, end)) return null;
    const day = Number(match[1]);
    const month = Number(match[2]);
    const yearText = match[3] ?? match[4] ?? match[5];
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && !plausibleYear(year)) return null;
    if (!validDay(day, month, year)) return null;
    const ngay = NGAY_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
    // `3 tháng 6 năm` is a count of months, not a date, unless `ngày` says so.
    if (year === null && !ngay) return null;
    if (ngay) index -= ngay[0].length;
    return new DateResult(context, index, text.slice(index, end), 'day', year === null ? { day, month } : { day, month, year });
  },
};
