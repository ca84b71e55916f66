import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../src/store/open-database.js';
import { processDocument } from '../src/pipeline.js';
import { runWebSource } from '../src/ingest/web/run-web-source.js';
import type { FeedSourceConfig, IngestEvent, IngestSettings, ListingSourceConfig, SourceRunContext } from '../src/ingest/types.js';
import { atomFeed, portalPage, rssFeed, startTestServer, type TestRoute, type TestServer } from './http-test-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const devText = (name: string) => readFileSync(join(root, 'fixtures', 'dev', `${name}.txt`), 'utf8');
const inputBytes = (name: string) => new Uint8Array(readFileSync(join(root, 'fixtures', 'inputs', name)));

/** Three real documents as portal postings; the Lào Cai directive links its PDF and DOCX. */
const DOCS = [
  { slug: 'ke-hoach-166', dev: '000_86c2dac53a49ddc7', title: 'Kế hoạch triển khai thực hiện Quyết định số 166/QĐ-UBND', pubDate: 'Fri, 21 Jan 2022 08:30:00 +0700' },
  { slug: 'ke-hoach-162', dev: '002_0018b2a41e4e7a89', title: 'Kế hoạch thực hiện Quyết định số 162/QĐ-UBND', pubDate: 'Tue, 25 Jan 2022 09:00:00 +0700' },
  { slug: 'chi-thi-13', dev: '004_a701ac0b9a96718b', title: 'Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ', pubDate: 'Thu, 20 May 2021 10:00:00 +0700' },
];
const PDF = inputBytes('chi-thi-13-ct-ubnd.pdf');
const DOCX = inputBytes('chi-thi-13-ct-ubnd.docx');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  while (dbs.length) dbs.pop()!.close();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/**
 * A site under `prefix`: a feed (RSS, or Atom), a listing page and the three
 * postings with their attachments. Routes can be changed afterwards through
 * `server.routes`.
 */
function makeSite(prefix: string, opts: { atom?: boolean; postingEtags?: boolean } = {}) {
  const p = (path: string) => `${prefix}${path}`;
  for (const d of DOCS) {
    const attachments = d.slug === 'chi-thi-13'
      ? [
          { href: p('/files/13-CT-UBND.pdf'), label: 'Chỉ thị 13/CT-UBND (PDF)' },
          { href: p('/files/download?file=13-CT-UBND.docx'), label: 'Tải về: 13-CT-UBND.docx' },
        ]
      : [];
    const route: TestRoute = { type: 'text/html; charset=utf-8', body: portalPage(d.title, devText(d.dev), attachments) };
    if (opts.postingEtags !== false) route.etag = `"${d.slug}-v1"`;
    server.routes[p(`/tin/${d.slug}.html`)] = route;
  }
  server.routes[p('/files/13-CT-UBND.pdf')] = { type: 'application/pdf', body: PDF };
  server.routes[p('/files/download')] = { type: 'application/octet-stream', body: DOCX };
  const items = DOCS.map((d) => ({ link: p(`/tin/${d.slug}.html`), title: d.title, pubDate: d.pubDate }));
  server.routes[p('/feed')] = opts.atom
    ? { type: 'application/atom+xml', body: atomFeed(items.map((i) => ({ link: i.link, title: i.title, published: new Date(i.pubDate).toISOString() }))), etag: '"feed-v1"' }
    : { type: 'application/rss+xml; charset=utf-8', body: rssFeed(items), etag: '"feed-v1"' };
  server.routes[p('/van-ban')] = {
    type: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><html><body><div class="menu"><a href="/">Trang chủ</a></div><ul class="ds-van-ban">${items
      .map((i) => `<li><a href="${i.link}">${i.title}</a></li>`)
      .join('')}</ul><div class="pager"><a href="?page=2">2</a></div></body></html>`,
    lastModified: 'Mon, 25 Jul 2022 02:00:00 GMT',
  };
  return { p, feed: server.url(p('/feed')), listing: server.url(p('/van-ban')), posting: (slug: string) => server.url(p(`/tin/${slug}.html`)) };
}

interface Harness {
  db: Db;
  events: IngestEvent[];
  extracted: string[];
  run: (source: FeedSourceConfig | ListingSourceConfig, settings?: Partial<IngestSettings>) => ReturnType<typeof runWebSource>;
}

/** A database on a temp file and a context built by hand: in-process extraction, events collected. */
function harness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-web-'));
  dirs.push(dir);
  const file = join(dir, 'web.db');
  const db = openDatabase(file);
  dbs.push(db);
  const events: IngestEvent[] = [];
  const extracted: string[] = [];
  const run = (source: FeedSourceConfig | ListingSourceConfig, overrides: Partial<IngestSettings> = {}) => {
    const settings: IngestSettings = {
      db: file,
      sources: [source],
      maxBytes: 5 * 1024 * 1024,
      timeoutMs: 3000,
      retries: 2,
      perHost: 2,
      batchDocuments: 100,
      dryRun: false,
      userAgent: 'vanban-test',
      ...overrides,
    };
    const name = source.name ?? source.url;
    const sourceId = db
      .prepare(`INSERT INTO sources (name, kind, location) VALUES (?, ?, ?)
        ON CONFLICT (name) DO UPDATE SET location = excluded.location RETURNING id`)
      .pluck()
      .get(name, source.kind, source.url) as number;
    const ctx: SourceRunContext = {
      db,
      settings,
      sourceId,
      sourceName: name,
      log: { emit: (e) => events.push(e) },
      extract: async (bytes, n) => {
        extracted.push(n);
        return processDocument(bytes, n);
      },
    };
    return runWebSource(ctx, source, { backoffMs: 5 });
  };
  return { db, events, extracted, run };
}

const count = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
const openFailures = (db: Db) =>
  db.prepare('SELECT source, stage, reason, attempts FROM failures WHERE resolved_at IS NULL ORDER BY source').all() as Array<{ source: string; stage: string; reason: string; attempts: number }>;

describe('runWebSource', () => {
  it('should store each posting of a feed with its attachments linked, then send conditional requests and parse nothing', async () => {
    const site = makeSite('/first');
    const h = harness();
    let t = performance.now();
    const first = await h.run({ kind: 'feed', url: site.feed });
    const firstMs = performance.now() - t;
    expect(first).toEqual({ source: site.feed, status: 'ok', new: 5, changed: 0, unchanged: 0, failed: 0 });

    const postings = h.db.prepare('SELECT url, version, title, published_at AS publishedAt, etag, document_id AS doc FROM postings ORDER BY url').all() as Array<Record<string, unknown>>;
    expect(postings.map((r) => [r.url, r.version, r.etag])).toEqual([
      [site.posting('chi-thi-13'), 1, '"chi-thi-13-v1"'],
      [site.posting('ke-hoach-162'), 1, '"ke-hoach-162-v1"'],
      [site.posting('ke-hoach-166'), 1, '"ke-hoach-166-v1"'],
    ]);
    expect(postings[0].title).toBe('Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ');
    expect(postings[0].publishedAt).toBe('2021-05-20T03:00:00.000Z');

    // The page's text is the document's, without the portal's menus and scripts.
    const text = h.db.prepare('SELECT d.text FROM documents d JOIN postings p ON p.document_id = d.id WHERE p.url = ?').pluck().get(site.posting('chi-thi-13')) as string;
    expect(text).toContain('Số: 13/CT-UBND');
    expect(text).not.toContain('gtag');
    expect(text).not.toContain('Liên hệ');

    const attachments = h.db
      .prepare(`SELECT a.url, a.label, d.format FROM attachments a JOIN postings p ON p.id = a.posting_id JOIN documents d ON d.id = a.document_id
        WHERE p.url = ? ORDER BY a.id`)
      .all(site.posting('chi-thi-13'));
    expect(attachments).toEqual([
      { url: server.url('/first/files/13-CT-UBND.pdf'), label: 'Chỉ thị 13/CT-UBND (PDF)', format: 'pdf' },
      { url: server.url('/first/files/download?file=13-CT-UBND.docx'), label: 'Tải về: 13-CT-UBND.docx', format: 'docx' },
    ]);
    const pdfText = h.db.prepare('SELECT d.text FROM documents d JOIN attachments a ON a.document_id = d.id WHERE a.url LIKE ?').pluck().get('%.pdf') as string;
    expect(pdfText).toContain('13/CT-UBND');
    expect(count(h.db, 'SELECT count(*) FROM documents')).toBe(5);
    expect(h.db.prepare('SELECT etag FROM sources WHERE name = ?').pluck().get(site.feed)).toBe('"feed-v1"');
    expect(h.events.filter((e) => e.event === 'new')).toHaveLength(5);
    expect(h.extracted).toHaveLength(5);

    // Second run, nothing changed on the server: the feed answers 304, nothing else is asked or parsed.
    server.resetCounts();
    t = performance.now();
    const second = await h.run({ kind: 'feed', url: site.feed });
    const secondMs = performance.now() - t;
    expect(second.status).toBe('not-modified');
    expect(firstMs / secondMs).toBeGreaterThan(20);
    expect(server.conditionalHits('/first/feed')).toBe(1);
    expect(server.notModified('/first/feed')).toBe(1);
    expect(server.hits('/first/tin/chi-thi-13.html')).toBe(0);
    expect(h.extracted).toHaveLength(5);
    expect(h.events.at(-1)).toMatchObject({ event: 'not-modified', url: site.feed });

    // The feed changes (a new item): the old postings are asked conditionally, answer 304 and are not parsed.
    server.routes['/first/tin/moi.html'] = { type: 'text/html', body: portalPage('Báo cáo', devText('003_713ee6e59a1eb746')) };
    server.routes['/first/feed'] = {
      type: 'application/rss+xml',
      etag: '"feed-v2"',
      body: rssFeed([...DOCS.map((d) => ({ link: `/first/tin/${d.slug}.html`, title: d.title })), { link: '/first/tin/moi.html', title: 'Báo cáo kết quả' }]),
    };
    server.resetCounts();
    const third = await h.run({ kind: 'feed', url: site.feed });
    expect(third).toMatchObject({ status: 'ok', new: 1, unchanged: 3, changed: 0, failed: 0 });
    for (const d of DOCS) {
      expect(server.conditionalHits(`/first/tin/${d.slug}.html`)).toBe(1);
      expect(server.notModified(`/first/tin/${d.slug}.html`)).toBe(1);
    }
    expect(server.hits('/first/files/13-CT-UBND.pdf')).toBe(0);
    expect(h.extracted).toHaveLength(6);
    expect(count(h.db, 'SELECT count(*) FROM postings')).toBe(4);
  });

  it('should store a changed posting as version 2 and keep version 1; the same bytes without validators are unchanged and not parsed', async () => {
    const site = makeSite('/versions', { postingEtags: false });
    const h = harness();
    await h.run({ kind: 'feed', url: site.feed });
    const extractedBefore = h.extracted.length;

    const original = devText(DOCS[0].dev);
    expect(original).toContain('tối thiểu 70%');
    const changedBody = portalPage(DOCS[0].title, original.replace('tối thiểu 70%', 'tối thiểu 80%'));
    server.routes['/versions/tin/ke-hoach-166.html'] = { type: 'text/html; charset=utf-8', body: changedBody };
    server.routes['/versions/feed'].etag = '"feed-v2"';
    const again = await h.run({ kind: 'feed', url: site.feed });
    expect(again).toMatchObject({ status: 'ok', new: 0, changed: 1, unchanged: 2, failed: 0 });
    expect(h.extracted.length - extractedBefore).toBe(1);

    const versions = h.db.prepare('SELECT version, document_id AS doc FROM postings WHERE url = ? ORDER BY version').all(site.posting('ke-hoach-166')) as Array<{ version: number; doc: number }>;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0].doc).not.toBe(versions[1].doc);
    const texts = versions.map((v) => h.db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(v.doc) as string);
    expect(texts[0]).toContain('tối thiểu 70%');
    expect(texts[1]).toContain('tối thiểu 80%');
    expect(texts[1]).not.toContain('tối thiểu 70%');
    expect(h.events.find((e) => e.event === 'changed')).toMatchObject({ url: site.posting('ke-hoach-166'), version: 2 });
    expect(h.events.filter((e) => e.event === 'unchanged' && e.why === 'same content')).toHaveLength(2);
  });

  it('should retry a posting that answers 500 twice and then 200, and store it', async () => {
    const site = makeSite('/flaky');
    server.routes['/flaky/tin/ke-hoach-162.html'].failTimes = 2;
    const h = harness();
    const out = await h.run({ kind: 'feed', url: site.feed });
    expect(out).toMatchObject({ status: 'ok', new: 5, failed: 0 });
    expect(h.events.filter((e) => e.event === 'retry' && e.url === site.posting('ke-hoach-162')).map((e) => e.reason)).toEqual(['HTTP 500', 'HTTP 500']);
    expect(openFailures(h.db)).toEqual([]);
  });

  it('should record a posting that keeps failing, fetch it again next run, and resolve the failure once the server recovers', async () => {
    const site = makeSite('/down');
    server.routes['/down/tin/ke-hoach-162.html'].failTimes = 1_000_000;
    const h = harness();
    const first = await h.run({ kind: 'feed', url: site.feed });
    expect(first).toMatchObject({ status: 'partial', new: 4, failed: 1 });
    expect(openFailures(h.db)).toEqual([{ source: site.posting('ke-hoach-162'), stage: 'fetch', reason: 'HTTP 500 after 2 retries', attempts: 1 }]);
    expect(h.events.find((e) => e.event === 'failed')).toMatchObject({ source: site.feed, url: site.posting('ke-hoach-162'), stage: 'fetch', reason: 'HTTP 500 after 2 retries' });
    // The feed's validators are not saved: a 304 next time would hide the failed posting.
    expect(h.db.prepare('SELECT etag FROM sources WHERE name = ?').pluck().get(site.feed)).toBeNull();

    server.resetCounts();
    const second = await h.run({ kind: 'feed', url: site.feed });
    // Two postings unchanged (their attachments are complete and not fetched again), the third fails again.
    expect(second).toMatchObject({ status: 'partial', new: 0, unchanged: 2, failed: 1 });
    expect(server.conditionalHits('/down/feed')).toBe(0);
    expect(openFailures(h.db)[0].attempts).toBe(2);

    server.routes['/down/tin/ke-hoach-162.html'].failTimes = 0;
    const third = await h.run({ kind: 'feed', url: site.feed });
    expect(third).toMatchObject({ status: 'ok', new: 1, unchanged: 2, failed: 0 });
    expect(openFailures(h.db)).toEqual([]);
    expect(h.db.prepare('SELECT resolved_at FROM failures WHERE source = ?').pluck().get(site.posting('ke-hoach-162'))).not.toBeNull();
    expect(h.db.prepare('SELECT etag FROM sources WHERE name = ?').pluck().get(site.feed)).toBe('"feed-v1"');
  });

  it('should record a slow posting as a timeout and a redirect loop with its hops', async () => {
    const site = makeSite('/slow');
    // Room for a loaded machine: the other requests of the run must finish well inside the timeout.
    server.routes['/slow/tin/ke-hoach-166.html'].delayMs = 3000;
    server.routes['/slow/tin/ke-hoach-162.html'] = { redirectTo: '/slow/tin/vong-lap.html' };
    server.routes['/slow/tin/vong-lap.html'] = { redirectTo: '/slow/tin/ke-hoach-162.html' };
    const h = harness();
    const out = await h.run({ kind: 'feed', url: site.feed }, { timeoutMs: 900, retries: 0 });
    expect(out).toMatchObject({ status: 'partial', new: 3, failed: 2 });
    expect(openFailures(h.db)).toEqual([
      {
        source: site.posting('ke-hoach-162'),
        stage: 'fetch',
        reason: `redirect loop: ${site.posting('ke-hoach-162')} → ${server.url('/slow/tin/vong-lap.html')} → ${site.posting('ke-hoach-162')}`,
        attempts: 1,
      },
      { source: site.posting('ke-hoach-166'), stage: 'fetch', reason: 'timed out after 0.9 s', attempts: 1 },
    ]);
  });

  it('should fail a feed that is not XML, and one of the wrong content type, each with its stage and reason', async () => {
    server.routes['/bad/feed.xml'] = { type: 'application/xml', body: 'Hệ thống đang bảo trì, vui lòng quay lại sau.' };
    server.routes['/bad/feed.rss'] = { type: 'text/html; charset=utf-8', body: portalPage('Trang chủ', 'Tin tức') };
    const h = harness();
    const notXml = await h.run({ kind: 'feed', url: server.url('/bad/feed.xml') });
    const wrongType = await h.run({ kind: 'feed', url: server.url('/bad/feed.rss') });
    expect(notXml).toMatchObject({ status: 'failed', failed: 1 });
    expect(wrongType).toMatchObject({ status: 'failed', failed: 1 });
    expect(openFailures(h.db)).toEqual([
      { source: server.url('/bad/feed.rss'), stage: 'fetch', reason: 'not a feed: text/html', attempts: 1 },
      { source: server.url('/bad/feed.xml'), stage: 'feed', reason: 'not XML: the body starts with "Hệ thống đang bảo trì, vui lòng quay lại…"', attempts: 1 },
    ]);
  });

  it('should keep a posting whose attachment fails (wrong type, over the size limit), and read the attachment next run once it is fixed', async () => {
    const site = makeSite('/att');
    server.routes['/att/files/13-CT-UBND.pdf'] = { type: 'application/pdf', streamBytes: 2 * 1024 * 1024 };
    server.routes['/att/files/download'] = { type: 'application/octet-stream', body: portalPage('Đăng nhập', 'Vui lòng đăng nhập để tải tệp') };
    const h = harness();
    const first = await h.run({ kind: 'feed', url: site.feed }, { maxBytes: 1024 * 1024 });
    expect(first).toMatchObject({ status: 'partial', new: 3, failed: 2 });
    expect(openFailures(h.db)).toEqual([
      { source: server.url('/att/files/13-CT-UBND.pdf'), stage: 'fetch', reason: 'body over 1 MB limit', attempts: 1 },
      { source: server.url('/att/files/download?file=13-CT-UBND.docx'), stage: 'fetch', reason: 'not a document: application/octet-stream holding an HTML page', attempts: 1 },
    ]);
    expect(count(h.db, 'SELECT count(*) FROM attachments WHERE document_id IS NULL')).toBe(2);

    server.routes['/att/files/13-CT-UBND.pdf'] = { type: 'application/pdf', body: PDF };
    server.routes['/att/files/download'] = { type: 'application/octet-stream', body: DOCX };
    server.resetCounts();
    const second = await h.run({ kind: 'feed', url: site.feed }, { maxBytes: 1024 * 1024 });
    expect(second).toMatchObject({ status: 'ok', new: 2, unchanged: 3, failed: 0 });
    expect(server.notModified('/att/tin/chi-thi-13.html')).toBe(1);
    expect(count(h.db, 'SELECT count(*) FROM attachments WHERE document_id IS NULL')).toBe(0);
    expect(count(h.db, 'SELECT count(*) FROM postings')).toBe(3);
    expect(openFailures(h.db)).toEqual([]);
  });

  it('should fetch only items published since --since (undated items pass)', async () => {
    const site = makeSite('/since');
    server.routes['/since/feed'] = {
      type: 'application/rss+xml',
      etag: '"since-v1"',
      body: rssFeed([
        { link: '/since/tin/ke-hoach-166.html', title: DOCS[0].title, pubDate: DOCS[0].pubDate },
        { link: '/since/tin/ke-hoach-162.html', title: DOCS[1].title },
        { link: '/since/tin/chi-thi-13.html', title: DOCS[2].title, pubDate: DOCS[2].pubDate },
      ]),
    };
    const h = harness();
    const out = await h.run({ kind: 'feed', url: site.feed }, { since: new Date('2022-01-01T00:00:00Z') });
    expect(out).toMatchObject({ status: 'ok', new: 2, failed: 0 });
    expect(server.hits('/since/tin/chi-thi-13.html')).toBe(0);
    expect(h.db.prepare('SELECT url FROM postings ORDER BY url').pluck().all()).toEqual([site.posting('ke-hoach-162'), site.posting('ke-hoach-166')]);
    expect(h.events.find((e) => e.event === 'skipped')).toMatchObject({ url: site.posting('chi-thi-13'), reason: 'published before --since' });
    // The feed's ETag is not kept: a later run without --since must not get a 304 that hides the older posting.
    expect(h.db.prepare('SELECT etag FROM sources').pluck().get()).toBeNull();
    const all = await h.run({ kind: 'feed', url: site.feed });
    expect(all).toMatchObject({ status: 'ok', new: 3, unchanged: 2, failed: 0 });
    expect(h.db.prepare('SELECT etag FROM sources').pluck().get()).toBe('"since-v1"');
  });

  it('should list what it would fetch in a dry run and write nothing', async () => {
    const site = makeSite('/dry');
    const h = harness();
    const out = await h.run({ kind: 'feed', url: site.feed }, { dryRun: true });
    expect(out).toMatchObject({ status: 'ok', new: 0, failed: 0 });
    expect(h.events.filter((e) => e.event === 'would-fetch').map((e) => e.url)).toEqual(DOCS.map((d) => site.posting(d.slug)));
    for (const table of ['postings', 'attachments', 'documents', 'failures']) expect(count(h.db, `SELECT count(*) FROM ${table}`), table).toBe(0);
    expect(h.db.prepare('SELECT etag FROM sources').pluck().get()).toBeNull();
    expect(server.hits('/dry/tin/ke-hoach-166.html')).toBe(0);
    expect(h.extracted).toEqual([]);
  });

  it('should read a listing page with its link selector and an Atom feed the same way', async () => {
    const site = makeSite('/listing', { atom: true });
    const h = harness();
    const listing = await h.run({ kind: 'listing', url: site.listing, linkSelector: 'ul.ds-van-ban a' });
    expect(listing).toMatchObject({ status: 'ok', new: 5, failed: 0 });
    expect(h.db.prepare('SELECT last_modified FROM sources WHERE name = ?').pluck().get(site.listing)).toBe('Mon, 25 Jul 2022 02:00:00 GMT');
    const titles = h.db.prepare('SELECT title FROM postings ORDER BY id').pluck().all();
    expect(titles).toEqual(DOCS.map((d) => d.title));

    const again = await h.run({ kind: 'listing', url: site.listing, linkSelector: 'ul.ds-van-ban a' });
    expect(again.status).toBe('not-modified');

    const atom = await h.run({ kind: 'feed', url: site.feed, name: 'atom' });
    // The same postings through another source: each is unchanged (304), nothing new.
    expect(atom).toMatchObject({ status: 'ok', new: 0, unchanged: 3, failed: 0 });
  });

  it('should skip an attachment no reader handles (a legacy .doc) without calling it a failure, and not fetch it again', async () => {
    const site = makeSite('/doc');
    // The OLE signature of a Word 97-2003 file, then filler.
    const legacyDoc = new Uint8Array(4096);
    legacyDoc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    server.routes['/doc/files/CV-2550.doc'] = { type: 'application/msword', body: legacyDoc };
    server.routes['/doc/tin/ke-hoach-162.html'].body = portalPage(DOCS[1].title, devText(DOCS[1].dev), [{ href: '/doc/files/CV-2550.doc', label: 'Công văn 2550 (.doc)' }]);
    const h = harness();
    const out = await h.run({ kind: 'feed', url: site.feed });
    expect(out).toMatchObject({ status: 'ok', new: 5, failed: 0 });
    expect(h.events.find((e) => e.event === 'skipped')).toMatchObject({
      url: server.url('/doc/files/CV-2550.doc'),
      reason: 'legacy .doc is not supported; convert to .docx',
      posting: site.posting('ke-hoach-162'),
    });
    expect(h.db.prepare('SELECT sha256 IS NOT NULL AS fetched, document_id FROM attachments WHERE url LIKE ?').get('%.doc')).toEqual({ fetched: 1, document_id: null });
    expect(openFailures(h.db)).toEqual([]);

    server.routes['/doc/feed'].etag = '"feed-v2"';
    server.resetCounts();
    await h.run({ kind: 'feed', url: site.feed });
    expect(server.hits('/doc/files/CV-2550.doc')).toBe(0);
  });

  it('should keep each host to perHost requests at a time', async () => {
    const items: Array<{ link: string; title: string }> = [];
    for (let i = 0; i < 8; i++) {
      server.routes[`/busy/tin/${i}.html`] = { type: 'text/html', delayMs: 60, body: portalPage(`Thông báo số ${i + 1}/TB-SKHCN`, devText('002_0018b2a41e4e7a89').replace('2799', String(i))) };
      items.push({ link: `/busy/tin/${i}.html`, title: `Thông báo số ${i + 1}/TB-SKHCN` });
    }
    server.routes['/busy/feed'] = { type: 'application/rss+xml', body: rssFeed(items) };
    const h = harness();
    server.resetCounts();
    const out = await h.run({ kind: 'feed', url: server.url('/busy/feed') }, { perHost: 3 });
    expect(out).toMatchObject({ status: 'ok', new: 8, failed: 0 });
    expect(server.peakInFlight()).toBe(3);
  });
});
