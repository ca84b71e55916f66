import { describe, it, expect } from 'vitest';
import { findUnits } from './find-units.js';
import { readUnitName } from './read-unit-name.js';
import { tokenizeLine, foldTone } from './tokenize-line.js';
import { canonicalUnitName } from './canonical-unit-name.js';
import { ORGAN_WORDS } from './organ-words.js';
import { UNIT_ALIASES } from './unit-aliases.js';
import { ACTION_WORDS, ASSIGNER_WORDS, ISSUER_VERBS } from './action-words.js';
import { FUNCTION_WORDS } from './function-words.js';
import {
  ASSIGN_CUES, CAUSE_CUES, CLAUSE_OPENERS, COMPILE_VERBS, EVALUATION_VERBS, GENERIC_WORDS,
  PLACE_WORDS, POSITION_WORDS, SUPPORT_CUES, TO_CUES, VIA_CUES,
} from './role-cues.js';
import type { DocumentLayout, Unit } from '../../types.js';

const layout = (text: string): DocumentLayout => ({
  info: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null },
  header: null, title: null, body: { start: 0, end: text.length }, signature: null, recipients: null, sections: [],
});
const run = (text: string): Unit[] => findUnits({ text, layout: layout(text) });

/** Every name the reader finds in a text, as written. */
function names(text: string): string[] {
  const toks = tokenizeLine(text, 0, text.length);
  const out: string[] = [];
  for (let k = 0; k < toks.length; ) {
    const m = readUnitName(toks, k);
    if (!m) { k++; continue; }
    out.push(text.slice(toks[m.start].start, toks[m.end - 1].end));
    k = m.end;
  }
  return out;
}

/** Does a unit found in the text end right before the phrase? */
function unitBefore(text: string, phrase: string): Unit | undefined {
  const f = (s: string) => foldTone(s.toLowerCase());
  return run(text).find((u) => f(text.slice(u.end)).trimStart().startsWith(f(phrase)));
}

const MARK = /⟦([^|⟧]+)\|(lead|support|assigned)⟧/gu;

describe('organ words', () => {
  for (const o of ORGAN_WORDS) {
    it(`should read "${o.example}" as one whole name`, () => {
      expect(names(o.example)).toEqual([o.example]);
    });
  }
});

describe('organ words in running text', () => {
  for (const o of ORGAN_WORDS) {
    it(`should find "${o.example}" as a unit when it is given a duty`, () => {
      const text = `Giao ${o.example} thực hiện.`;
      expect(run(text).map((u) => `${u.name}|${u.role}`)).toEqual([`${o.example}|assigned`]);
    });
  }
});

describe('place words', () => {
  for (const p of PLACE_WORDS) {
    it(`should keep the scope in "${p.example}"`, () => {
      expect(names(p.example)).toEqual([p.example]);
    });
  }
});

describe('unit aliases', () => {
  for (const a of UNIT_ALIASES) {
    it(`should spell out ${a.abbr}: "${a.example}" → "${a.expect}"`, () => {
      expect(canonicalUnitName(a.example)).toBe(a.expect);
    });
  }
});

describe('action words', () => {
  for (const a of ACTION_WORDS) {
    it(`should end the name before "${a.phrase}" and keep the unit: ${a.example}`, () => {
      expect(unitBefore(a.example, a.phrase)).toBeDefined();
    });
  }
});

describe('assigner words', () => {
  for (const a of ASSIGNER_WORDS) {
    it(`should give no duty to the subject of "${a.phrase}": ${a.example}`, () => {
      expect(unitBefore(a.example, a.phrase)).toBeUndefined();
      expect(names(a.example)[0]).toBe('Ủy ban nhân dân tỉnh');
    });
  }
});

describe('issuer verbs', () => {
  for (const v of ISSUER_VERBS) {
    it(`should leave out the issuer in "${v.example}"`, () => {
      expect(run(v.example)).toEqual([]);
    });
  }
});

describe('function words', () => {
  for (const f of FUNCTION_WORDS) {
    it(`should end a name before "${f.phrase}": ${f.example}`, () => {
      const words = f.phrase.split(' ');
      for (const n of names(f.example)) {
        const syl = foldTone(n.toLowerCase()).split(/[\s,]+/);
        const at = syl.findIndex((_, k) => words.every((w, d) => syl[k + d] === w));
        expect(at).toBe(-1);
      }
    });
  }
});

describe('role cues', () => {
  const tables = { SUPPORT_CUES, ASSIGN_CUES, CAUSE_CUES, EVALUATION_VERBS, VIA_CUES, TO_CUES, COMPILE_VERBS, CLAUSE_OPENERS };
  for (const [table, entries] of Object.entries(tables)) {
    for (const e of entries) {
      it(`should find the marked roles (${table} "${e.phrase}"): ${e.example.replace(MARK, '$1')}`, () => {
        const expected = [...e.example.matchAll(MARK)].map((m) => `${m[1]}|${m[2]}`).sort();
        const text = e.example.replace(MARK, '$1');
        expect(run(text).map((u) => `${u.name}|${u.role}`).sort()).toEqual(expected);
      });
    }
  }
});

describe('positions and generics', () => {
  for (const p of POSITION_WORDS) {
    it(`should find no unit in the position "${p.example}"`, () => {
      expect(run(p.example)).toEqual([]);
    });
  }
  for (const g of GENERIC_WORDS) {
    it(`should find no unit in the generic "${g.example}"`, () => {
      expect(run(`Phối hợp với ${g.example} thực hiện.`)).toEqual([]);
    });
  }
});
