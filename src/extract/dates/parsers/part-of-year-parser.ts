import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { plausibleYear, startsToken } from '../date-bounds.js';
import { ending } from '../ending.js';
import { vi } from '../vi-pattern.js';

/**
 * The first or last months of a year, read as the half or quarter they name:
 * `6 tháng đầu năm 2021` → 2021-H1, `6 tháng cuối năm` → H2 of the document's
 * year, `nửa đầu năm 2022` → H1, `3 tháng đầu năm 2022` → Q1. Other counts
 * (`9 tháng đầu năm`) name no calendar unit and are left out. Anchored on
 * `tháng`/`nửa`; the count is read backwards from there.
 */
const PATTERN = new RegExp(
  `(${vi('tháng')}|${vi('nửa')})\\s{1,3}(${vi('đầu|cuối')})\\s{1,3}${vi('năm')}(?:\\s{1,3}(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'iu',
);

/** The count before `tháng`: `6 `, `06 `, `sáu `, `3 `, `ba `. */
const COUNT_BEFORE = ending(`(?:0?[36]|(?<!\\p{L})${vi('sáu|ba')})\\s{1,3}`, 'iu');
const NUA = new RegExp(`^${vi('nửa')}$`, 'iu');
const FIRST = new RegExp(`^${vi('đầu')}$`, 'iu');
const THREE = /^(?:0?3|ba)/iu;

export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (/\p{L}/u.test(text[at - 1] ?? ' ')) return null;
    const year = match[3] === undefined ? undefined : Number(match[3]);
    if (year !== undefined && !plausibleYear(year)) return null;
    const first = FIRST.test(match[2]);
    let index = at;
    let quarter = false;
    if (!NUA.test(match[1])) {
      const count = COUNT_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
      if (!count) return null;
      index = at - count[1].length;
      if (!startsToken(text, index)) return null;
      quarter = THREE.test(count[1]);
    }
    const part = quarter ? (first ? 1 : 4) : first ? 1 : 2;
    const month = quarter ? 3 * part - 2 : part === 1 ? 1 : 7;
    return new DateResult(context, index, text.slice(index, end), quarter ? 'quarter' : 'half', { month, year }, part);
  },
};
