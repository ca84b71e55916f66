import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/util/mulberry32.js';

/**
 * Writes a deterministic synthetic corpus made from the real fixtures: each
 * document is a fixture with its numbers, dates and symbol numbers varied by a
 * seeded generator, so every document has distinct bytes (no dedup shortcut)
 * but the same grammar. 10 % are written decomposed (NFD) and 5 % with CRLF,
 * as real collections are.
 */
export function makeCorpus(fixturesDir: string, outDir: string, count: number): { files: number; bytes: number } {
  const marker = join(outDir, `.complete-${count}`);
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as { files: number; bytes: number };
  mkdirSync(outDir, { recursive: true });
  const sources = readdirSync(fixturesDir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(fixturesDir, f), 'utf8'));
  const rand = mulberry32(20261122);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let text = vary(sources[i % sources.length], rand);
    if (i % 10 === 3) text = text.normalize('NFD');
    if (i % 20 === 7) text = text.replace(/\n/g, '\r\n');
    const sub = join(outDir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const buf = Buffer.from(text, 'utf8');
    writeFileSync(join(sub, `doc-${String(i).padStart(6, '0')}.txt`), buf);
    bytes += buf.length;
  }
  const info = { files: count, bytes };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

/** Replaces each run of digits by another of the same length: days stay days, symbols stay symbols. */
function vary(text: string, rand: () => number): string {
  return text.replace(/\d+/g, (digits) => {
    if (rand() < 0.5) return digits;
    if (digits.length === 4 && /^(19|20)\d\d$/.test(digits)) return String(2015 + Math.floor(rand() * 12));
    if (digits.length <= 2) {
      const n = Math.max(1, Math.min(28, Number(digits) + Math.floor(rand() * 5) - 2));
      return String(n).padStart(digits.length, '0');
    }
    let out = String(1 + Math.floor(rand() * 9));
    while (out.length < digits.length) out += String(Math.floor(rand() * 10));
    return out;
  });
}

