import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { folderSettings, ingest, removeTempDirs, root, tempDir } from './ingest-helpers.js';

afterEach(removeTempDirs);

/** A loopback port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('the ingest run', () => {
  it('should run a folder and a feed in turn, record the feed that cannot be reached on its row, and exit 1', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(root, 'fixtures', 'dev', '002_0018b2a41e4e7a89.txt'), join(dir, 'in', 'a.txt'));
    const url = `http://127.0.0.1:${await closedPort()}/rss.xml`;
    const settings = folderSettings(join(dir, 'v.db'), join(dir, 'in'), { timeoutMs: 2000, retries: 0 });
    settings.sources.push({ kind: 'feed', name: 'so-tttt', url });
    const run = await ingest(settings);
    expect(run.summary).toMatchObject({ sources: 2, failedSources: 1, new: 1, exitCode: 1 });
    expect(run.events.map((e) => `${e.event} ${e.source ?? ''}`).filter((e) => /start|end|summary/.test(e))).toEqual([
      'run-start ',
      'source-start docs',
      'source-end docs',
      'source-start so-tttt',
      'source-end so-tttt',
      'summary ',
    ]);
    const db = new Database(join(dir, 'v.db'), { readonly: true });
    const rows = db.prepare('SELECT name, kind, location, last_status, last_error, last_run_at IS NOT NULL AS ran FROM sources ORDER BY id').all();
    expect(rows).toEqual([
      { name: 'docs', kind: 'folder', location: join(dir, 'in'), last_status: 'ok', last_error: null, ran: 1 },
      { name: 'so-tttt', kind: 'feed', location: url, last_status: 'failed', last_error: expect.stringContaining(url), ran: 1 },
    ]);
    expect(db.prepare('SELECT count(*) FROM failures WHERE source = ? AND resolved_at IS NULL').pluck().get(url)).toBe(1);
  });
});
