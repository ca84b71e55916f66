import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { endsToken, plausibleYear } from '../date-bounds.js';
import { vi } from '../vi-pattern.js';

/**
 * A month of a year: `tháng 12 năm 2021`, `tháng 12/2021`, `Tháng 01-2022`;
 * and a date whose day was left blank, as a draft's place-and-date line has it:
 * `ngày tháng 12 năm 2021`, `ngày … tháng 12 năm 2021` (month precision: the
 * day is unknown, not the first).
 */
const PATTERN = new RegExp(
  `${vi('tháng')}\\s{1,3}(\\d{1,2})(?:\\s{1,3}${vi('năm')}\\s{1,3}|\\s{0,2}[/.-]\\s{0,2})(\\d{4})`,
  'iu',
);

/** `ngày`, then only blanks, dots or underscores where the day would be. */
const BLANK_DAY_BEFORE = new RegExp(`${vi('ngày')}[\\s.…_]{1,20}$`, 'iu');
/** `20 tháng 12 …`, `6 tháng 12/2021`: a day date or a duration, read by other parsers. */
const NUMBER_BEFORE = /\p{N}\s{0,3}$/u;

export const monthDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    let index = match.index ?? 0;
    const end = index + match[0].length;
    if (/\p{L}/u.test(text[index - 1] ?? ' ') || !endsToken(text, end)) return null;
    const month = Number(match[1]);
    const year = Number(match[2]);
    if (month < 1 || month > 12 || !plausibleYear(year)) return null;
    const before = text.slice(Math.max(0, index - 24), index);
    if (NUMBER_BEFORE.test(before)) return null;
    const blank = BLANK_DAY_BEFORE.exec(before);
    if (blank) index -= blank[0].length;
    return new DateResult(context, index, text.slice(index, end), 'month', { month, year });
  },
};
