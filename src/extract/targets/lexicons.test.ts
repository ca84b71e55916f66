import { describe, expect, it } from 'vitest';
import { COMPARATOR_PHRASES } from './comparators.js';
import { COUNTED_NOUNS } from './counted-nouns.js';
import { findTargets } from './find-targets.js';
import { foldMatch } from './fold-match.js';
import { KIND_CUES } from './kind-cues.js';
import { DURATION_NOUNS, LABEL_COMPOUNDS, LABEL_WORDS_BEFORE } from './not-target-contexts.js';
import { NUMBER_WORDS } from './number-words.js';
import { sentenceContext } from '../read-marks.js';

const units = (text: string, type: string | null = 'Kế hoạch'): string[] =>
  findTargets(sentenceContext(text, { type })).map((t) => foldMatch(t.unit));

describe('counted nouns: every entry gives its unit in its example', () => {
  for (const n of COUNTED_NOUNS) {
    it(`should count "${n.phrase}" in: ${n.example}`, () => {
      expect(n.example.toLowerCase()).not.toBe('');
      const unit = n.phrase.split(' ').slice(0, n.unitWords ?? 99).join(' ');
      expect(units(n.example)).toContain(foldMatch(unit));
      expect(unit.split(/\s+/).length <= 4 || n.phrase === 'lớp hội nghị tập huấn').toBe(true);
    });
  }
});

describe('comparators: every phrase bounds the figure of its example', () => {
  for (const c of COMPARATOR_PHRASES) {
    it(`should read "${c.words}" as ${c.comparator} in: ${c.example}`, () => {
      const found = findTargets(sentenceContext(c.example, { type: 'Kế hoạch' }));
      expect(found.map((t) => t.comparator)).toContain(c.comparator);
      const bounded = found.find((t) => t.comparator === c.comparator);
      expect(foldMatch(bounded?.text ?? '')).toContain(c.words);
    });
  }
});

describe('number words: every word counts in its example', () => {
  for (const w of NUMBER_WORDS) {
    it(`should read "${w.word}" as ${w.value} in: ${w.example}`, () => {
      const found = findTargets(sentenceContext(w.example, { type: 'Kế hoạch' }));
      const hit = found.find((t) => t.value === w.value && t.unit !== '%');
      expect(hit?.text.startsWith(w.word) || hit?.text.includes(` ${w.word} `) || hit?.text.includes(`${w.word} `)).toBe(true);
    });
  }
});

describe('contexts that make a number no figure: every example gives nothing', () => {
  for (const c of [...LABEL_WORDS_BEFORE, ...DURATION_NOUNS]) {
    it(`should find no figure after or before "${c.words}" in: ${c.example}`, () => {
      expect(findTargets(sentenceContext(c.example, { type: 'Kế hoạch' })).map((t) => t.text)).toEqual([]);
    });
  }
  for (const c of LABEL_COMPOUNDS) {
    it(`should count after the compound "${c.words}", which is no label, in: ${c.example}`, () => {
      const found = findTargets(sentenceContext(c.example, { type: 'Kế hoạch' }));
      const at = foldMatch(c.example).indexOf(c.words) + c.words.length;
      expect(found.some((t) => t.start >= at && t.start <= at + 1)).toBe(true);
    });
  }
  for (const c of LABEL_WORDS_BEFORE.filter((e) => e.alsoVerb)) {
    it(`should still count after the verb "${c.words}" in: ${c.alsoVerb}`, () => {
      expect(findTargets(sentenceContext(c.alsoVerb ?? '', { type: 'Kế hoạch' })).length).toBe(1);
    });
  }
});

describe('kind cues: a strong cue moves the document default, a weak one does not', () => {
  for (const c of KIND_CUES) {
    const opposite = c.kind === 'target' ? 'Báo cáo' : 'Kế hoạch';
    const expected = c.strong ? c.kind : c.kind === 'target' ? 'result' : 'target';
    it(`should give ${expected} for "${c.words}" in a ${opposite}: ${c.example}`, () => {
      const found = findTargets(sentenceContext(c.example, { type: opposite }));
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((t) => t.kind)).toContain(expected);
    });
  }
});
