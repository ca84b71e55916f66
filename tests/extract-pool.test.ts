import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from '../src/types.js';

// The built pool: worker threads run the compiled worker (from sources the pool extracts in-process).
const { createExtractPool } = (await import(fileURLToPath(new URL('../dist/src/import/extract-pool.js', import.meta.url)))) as typeof import('../src/import/extract-pool.js');

const dev = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../fixtures/dev/${name}`, import.meta.url)));

describe('the extraction pool', () => {
  it('should fail only the document that stops its worker, with the reason, and go on with a fresh worker', async () => {
    const plan = dev('001_8a4490dab9e573b9.txt');
    const directive = dev('004_a701ac0b9a96718b.txt');
    // A real plan repeated to ~5 MB: more than a worker with a 32 MB heap can hold while extracting it.
    const huge = Buffer.from(plan.toString('utf8').repeat(400));
    const pool = createExtractPool(1, { heapMb: 32 });
    try {
      const [a, big, b] = await Promise.allSettled([pool.extract(plan, 'plan.txt'), pool.extract(huge, 'huge.txt'), pool.extract(directive, 'ct.txt')]);
      expect(a.status).toBe('fulfilled');
      expect((a as PromiseFulfilledResult<DocumentResult>).value.sections.length).toBeGreaterThan(3);
      expect(big.status).toBe('rejected');
      const err = (big as PromiseRejectedResult).reason as { reason: string; stage: string };
      expect(err.stage).toBe('extract');
      expect(err.reason).toMatch(/more memory than an extraction worker has/u);
      // The directive was on the same worker when it stopped: it is tried again alone and comes back.
      expect(b.status).toBe('fulfilled');
      expect((b as PromiseFulfilledResult<DocumentResult>).value.document.symbol).toBe('13/CT-UBND');
      const again = await pool.extract(directive, 'ct-again.txt');
      expect(again.document.symbol).toBe('13/CT-UBND');
    } finally {
      await pool.close();
    }
  });
});
