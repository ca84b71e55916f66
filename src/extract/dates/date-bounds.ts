/**
 * Token boundaries around a date candidate, read from the whole text.
 *
 * chrono runs each parser's pattern on the text *after* its previous match (or
 * after the previous failed start + 1), so a lookbehind in the pattern sees a
 * cut string and would accept `1/02/2022` inside `31/02/2022`. Every check
 * that looks left therefore reads `context.text` with absolute indices.
 */

/** Years a date or period may name (1945: the state's first documents). */
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

/**
 * A dash between the years of a range, as regex source: hyphen-minus, the
 * Unicode hyphens, figure dash, en dash (`2021 – 2030`), em dash, minus sign.
 */
export const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';

/** True when `year` is a year a document may name. */
export function plausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const ALNUM = /[\p{L}\p{M}\p{N}]/u;

/**
 * True when a numeric token may start at `index`: not glued to a word or a
 * number on the left (`QĐ20/01/2022`, `105/12/2020`), not the tail of a
 * symbol or a dotted number (`/12/2020`, `1.20.01.2022`).
 */
export function startsToken(text: string, index: number): boolean {
  const prev = text[index - 1];
  if (prev === undefined) return true;
  if (ALNUM.test(prev)) return false;
  if (prev === '/' || prev === '.' || prev === '\\') return !ALNUM.test(text[index - 2] ?? ' ');
  if (prev === '-') return !/[\p{L}\p{M}]/u.test(text[index - 2] ?? ' ');
  return true;
}

/**
 * True when a numeric token may end at `end`: not glued to a word or number on
 * the right, not continued as a symbol (`24/12/2020/QĐ`, `2021-2025-KH`) or a
 * longer dotted or slashed number (`20.01.2022.5`, `12/2021/TT`).
 */
export function endsToken(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (ALNUM.test(next)) return false;
  const after = text[end + 1] ?? ' ';
  // `20.01.2022.5`, `1,5`: a longer number. `24/12/2020/QĐ`, `12/2021/TT`: a symbol.
  if (next === '.' || next === ',') return !/\p{N}/u.test(after);
  if (next === '/' || next === '\\') return !ALNUM.test(after);
  // `2021-2025-KH` is a code; `01/6/2021-05/6/2021` is two dates.
  if (next === '-') return !/\p{L}/u.test(after);
  return true;
}

/** Number of days in a month of a (possibly unknown: leap-tolerant) year. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month (and year, if known) name a real calendar day. */
export function validDay(day: number, month: number, year: number | null): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}
