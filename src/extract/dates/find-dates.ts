import { Chrono } from 'chrono-node';
import type { DateMention, ExtractContext } from '../../types.js';
import { DateResult } from './date-result.js';
import { numericDateParser } from './parsers/numeric-date-parser.js';
import { wordedDateParser } from './parsers/worded-date-parser.js';
import { quarterDateParser } from './parsers/quarter-date-parser.js';
import { partOfYearParser } from './parsers/part-of-year-parser.js';
import { yearDateParser } from './parsers/year-date-parser.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps-refiner.js';
import { dateRoleRefiner } from './refiners/date-role-refiner.js';
import { ending } from './ending.js';
import { validDay } from './date-bounds.js';

/**
 * The Vietnamese date grammar on chrono's parser/refiner machinery: one narrow
 * parser per written form, day first, no range merging, no relative dates
 * (`trước ngày` is a deadline, not "yesterday"). chrono-node/vi is not used:
 * it merges `A và B`, reads `trước ngày` as yesterday, accepts a blank day and
 * takes the current year for `ngày 20 tháng 05/2021`. Immutable: the parsers
 * keep no state between calls.
 */
const VIETNAMESE_DATES = new Chrono({
  parsers: [numericDateParser, wordedDateParser, quarterDateParser, partOfYearParser, yearDateParser],
  refiners: [removeOverlapsRefiner, dateRoleRefiner],
});

/** Placeholder reference when the document's date is unknown; its year is never used. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * Every calendar date in the text, full or partial, in document order:
 * `20/01/2022`, `ngày 20 tháng 5 năm 2021` (day), `tháng 12/2021` and a blank
 * day `ngày tháng 12 năm 2021` (month), `quý I/2022` (quarter), `6 tháng đầu
 * năm 2021` (half), `năm 2022` (year), `trước ngày 05/12` (day, year from the
 * document's own date when the layout knows it, else `--12-05`). Each with the
 * role the text gives it (issue, deadline, effective, event) or null.
 * Not dates: symbols (`05/2007/QH12`), fractions (`61/61`), `24/7`, phone
 * numbers, versions, impossible days (`31/02/2022`), years outside 1945–2100,
 * and the years of periods and horizons (`giai đoạn 2021 - 2025`, `đến năm 2030`).
 */
export function findDates(ctx: ExtractContext): DateMention[] {
  const { text } = ctx;
  let docYear = documentYear(ctx.layout.info.issuedOn);
  const reference = docYear === null ? NO_REFERENCE : new Date(Date.UTC(docYear, 0, 1, 12));
  const results = VIETNAMESE_DATES.parse(text, reference).filter((r): r is DateResult => r instanceof DateResult);
  // A draft leaves the day blank (`ngày tháng 12 năm 2021`) and the layout gives
  // no issue date, but the year of its own place-and-date line is still sure.
  docYear ??= ownYear(results);
  const mentions: DateMention[] = [];
  for (const result of results) {
    if (result.precision === 'day') mentions.push(...sharedMonthDays(text, result, docYear));
    mentions.push({
      text: result.text,
      value: valueOf(result, docYear),
      precision: result.precision,
      role: result.role,
      start: result.index,
      end: result.index + result.text.length,
      section: '',
    });
  }
  return mentions;
}

/**
 * `ngày 4 và 5 tháng 01 năm 1999`, `ngày 12, 13 và 14/3/2022`: the days before a
 * date that share its month and year, read from the text right before it.
 */
const SHARED_DAYS = ending(String.raw`(?<![\p{L}\p{M}])ngày\s{1,3}(\d{1,2}(?:\s{0,2},\s{0,2}\d{1,2}){0,4})\s{0,2}(?:,|và)\s{1,3}`, 'iu');

function sharedMonthDays(text: string, result: DateResult, docYear: number | null): DateMention[] {
  if (!/^\d/u.test(result.text)) return []; // `ngày 5 tháng …` has its own `ngày`: no list before it
  const before = SHARED_DAYS.exec(text.slice(Math.max(0, result.index - 40), result.index));
  if (!before) return [];
  const c = result.start;
  const month = c.get('month');
  const year = c.isCertain('year') ? c.get('year') : null;
  if (month === null) return [];
  const out: DateMention[] = [];
  const from = result.index - before[1].length;
  for (const m of before[1].matchAll(/\d{1,2}/gu)) {
    const day = Number(m[0]);
    if (!validDay(day, month, year)) return [];
    // the first day's text starts at `ngày`, as the place-and-date line writes it
    const start = out.length === 0 ? from : from + m.index;
    const end = from + m.index + m[0].length;
    const y = year ?? docYear;
    out.push({
      text: text.slice(start, end),
      value: `${y === null ? '-' : String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      precision: 'day',
      role: result.role,
      start,
      end,
      section: '',
    });
  }
  return out;
}

function ownYear(results: DateResult[]): number | null {
  const own = results.find((r) => r.own && r.start.isCertain('year'));
  return own ? own.start.get('year') : null;
}

function documentYear(issuedOn: string | null): number | null {
  const m = /^(\d{4})-\d{2}-\d{2}$/u.exec(issuedOn ?? '');
  return m ? Number(m[1]) : null;
}

/** The ISO-like value of a result at its precision; `--` stands for a year neither written nor known. */
function valueOf(result: DateResult, docYear: number | null): string {
  const c = result.start;
  const year = c.isCertain('year') ? c.get('year') : docYear;
  const y = year === null ? '-' : String(year).padStart(4, '0');
  const mm = String(c.get('month') ?? 1).padStart(2, '0');
  switch (result.precision) {
    case 'day':
      return `${y}-${mm}-${String(c.get('day')).padStart(2, '0')}`;
    case 'month':
      return `${y}-${mm}`;
    case 'quarter':
      return `${y}-Q${result.part}`;
    case 'half':
      return `${y}-H${result.part}`;
    case 'year':
      return y;
  }
}
