import type { ExtractContext, Period } from '../../types.js';
import { DASH, endsToken, plausibleYear } from '../dates/date-bounds.js';
import { ending } from '../dates/ending.js';
import { vi } from '../dates/vi-pattern.js';

/**
 * `đến năm 2030`, `tầm nhìn đến năm 2050`, `định hướng đến năm 2030`,
 * `giai đoạn đến năm 2025`, `đến hết năm 2025`: a horizon with no start year.
 */
const HORIZON = new RegExp(
  `(?:(?:${vi('tầm nhìn|định hướng|giai đoạn')})\\s{1,3})?${vi('đến|tới')}\\s{1,3}(?:${vi('hết')}\\s{1,3})?${vi('năm')}\\s{1,3}(\\d{4})`,
  'giu',
);
/**
 * `từ năm 2021 đến năm 2025`, `2021 đến năm 2025`: the end of an explicit
 * range, a period. A year that itself ends a range (`2021-2030 tầm nhìn đến
 * năm 2050`) does not open one.
 */
const RANGE_START_BEFORE = ending(`(?<!${DASH}\\s{0,3})\\d{4}\\s{1,3}`, 'u');

/**
 * Open-start periods (`from: null`): the year a plan looks to, as in
 * `Chiến lược … đến năm 2030, tầm nhìn đến năm 2050`. Kept out of
 * findPeriods because the spec's periods are explicit ranges only (the
 * scorer matches on `from-to`, so `null-2030` would count as a false positive).
 */
export function findHorizons(ctx: ExtractContext): Period[] {
  const { text } = ctx;
  const horizons: Period[] = [];
  for (const m of text.matchAll(HORIZON)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const to = Number(m[1]);
    if (/[\p{L}\p{M}]/u.test(text[index - 1] ?? ' ') || !endsToken(text, end) || !plausibleYear(to)) continue;
    if (RANGE_START_BEFORE.test(text.slice(Math.max(0, index - 16), index))) continue;
    horizons.push({ text: m[0], from: null, to, start: index, end, section: '' });
  }
  return horizons;
}
