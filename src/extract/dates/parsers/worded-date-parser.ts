import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { endsToken, plausibleYear, startsToken, validDay } from '../date-bounds.js';
import { ending } from '../ending.js';
import { vi } from '../vi-pattern.js';

/**
 * Dates written with the word `tháng`, anchored on it (one cheap scan for the
 * word instead of one per digit):
 * - a day: `ngày 20 tháng 5 năm 2021`, `ngày 20 tháng 05/2021`, `20 tháng 5, 2021`,
 *   and `ngày 20 tháng 5` (no year: only after `ngày`); the text starts at
 *   `ngày` when the word is there, as the place-and-date line writes it;
 * - a month: `tháng 12 năm 2021`, `tháng 12/2021`, `Tháng 01-2022`;
 * - a date whose day was left blank, as a draft's place-and-date line has it:
 *   `ngày tháng 12 năm 2021`, `ngày … tháng 12 năm 2021` (month precision:
 *   the day is unknown, not the first).
 */
const PATTERN = new RegExp(
  [
    `${vi('tháng')}\\s{0,3}(\\d{1,2})`, //                    `tháng`, month
    '(?:', //                                                 then the year as
    `(?:\\s{0,3},)?\\s{0,3}${vi('năm')}\\s{1,3}(\\d{4})`, //   `năm 2021` / `, năm 2021`
    '|\\s{0,2}[/.-]\\s{0,2}(\\d{4})', //                       `/2021`
    '|\\s{0,2},\\s{0,3}(\\d{4})', //                           `, 2021`
    ')?',
  ].join(''),
  'iu',
);

/** The day before `tháng`, with `ngày` if written: `ngày 20 `, `20`. */
const DAY_BEFORE = ending(`(?:(?<![\\p{L}\\p{M}])${vi('ngày')}\\s{0,3})?\\d{1,2}\\s{0,3}`, 'iu');
/** `ngày`, then only blanks, dots or underscores where the day would be. */
const BLANK_DAY_BEFORE = ending(`(?<![\\p{L}\\p{M}])${vi('ngày')}[\\s.…_]{1,20}`, 'iu');

/** chrono parser for dates written with `tháng` (`ngày 20 tháng 5 năm 2021`, `tháng 12/2021`, `ngày tháng 12 năm 2021`). */
export const wordedDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (/[\p{L}\p{M}]/u.test(text[at - 1] ?? ' ') || !endsToken(text, end)) return null;
    const month = Number(match[1]);
    const yearText = match[2] ?? match[3] ?? match[4];
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && !plausibleYear(year)) return null;
    const before = text.slice(Math.max(0, at - 24), at);
    const dayBefore = DAY_BEFORE.exec(before);
    if (dayBefore) {
      const written = dayBefore[1];
      const index = at - written.length;
      if (!startsToken(text, index)) return null;
      const day = Number(/\d{1,2}/u.exec(written)?.[0]);
      if (!validDay(day, month, year)) return null;
      const withNgay = !/^\d/u.test(written);
      // `3 tháng 6 năm` is a count of months, not a date, unless `ngày` says so.
      if (year === null && !withNgay) return null;
      return new DateResult(context, index, text.slice(index, end), 'day', year === null ? { day, month } : { day, month, year });
    }
    if (year === null || month < 1 || month > 12) return null;
    const blank = BLANK_DAY_BEFORE.exec(before);
    const index = blank ? at - blank[1].length : at;
    return new DateResult(context, index, text.slice(index, end), 'month', { month, year });
  },
};
