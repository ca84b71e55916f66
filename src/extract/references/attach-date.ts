import { DATE_AFTER } from './patterns.js';

/** A date tied to a mention. */
export interface AttachedDate {
  /** Where the attaching words start (`ngày`, `ban hành ngày`), after any comma or space. */
  start: number;
  /** End of the date (exclusive). */
  end: number;
  /** ISO `YYYY-MM-DD`. */
  value: string;
}

/**
 * Reads the date tied to a mention at `at` (right after its symbol or its
 * issuer phrase): `… ngày 15/12/2020`, `, ngày 20 tháng 5 năm 2021`,
 * `ban hành ngày …`. Only a date right there belongs to the mention, so a
 * date of the next mention is never taken. A `Ngày` that opens a new line is
 * a new sentence, not this mention's date. Returns null when there is none or
 * it is not a real calendar day.
 */
export function attachDate(text: string, at: number): AttachedDate | null {
  DATE_AFTER.lastIndex = at;
  const m = DATE_AFTER.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const word = g.word;
  if (g.gap.includes('\n') && word !== 'ngày') return null;
  const value = isoDate(g.d1 ?? g.d2, g.m1 ?? g.m2, g.y1 ?? g.y2);
  if (!value) return null;
  return { start: at + g.gap.length, end: at + m[0].length, value };
}

/** `YYYY-MM-DD` for a real calendar day, else null. */
export function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const mo = Number(month);
  const y = Number(year);
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
