import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { endsToken, plausibleYear } from '../date-bounds.js';
import { vi } from '../vi-pattern.js';

/**
 * A quarter: `quý I/2022`, `quý IV năm 2021`, `Quý 3-2022`, `quý II` (the
 * year then comes from the document's date, if any). Roman or Arabic numeral.
 */
const PATTERN = new RegExp(
  [
    `${vi('quý|quí')}\\s{1,3}(IV|I{1,3}|[1-4])`,
    `(?:\\s{0,2}[/-]\\s{0,2}(\\d{4})|\\s{0,2},?\\s{0,2}${vi('năm')}\\s{1,3}(\\d{4}))?`,
  ].join(''),
  'iu',
);

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** chrono parser for quarters (`quý I/2022`, `Quý IV năm 2021`). */
export const quarterDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (/[\p{L}\p{M}]/u.test(text[index - 1] ?? ' ') || !endsToken(text, end)) return null;
    const quarter = ROMAN[match[1].toUpperCase()] ?? Number(match[1]);
    const yearText = match[2] ?? match[3];
    const year = yearText === undefined ? undefined : Number(yearText);
    if (year !== undefined && !plausibleYear(year)) return null;
    // Quarter q starts in month 3q-2: chrono's components keep that month.
    return new DateResult(context, index, match[0], 'quarter', { month: 3 * quarter - 2, year }, quarter);
  },
};
