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
 * `đầu năm`/`cuối năm` (rarer than `tháng`); the count is read backwards.
 */
const PATTERN = new RegExp(`(${vi('đầu|cuối')})\\s{1,3}${vi('năm')}(?:\\s{1,3}(\\d{4}))?(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

/** What stands before `đầu`/`cuối`: `6 tháng `, `06 tháng `, `sáu tháng `, `3 tháng `, `ba tháng `, `nửa `. */
const COUNT_BEFORE = ending(`(?:0?[36]|(?<![\\p{L}\\p{M}])${vi('sáu|ba')})\\s{1,3}${vi('tháng')}\\s{1,3}|(?<![\\p{L}\\p{M}])${vi('nửa')}\\s{1,3}`, 'iu');
const FIRST = new RegExp(`^${vi('đầu')}$`, 'iu');
const THREE = /^(?:0?3|ba)\s/iu;

/** chrono parser for halves and quarters named by their months (`6 tháng đầu năm 2021`, `3 tháng cuối năm`). */
export const partOfYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const at = match.index ?? 0;
    const end = at + match[0].length;
    const year = match[2] === undefined ? undefined : Number(match[2]);
    if (year !== undefined && !plausibleYear(year)) return null;
    const count = COUNT_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (!count) return null;
    const index = at - count[1].length;
    if (!startsToken(text, index)) return null;
    const first = FIRST.test(match[1]);
    const quarter = THREE.test(count[1]);
    const part = quarter ? (first ? 1 : 4) : first ? 1 : 2;
    const month = quarter ? 3 * part - 2 : part === 1 ? 1 : 7;
    return new DateResult(context, index, text.slice(index, end), quarter ? 'quarter' : 'half', { month, year }, part);
  },
};
