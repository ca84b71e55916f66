/** A number read from digits, with what its shape tells. */
export interface Numeral {
  value: number;
  /** The total of a fraction (`61/61` → 61), or the top of a joined range (`02-03` → 3). */
  max: number | null;
  /** `a/b` out of a total. */
  fraction: boolean;
  /** `a-b` written without spaces. */
  range: boolean;
  /** Four digits between 1900 and 2100, no separators: reads as a year. */
  yearLike: boolean;
  start: number;
  end: number;
}

/** The end of the run of digits, with `.` or `,` between digits (`1.500.000`, `12,5`, `2.4.1`), from `start`. */
function digitRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c >= '0' && c <= '9') i++;
    else if ((c === '.' || c === ',') && isDigit(text[i + 1]) && i > start) i++;
    else break;
  }
  return i;
}
const WORDISH = /[\p{L}\p{M}_]/u;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && WORDISH.test(c);

/**
 * The value of one digit token as Vietnamese writes numbers: `.` groups
 * thousands (`1.500.000`), `,` marks decimals (`12,5`; `2.345,6`). A dot
 * decimal (`12.5`) is read only when `dotDecimal` (before `%`). Anything else
 * (`2.4.1`, `20.01.2022`, `0214.3840`) is no quantity: null.
 */
export function parseDigits(raw: string, dotDecimal: boolean): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  if (dotDecimal && /^\d+\.\d{1,2}$/.test(raw)) return Number(raw);
  return null;
}

/**
 * Reads the number whose first digit is at `start`, or null when the digits
 * are part of something that is no quantity:
 * - a code or name (`Covid-19`, `12-NQ/TU`, `166/QĐ-UBND`, `1A`, `8h30`, `m2`),
 * - a date or a time (`20/01/2022`, `05/12` after `ngày`, `20-01-2022`, `14:30`),
 * - a standard (`9001:2015`), a year range (`2021-2025`),
 * - a multi-level label or a phone number (`2.4.1`, `0214.3840.123`, `0912`).
 * A fraction (`61/61`) gives value and max; a joined range (`02-03`) too.
 */
export function readNumeral(text: string, start: number): Numeral | null {
  const before = text[start - 1];
  if (isLetter(before) || isDigit(before)) return null;
  if ((before === '-' || before === '/' || before === '.' || before === ':' || before === '–') &&
      (isLetter(text[start - 2]) || isDigit(text[start - 2]))) return null;
  const runEnd = digitRunEnd(text, start);
  if (runEnd === start) return null;
  const raw = text.slice(start, runEnd);
  const end = runEnd;
  const next = text[end];
  if (isLetter(next)) return null;
  if (/^0\d{3,}$/.test(raw)) return null; // phone numbers, codes
  // what follows the digits: `%` allows a dot decimal
  let k = end;
  while (text[k] === ' ') k++;
  const value = parseDigits(raw, text[k] === '%');
  if (value === null) return null;
  const yearLike = /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100;

  if (next === ':' && isDigit(text[end + 1])) return null; // 9001:2015, 14:30
  if (next === '/' || next === '-' || next === '–') {
    if (isLetter(text[end + 1])) return null; // 166/QĐ, 12-NQ
    if (isDigit(text[end + 1])) {
      const end2 = digitRunEnd(text, end + 1);
      const m2 = [text.slice(end + 1, end2)];
      const after = text[end2];
      // a third part (`20/01/2022`, `05/2007/QH12`) or letters glued on: a date or a symbol
      if (after === '/' || after === '-' || after === '.' && isDigit(text[end2 + 1]) || isLetter(after)) return null;
      const second = parseDigits(m2[0], false);
      if (second === null) return null;
      if (/^\d{4}$/.test(m2[0])) return null; // 5/2021, 2021-2025
      if (next === '/') {
        if (dateLikeBefore(text, start) && value >= 1 && value <= 31 && second >= 1 && second <= 12) return null;
        if (second < value) return null;
        return { value, max: second, fraction: true, range: false, yearLike: false, start, end: end2 };
      }
      if (yearLike || second <= value) return null;
      return { value, max: second, fraction: false, range: true, yearLike: false, start, end: end2 };
    }
  }
  return { value, max: null, fraction: false, range: false, yearLike, start, end };
}

/** Is a `d/m` at `start` introduced as a day (`ngày 05/12`, `trước 05/12`, `đến 30/6`)? */
function dateLikeBefore(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 12), start).toLowerCase();
  return /(?:ngày|trước|sau|đến|hạn|từ|hết|tới|vào)\s*$/u.test(head);
}
