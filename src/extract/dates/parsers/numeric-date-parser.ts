import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { endsToken, plausibleYear, startsToken, validDay } from '../date-bounds.js';
import { inNotDateContext } from '../not-date-contexts.js';
import { ending } from '../ending.js';
import { vi } from '../vi-pattern.js';

/**
 * `20/01/2022`, `20-01-2022`, `20.01.2022`, `20/5 năm 2021`: day first, one
 * separator used throughout. Without a year (`05/12`) only right after `ngày`
 * (`trước ngày 05/12`), since bare `24/7`, `61/61`, `19/19` are not dates.
 */
const PATTERN = new RegExp(
  [
    '(?<!\\p{N})', //                   a cheap pre-filter; extract() checks the whole text
    '(\\d{1,2})([/.-])(\\d{1,2})', // day, separator, month
    '(?:\\2(\\d{4})', //              the same separator, year
    `|\\s{0,2}${vi('năm')}\\s{1,3}(\\d{4}))?`, // or `năm 2021`
    '(?![\\p{N}])',
  ].join(''),
  'iu',
);

const NGAY_BEFORE = ending(`(?<![\\p{L}\\p{M}])${vi('ngày')}\\s{1,3}`, 'iu');

/** chrono parser for numeric day-first dates (`20/01/2022`, `20-01-2022`, `20.01.2022`, `ngày 05/12`). */
export const numericDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (!startsToken(text, index) || !endsToken(text, end)) return null;
    const day = Number(match[1]);
    const month = Number(match[3]);
    const yearText = match[4] ?? match[5];
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && !plausibleYear(year)) return null;
    if (!validDay(day, month, year)) return null;
    if (year === null) {
      // A day and month alone is a date only where `ngày` announces it.
      if (match[2] !== '/' && match[2] !== '-') return null;
      if (!NGAY_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return null;
    }
    if (inNotDateContext(text, index)) return null;
    return new DateResult(context, index, match[0], 'day', year === null ? { day, month } : { day, month, year });
  },
};
