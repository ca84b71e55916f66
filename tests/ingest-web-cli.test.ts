import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { portalPage, rssFeed, startTestServer, type TestServer } from './http-test-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

/** The built CLI, run asynchronously: the test server lives in this process and must keep answering. */
const vanban = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : 70) : 0;
      resolve({ status, stdout, stderr });
    });
  });
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

let server: TestServer;
beforeAll(async () => {
  const text = readFileSync(join(root, 'fixtures', 'dev', '004_a701ac0b9a96718b.txt'), 'utf8');
  const other = readFileSync(join(root, 'fixtures', 'dev', '001_8a4490dab9e573b9.txt'), 'utf8');
  server = await startTestServer({
    '/rss': {
      type: 'application/rss+xml',
      etag: '"v1"',
      body: rssFeed([
        { link: '/tin/chi-thi-13.html', title: 'Chỉ thị 13/CT-UBND', pubDate: 'Thu, 20 May 2021 10:00:00 +0700' },
        { link: '/tin/ke-hoach-pci.html', title: 'Kế hoạch PCI năm 2022', pubDate: 'Thu, 14 Jul 2022 10:00:00 +0700' },
      ]),
    },
    '/tin/chi-thi-13.html': {
      type: 'text/html; charset=utf-8',
      etag: '"ct13"',
      body: portalPage('Chỉ thị 13/CT-UBND', text, [{ href: '/files/13-CT-UBND.docx', label: 'Tải về: 13-CT-UBND.docx' }]),
    },
    '/tin/ke-hoach-pci.html': { type: 'text/html; charset=utf-8', etag: '"pci"', body: portalPage('Kế hoạch PCI', other) },
    '/files/13-CT-UBND.docx': {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      body: new Uint8Array(readFileSync(join(root, 'fixtures', 'inputs', 'chi-thi-13-ct-ubnd.docx'))),
    },
    '/broken.rss': { type: 'text/html', body: '<html><body>Bảo trì</body></html>' },
  });
});
afterAll(async () => {
  await server.close();
});
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('vanban ingest --feed (the built command against a loopback server)', () => {
  it('should log JSON events, store postings and attachments, then report the feed not modified and exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-ingest-web-'));
    dirs.push(dir);
    const db = join(dir, 'web.db');
    const first = await vanban('ingest', '--feed', server.url('/rss'), '--db', db, '--log', 'json', '--retries', '0', '--workers', '0');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const events = jsonLines(first.stdout);
    expect(events.filter((e) => e.event === 'new').map((e) => e.url)).toEqual(
      expect.arrayContaining([server.url('/tin/chi-thi-13.html'), server.url('/tin/ke-hoach-pci.html'), server.url('/files/13-CT-UBND.docx')]),
    );
    expect(events.at(-1)).toMatchObject({ event: 'summary', new: 3, failed: 0, exitCode: 0 });

    const second = await vanban('ingest', '--feed', server.url('/rss'), '--db', db, '--log', 'json', '--retries', '0', '--workers', '0');
    expect(second.status).toBe(0);
    const again = jsonLines(second.stdout);
    expect(again.some((e) => e.event === 'not-modified' && e.url === server.url('/rss'))).toBe(true);
    expect(again.at(-1)).toMatchObject({ event: 'summary', new: 0, failed: 0, exitCode: 0 });

    const store = new Database(db, { readonly: true });
    expect(store.prepare('SELECT count(*) FROM postings').pluck().get()).toBe(2);
    expect(store.prepare('SELECT count(*) FROM attachments WHERE document_id IS NOT NULL').pluck().get()).toBe(1);
    expect(store.prepare('SELECT last_status FROM sources').pluck().get()).toBe('not-modified');
    store.close();
  });

  it('should list what it would fetch with --dry-run and exit 1 with the failure recorded for a feed that is not a feed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-ingest-web-'));
    dirs.push(dir);
    const db = join(dir, 'web.db');
    const dry = await vanban('ingest', '--feed', server.url('/rss'), '--db', db, '--log', 'json', '--dry-run', '--since', '2022-01-01');
    expect(dry.status).toBe(0);
    const dryEvents = jsonLines(dry.stdout);
    expect(dryEvents.filter((e) => e.event === 'would-fetch').map((e) => e.url)).toEqual([server.url('/tin/ke-hoach-pci.html')]);

    const bad = await vanban('ingest', '--feed', server.url('/broken.rss'), '--db', db, '--log', 'json', '--retries', '0');
    expect(bad.status).toBe(1);
    expect(jsonLines(bad.stdout).find((e) => e.event === 'failed')).toMatchObject({ url: server.url('/broken.rss'), stage: 'fetch', reason: 'not a feed: text/html' });
    const failures = await vanban('failures', '--db', db);
    expect(failures.stdout).toContain(`${server.url('/broken.rss')}\tfetch\tnot a feed: text/html`);
  });
});
