import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { portalPage, rssFeed, startTestServer, type TestServer } from './http-test-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const POSTINGS = 8;

let server: TestServer;
beforeAll(async () => {
  const texts = ['000_86c2dac53a49ddc7', '001_8a4490dab9e573b9', '002_0018b2a41e4e7a89', '003_713ee6e59a1eb746', '004_a701ac0b9a96718b'].map((n) =>
    readFileSync(join(root, 'fixtures', 'dev', `${n}.txt`), 'utf8'),
  );
  const docx = new Uint8Array(readFileSync(join(root, 'fixtures', 'inputs', 'chi-thi-13-ct-ubnd.docx')));
  server = await startTestServer({ '/files/13-CT-UBND.docx': { type: 'application/octet-stream', body: docx, delayMs: 40 } });
  const items: Array<{ link: string; title: string }> = [];
  for (let i = 0; i < POSTINGS; i++) {
    // Each page differs (its view counter), so each is a document of its own; every other one links the directive's DOCX.
    const text = `${texts[i % texts.length]}\nLượt xem: ${1000 + i}`;
    const attachments = i % 2 === 0 ? [{ href: '/files/13-CT-UBND.docx', label: 'Tải về: 13-CT-UBND.docx' }] : [];
    server.routes[`/tin/${i}.html`] = { type: 'text/html; charset=utf-8', etag: `"p${i}"`, delayMs: 60, body: portalPage(`Văn bản ${i + 1}`, text, attachments) };
    items.push({ link: `/tin/${i}.html`, title: `Văn bản ${i + 1}` });
  }
  server.routes['/rss'] = { type: 'application/rss+xml', etag: '"feed"', body: rssFeed(items) };
});
afterAll(async () => {
  await server.close();
});
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const args = (db: string) => [cli, 'ingest', '--feed', server.url('/rss'), '--db', db, '--log', 'json', '--retries', '0', '--workers', '0', '--per-host', '2'];
const postingHits = () => [...Array(POSTINGS).keys()].reduce((n, i) => n + server.hits(`/tin/${i}.html`), 0);

/** Starts an ingest and kills it with SIGKILL once the server has answered `after` more posting requests. */
async function killAfter(db: string, after: number): Promise<void> {
  const start = postingHits();
  const child = spawn(process.execPath, args(db), { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (postingHits() - start < after && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  await exited;
}

const runToEnd = (db: string) =>
  new Promise<{ status: number; stdout: string }>((resolve) => {
    execFile(process.execPath, args(db), { encoding: 'utf8', timeout: 60_000 }, (error, stdout) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 70) : 0, stdout });
    });
  });

describe('vanban ingest of a feed killed with SIGKILL', () => {
  it('should leave a consistent database, and the next run should finish the rest without duplicates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-web-crash-'));
    dirs.push(dir);
    const db = join(dir, 'crash.db');
    await killAfter(db, 3);
    await killAfter(db, 4);

    const between = new Database(db, { readonly: true });
    expect(between.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(between.pragma('foreign_key_check')).toEqual([]);
    // The kills cut the runs short: some postings are stored, not all.
    const stored = between.prepare('SELECT count(*) FROM postings').pluck().get() as number;
    expect(stored).toBeLessThan(POSTINGS);
    between.close();

    const last = await runToEnd(db);
    expect(last.status).toBe(0);
    const summary = JSON.parse(last.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(summary).toMatchObject({ event: 'summary', failed: 0, exitCode: 0 });

    const store = new Database(db, { readonly: true });
    expect(store.prepare('SELECT count(*) FROM postings').pluck().get()).toBe(POSTINGS);
    expect(store.prepare('SELECT count(*) FROM postings WHERE version > 1').pluck().get()).toBe(0);
    expect(store.prepare('SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1)').pluck().get()).toBe(0);
    // Eight pages and one DOCX, linked from the four postings that name it.
    expect(store.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(POSTINGS + 1);
    expect(store.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(POSTINGS / 2);
    expect(store.prepare('SELECT count(*) FROM attachments WHERE document_id IS NULL').pluck().get()).toBe(0);
    expect(store.prepare("SELECT etag FROM sources WHERE kind = 'feed'").pluck().get()).toBe('"feed"');
    store.close();

    // And a run after that finds the feed not modified.
    const after = await runToEnd(db);
    expect(after.stdout).toContain('"event":"not-modified"');
  });
});
