import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { plausibleYear, startsToken } from '../date-bounds.js';
import { vi } from '../vi-pattern.js';

/**
 * The first or last months of a year, read as the half or quarter they name:
 * `6 tháng đầu năm 2021` → 2021-H1, `6 tháng cuối năm` → H2 of the document's
 * year, `nửa đầu năm 2022` → H1, `3 tháng đầu năm 2022` → Q1. Other counts
 * (`9 tháng đầu năm`) name no calendar unit and are left out.
 */
const PATTERN = new RegExp(
  [
    `(?:(0?[36]|${vi('sáu|ba')})\\s{1,3}${vi('tháng')}|${vi('nửa')})`,
    `\\s{1,3}(${vi('đầu|cuối')})\\s{1,3}${vi('năm')}`,
    '(?:\\s{1,3}(\\d{4}))?',
  ].join(''),
  'iu',
);

const FIRST = new RegExp(`^${vi('đầu')}$`, 'iu');
const THREE = new RegExp(`^(?:0?3|${vi('ba')})$`, 'iu');

export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (!startsToken(text, index) || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) return null;
    if (/\p{L}/u.test(text[index - 1] ?? ' ')) return null;
    const year = match[3] === undefined ? undefined : Number(match[3]);
    if (year !== undefined && !plausibleYear(year)) return null;
    const first = FIRST.test(match[2]);
    if (match[1] !== undefined && THREE.test(match[1])) {
      const quarter = first ? 1 : 4;
      return new DateResult(context, index, match[0], 'quarter', { month: 3 * quarter - 2, year }, quarter);
    }
    const half = first ? 1 : 2;
    return new DateResult(context, index, match[0], 'half', { month: half === 1 ? 1 : 7, year }, half);
  },
};
