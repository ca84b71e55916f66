import type { Parser, ParsingContext } from 'chrono-node';
import { DateResult } from '../date-result.js';
import { DASH, endsToken, plausibleYear } from '../date-bounds.js';
import { ending } from '../ending.js';
import { vi } from '../vi-pattern.js';

/**
 * A year standing as a time expression: `năm 2022`, `trong năm 2021`,
 * `từ năm 2022`, `trước năm 2025`. Not a year that ends or starts a range
 * (`đến năm 2030`, `năm 2021 - 2025`, `từ năm 2021 đến năm 2025`: periods and
 * horizons, found by the periods extractor), nor one that is part of a name
 * (`Chỉ thị 13/CT-UBND năm 2021`, `Luật Đất đai năm 2013`).
 */
const PATTERN = new RegExp(`${vi('năm')}\\s{1,3}(\\d{4})`, 'iu');

/** A second year after a dash or `đến`: the year opens a range. */
const RANGE_AFTER = new RegExp(
  `^(?:\\s{0,3}${DASH}\\s{0,3}|\\s{1,3}${vi('đến|tới')}\\s{1,3}(?:${vi('hết')}\\s{1,3})?(?:${vi('năm')}\\s{1,3})?)\\d{4}`,
  'iu',
);
/** `đến năm 2030`, `tới hết năm 2025`: the end of a period or a horizon. */
const RANGE_END_BEFORE = ending(`(?<![\\p{L}\\p{M}])${vi('đến|tới')}(?:\\s{1,3}${vi('hết')})?\\s{1,3}`, 'iu');
/** `tháng 5 năm 2021`, `ngày 32 tháng 5 năm 2021`: the year of a month or day date, valid or not, never a year alone. */
const MONTH_BEFORE = ending(`${vi('tháng')}\\s{1,3}\\d{1,2}\\s{0,3},?\\s{0,3}`, 'iu');
/** A law, code or ordinance named with its year: `Luật Chất lượng sản phẩm, hàng hóa năm 2007`. */
const LAW_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${vi('Luật|Bộ luật|Hiến pháp|Pháp lệnh|LUẬT|BỘ LUẬT|HIẾN PHÁP|PHÁP LỆNH')})\\s{1,3}\\p{Lu}`, 'gu');
const LAW_NAME_WINDOW = 90;

/** chrono parser for a year standing alone as a time expression (`trong năm 2021`, `trước năm 2025`). */
export const yearDateParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const text = context.text;
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (/[\p{L}\p{M}]/u.test(text[index - 1] ?? ' ') || !endsToken(text, end)) return null;
    const year = Number(match[1]);
    if (!plausibleYear(year)) return null;
    if (RANGE_AFTER.test(text.slice(end, end + 24))) return null;
    const before = text.slice(Math.max(0, index - 100), index);
    if (RANGE_END_BEFORE.test(before) || MONTH_BEFORE.test(before) || followsSymbol(before) || inLawName(before)) return null;
    return new DateResult(context, index, match[0], 'year', { year });
  },
};

/** True when the last word before is a document symbol: `13/CT-UBND năm 2021` names the document. */
function followsSymbol(before: string): boolean {
  if (!/\s$/u.test(before)) return false;
  const trimmed = before.trimEnd();
  const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\t'));
  const token = trimmed.slice(cut + 1);
  return token.includes('/') && /\p{L}/u.test(token);
}

/** True when a law's name (`Luật` + a capitalized word) runs up to the year without a clause break. */
function inLawName(before: string): boolean {
  const window = before.slice(-LAW_NAME_WINDOW);
  let last = -1;
  for (const m of window.matchAll(LAW_WORD)) last = m.index ?? -1;
  return last >= 0 && !/[;:.\n()]/u.test(window.slice(last));
}
