import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ingest-helpers.js';

// Run `npm run build` before: real worker threads exist only in dist/ (from the sources the pool runs in-process).
const { createRecyclingExtract } = (await import(join(root, 'dist', 'src', 'ingest', 'recycling-extract.js'))) as typeof import('../src/ingest/recycling-extract.js');

describe('createRecyclingExtract', () => {
  it('should give every document its own result across fresh generations of workers, and close them all', async () => {
    const names = ['000_86c2dac53a49ddc7.txt', '002_0018b2a41e4e7a89.txt', '004_a701ac0b9a96718b.txt'];
    const docs = names.map((n) => readFileSync(join(root, 'fixtures', 'dev', n)));
    // A budget of 0 MB: new workers after every 2 documents, with documents still in flight in the old ones.
    const pool = createRecyclingExtract(1, { rssBudgetMb: 0, minDocuments: 2 });
    const order = [0, 1, 2, 0, 1, 2, 2];
    const results = await Promise.all(order.map((i) => pool.extract(docs[i], names[i])));
    await pool.close();
    expect(results.map((r) => r.text.slice(0, 40))).toEqual(order.map((i) => results[order.indexOf(i)].text.slice(0, 40)));
    expect(new Set(results.map((r) => r.text)).size).toBe(3);
    // A SourceError crosses a recycled worker with its reason.
    const again = createRecyclingExtract(1, { rssBudgetMb: 0, minDocuments: 1 });
    await again.extract(docs[0], names[0]);
    await expect(again.extract(new Uint8Array(0), 'empty.txt')).rejects.toMatchObject({ name: 'SourceError', reason: 'empty file' });
    await again.close();
  });
});
