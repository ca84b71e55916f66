import type { ExtractContext, Period } from '../../types.js';
import { DASH, endsToken, plausibleYear, startsToken } from '../dates/date-bounds.js';
import { inNotDateContext } from '../dates/not-date-contexts.js';
import { ending } from '../dates/ending.js';
import { vi } from '../dates/vi-pattern.js';

/**
 * Explicit year ranges, anchored on the first year:
 * `2021 - 2025`, `2021-2025`, `2021–2030`, `2021—2030` (any dash, spaces or none),
 * and `2021 đến năm 2025` when `từ`/`giai đoạn` opens it (`từ năm 2021 đến năm 2025`).
 */
const RANGE = new RegExp(
  `(\\d{4})(?:\\s{0,3}${DASH}\\s{0,3}|\\s{1,3}(${vi('đến|tới')})\\s{1,3}(?:${vi('hết')}\\s{1,3})?(?:${vi('năm')}\\s{1,3})?)(\\d{4})`,
  'giu',
);

/**
 * The words that introduce a range and belong to its text (`giai đoạn 2021 - 2025`,
 * `từ năm 2021 đến năm 2025`, `niên khóa 2021-2022`, `năm 2021 - 2025`).
 */
const INTRO_BEFORE = ending(
  `(?:(?:${vi('giai đoạn|thời kỳ|nhiệm kỳ|niên khóa|niên khoá|năm học')})\\s{1,3}(?:${vi('từ')}\\s{1,3})?(?:${vi('năm')}\\s{1,3})?|${vi('từ')}\\s{1,3}(?:${vi('năm')}\\s{1,3})?|${vi('năm')}\\s{1,3})`,
  'iu',
);
/**
 * A `đến` range is a period only where a period word or `năm` says so:
 * `từ năm 2021 đến năm 2025`, `giai đoạn từ 2016 đến 2020`, `từ 2021 đến năm 2025`;
 * `từ 2021 đến 2025 hồ sơ` may be a count.
 */
const OPENS_WORDED_RANGE = ending(
  `(?:${vi('giai đoạn|thời kỳ')})\\s{1,3}(?:${vi('từ')}\\s{1,3})?(?:${vi('năm')}\\s{1,3})?|${vi('từ')}\\s{1,3}${vi('năm')}\\s{1,3}`,
  'iu',
);
const NAM = new RegExp(vi('năm'), 'iu');
/** A third number chained on: `2021-2025-0001` is a code. */
const CHAINED_AFTER = new RegExp(`^\\s?${DASH}\\s?\\d`, 'u');
/** Digits just before, as in a phone number `0294 2021-2025`. */
const DIGIT_GROUP_BEFORE = ending('\\d[\\s.]{1,2}', 'u');

/**
 * Every explicit year range, in document order, one entry per occurrence:
 * `giai đoạn 2021 - 2025` → 2021–2025, `2021–2030`, `từ năm 2021 đến năm 2025`.
 * Both years must be plausible (1945–2100) and the end after the start; a
 * range glued to a symbol (`12/2021-2025/QĐ`) or a phone number is not one.
 * Open ranges (`đến năm 2030`, `tầm nhìn đến năm 2050`) are not periods:
 * the gold counts only explicit ranges; see findHorizons.
 */
export function findPeriods(ctx: ExtractContext): Period[] {
  const { text } = ctx;
  const periods: Period[] = [];
  for (const m of text.matchAll(RANGE)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const from = Number(m[1]);
    const to = Number(m[3]);
    if (!plausibleYear(from) || !plausibleYear(to) || to <= from) continue;
    if (!startsToken(text, index) || !endsToken(text, end)) continue;
    const before = text.slice(Math.max(0, index - 40), index);
    if (m[2] !== undefined && !OPENS_WORDED_RANGE.test(before) && !NAM.test(m[0])) continue;
    if (CHAINED_AFTER.test(text.slice(end, end + 3))) continue;
    if (DIGIT_GROUP_BEFORE.test(before) || inNotDateContext(text, index)) continue;
    const intro = INTRO_BEFORE.exec(before);
    const start = intro ? index - intro[1].length : index;
    periods.push({ text: text.slice(start, end), from, to, start, end, section: '' });
  }
  return periods;
}
