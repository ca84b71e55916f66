import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPeriods } from './find-periods.js';
import { findHorizons } from './find-horizons.js';
import { findDates } from '../dates/find-dates.js';
import { sentenceContext } from '../read-marks.js';
import { normalizeText } from '../../parsers/normalize/normalize-text.js';

/**
 * The dev corpus against its gold files, for the two lists these extractors
 * own: every gold period and every gold full date found, nothing else.
 */
const dir = fileURLToPath(new URL('../../../fixtures/dev/', import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace('.gold.json', ''));

interface Gold {
  dates: Array<{ value: string }>;
  periods: Array<{ from: number; to: number }>;
}

function load(name: string): { text: string; gold: Gold } {
  const text = normalizeText(readFileSync(`${dir}${name}.txt`, 'utf8')).text;
  return { text, gold: JSON.parse(readFileSync(`${dir}${name}.gold.json`, 'utf8')) as Gold };
}

describe('dates and periods on the dev corpus', () => {
  it('should have the five dev documents', () => {
    expect(names.length).toBe(5);
  });

  for (const name of names) {
    it(`should find exactly the gold periods of ${name}`, () => {
      const { text, gold } = load(name);
      const found = findPeriods(sentenceContext(text)).map((p) => `${p.from}-${p.to}`);
      expect(found).toEqual(gold.periods.map((p) => `${p.from}-${p.to}`));
    });

    it(`should find exactly the gold full dates of ${name}`, () => {
      const { text, gold } = load(name);
      const found = findDates(sentenceContext(text))
        .filter((d) => d.precision === 'day' && /\d{4}/u.test(d.text))
        .map((d) => d.value);
      expect(found.sort()).toEqual(gold.dates.map((d) => d.value).sort());
    });
  }

  it('should keep open horizons apart: the gold has none of them among its periods', () => {
    // `đến năm 2030` is in four of the five documents; as a period it could never match the gold.
    const horizons = names.flatMap((name) => findHorizons(sentenceContext(load(name).text)));
    expect(horizons.length).toBeGreaterThan(10);
    expect(horizons.every((h) => h.from === null)).toBe(true);
  });
});
