import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDocument } from '../src/pipeline.js';
import { toSpecJson } from '../src/output/to-spec-json.js';
import type { DocumentResult } from '../src/types.js';

/**
 * The golden test: every dev fixture through the whole pipeline, scored
 * against the hand-made gold files with the workplace's scorer (a copy lives
 * in tools/ so a fresh clone needs nothing beside it). The bars are the
 * issues' acceptance bars; a change that drops a measure below its bar fails here.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const devDir = join(root, 'fixtures', 'dev');

/** Total F1 (lists) or accuracy (fields) each measure must reach on the dev corpus. */
// `document` is the mean accuracy of the seven document fields. Each bar is
// the one its issue sets (foundation, references, dates/targets/units).
const BARS: Record<string, number> = {
  sections: 0.97,
  'sections.heading': 0.95,
  document: 0.95,
  references: 0.98,
  'references.issuedOn': 0.97,
  'references.type': 0.97,
  dates: 0.98,
  periods: 0.95,
  targets: 0.9,
  'targets.kind': 0.9,
  'targets.comparator': 0.9,
  units: 0.85,
  'units.role': 0.8,
};

interface Scores {
  totals: Record<string, { F1: number }>;
  accuracy: Record<string, number | null>;
}

let results: { name: string; result: DocumentResult }[] = [];
let scores: Scores;

beforeAll(async () => {
  const names = readdirSync(devDir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  const pred = mkdtempSync(join(tmpdir(), 'vanban-golden-'));
  results = [];
  for (const name of names) {
    const file = join(devDir, `${name}.txt`);
    const result = await processDocument(readFileSync(file), file);
    results.push({ name, result });
    writeFileSync(join(pred, `${name}.json`), JSON.stringify(toSpecJson(result)));
  }
  const out = execFileSync(process.execPath, [join(root, 'tools', 'score.mjs'), devDir, '--pred', pred, '--json'], { encoding: 'utf8' });
  scores = JSON.parse(out) as Scores;
});

describe('the dev corpus through the whole pipeline', () => {
  it('should find every dev document', () => {
    expect(results.map((r) => r.name)).toHaveLength(5);
  });

  for (const [measure, bar] of Object.entries(BARS)) {
    it(`should reach ${measure} ≥ ${bar}`, () => {
      expect(measureOf(scores, measure), `${measure} on the dev corpus`).toBeGreaterThanOrEqual(bar);
    });
  }

  it('should give every item offsets that slice exactly to its text', () => {
    for (const { name, result } of results) {
      for (const list of [result.references, result.dates, result.periods, result.targets] as { text: string; start: number; end: number }[][]) {
        for (const item of list) expect(result.text.slice(item.start, item.end), `${name} ${item.text}`).toBe(item.text);
      }
      for (const s of result.sections) {
        expect(result.text.slice(s.start, s.start + s.label.length), `${name} section ${s.path}`).toBe(s.label);
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
  });

  it('should place every item inside the section whose path it carries', () => {
    for (const { name, result } of results) {
      const byPath = new Map(result.sections.map((s) => [s.path, s]));
      for (const item of [...result.references, ...result.dates, ...result.targets, ...result.units]) {
        if (item.section === '') continue;
        const s = byPath.get(item.section);
        expect(s, `${name}: ${item.section}`).toBeDefined();
        expect(item.start >= s!.start && item.start < s!.end, `${name}: ${item.section}`).toBe(true);
      }
    }
  });
});

/** A list's total F1, a field's accuracy, or for `document` the mean of the seven field accuracies. */
function measureOf(s: Scores, measure: string): number {
  if (measure === 'document') {
    const fields = Object.entries(s.accuracy).filter(([k]) => k.startsWith('document.'));
    return fields.reduce((a, [, v]) => a + (v ?? 0), 0) / fields.length;
  }
  return s.totals[measure]?.F1 ?? s.accuracy[measure] ?? 0;
}
