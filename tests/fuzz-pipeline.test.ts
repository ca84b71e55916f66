import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDocument } from '../src/pipeline.js';
import { SourceError } from '../src/parsers/sources/source-error.js';
import { mulberry32 } from '../src/util/mulberry32.js';
import { root } from './ingest-helpers.js';

/**
 * The whole pipeline on inputs nobody would write: random bytes, and real
 * documents damaged the ways files get damaged (flipped bytes, cut short) or
 * stretched the ways that make a careless regex backtrack (long runs of
 * digits, slashes, dots, diacritics, one line repeated). Each document must
 * come back — a result, or a SourceError with a reason — within a time
 * proportional to its size: 2 s per 100 KB, on a loaded two-core machine.
 */

// Seeded: the same inputs on every run, so a failure can be replayed.
const rand = mulberry32(20261122);
const int = (n: number): number => Math.floor(rand() * n);
const pick = <T>(xs: T[]): T => xs[int(xs.length)];

const devDir = join(root, 'fixtures', 'dev');
const inputs = join(root, 'fixtures', 'inputs');
const texts = readdirSync(devDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(devDir, f), 'utf8'));
const binaries = ['chi-thi-13-ct-ubnd.docx', 'chi-thi-13-ct-ubnd.pdf', 'posting.html', 'ke-hoach-pci-long-an.md'].map((f) => ({ name: f, bytes: readFileSync(join(inputs, f)) }));

/** Runs of the characters the extractors look at most: each may hit a pattern's repetition. */
const RUNS = ['1', '/', '.', '-', ' ', '2024/', '12/QĐ-', 'ệ', 'a\u0301', '\u0301', 'Đ', 'ngày ', 'số ', '(', 'I.', '1.1.', '%', 'QĐ-UBND', ', ', 'Ủy ban nhân dân '];

function flipBytes(b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let i = 0, n = 1 + int(40); i < n; i++) out[int(out.length)] = int(256);
  return out;
}

function truncate(b: Buffer): Buffer {
  return b.subarray(0, int(b.length));
}

function repeatLine(text: string): string {
  const lines = text.split('\n');
  const at = int(lines.length);
  return [...lines.slice(0, at), ...Array(500 + int(1500)).fill(lines[at]), ...lines.slice(at)].join('\n');
}

function insertRun(text: string): string {
  const at = int(text.length);
  const run = pick(RUNS).repeat(200 + int(8000));
  return text.slice(0, at) + run + text.slice(at);
}

interface Case {
  name: string;
  bytes: Uint8Array;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (let i = 0; i < 25; i++) {
    const bytes = Buffer.alloc(int(100_000));
    for (let j = 0; j < bytes.length; j++) bytes[j] = int(256);
    out.push({ name: `random-${i}.txt`, bytes });
  }
  // Random bytes in the printable and Vietnamese ranges: they get past the binary sniffing into the extractors.
  for (let i = 0; i < 15; i++) {
    const chars = 'ạảãàáâậầấẩẫăắằặẳẵèéẹẻẽêềếểễệđĐìíịỉĩòóọỏõôồốổỗộơờớợởỡùúụủũưừứựửữỳýỵỷỹ0123456789/.-,:;()% \n\tQĐUBNDKHCTTTNQ';
    const text = Array.from({ length: int(60_000) }, () => chars[int(chars.length)]).join('');
    out.push({ name: `random-vi-${i}.txt`, bytes: Buffer.from(text, 'utf8') });
  }
  for (let i = 0; i < 60; i++) {
    const text = pick(texts);
    const kind = i % 5;
    if (kind === 0) out.push({ name: `flipped-${i}.txt`, bytes: flipBytes(Buffer.from(text, 'utf8')) });
    else if (kind === 1) out.push({ name: `truncated-${i}.txt`, bytes: truncate(Buffer.from(text, 'utf8')) });
    else if (kind === 2) out.push({ name: `repeated-${i}.txt`, bytes: Buffer.from(repeatLine(text), 'utf8') });
    else if (kind === 3) out.push({ name: `runs-${i}.txt`, bytes: Buffer.from(insertRun(insertRun(text)), 'utf8') });
    else {
      const b = pick(binaries);
      out.push({ name: `damaged-${i}-${b.name}`, bytes: i % 2 ? flipBytes(b.bytes) : truncate(b.bytes) });
    }
  }
  return out;
}

describe('the pipeline on random and damaged input', () => {
  it('should return a result or throw a SourceError with a reason for every input, within 2 s per 100 KB', async () => {
    const slow: string[] = [];
    const bad: string[] = [];
    let results = 0;
    // Readers loaded on first use (pdfjs, mammoth) are loaded before the clock starts.
    for (const b of binaries) await processDocument(b.bytes, b.name);
    for (const c of cases()) {
      const bound = 2000 * Math.max(1, c.bytes.length / 100_000);
      const started = performance.now();
      try {
        const r = await processDocument(c.bytes, c.name);
        results++;
        // Offsets into the text the result carries: a damaged input must not yield items pointing elsewhere.
        for (const ref of r.references) if (r.text.slice(ref.start, ref.end) !== ref.text) bad.push(`${c.name}: reference offsets`);
      } catch (e) {
        if (!(e instanceof SourceError) || !e.reason) bad.push(`${c.name}: ${(e as Error)?.stack ?? String(e)}`);
      }
      const ms = performance.now() - started;
      if (ms > bound) slow.push(`${c.name} (${c.bytes.length} bytes): ${ms.toFixed(0)} ms > ${bound.toFixed(0)} ms`);
    }
    // Most inputs must reach the extractors (not all be refused as binary), or the bound proves nothing.
    expect(results).toBeGreaterThan(50);
    expect(bad).toEqual([]);
    expect(slow).toEqual([]);
  }, 600_000);
});
