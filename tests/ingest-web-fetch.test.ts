import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fetchResource, FetchError, type FetchOptions } from '../src/ingest/web/fetch-resource.js';
import { HostLimiter } from '../src/ingest/web/host-limiter.js';
import { startTestServer, portalPage, rssFeed, type TestServer } from './http-test-server.js';

const fixture = (p: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url))));
const pdf = fixture('inputs/chi-thi-13-ct-ubnd.pdf');
const docx = fixture('inputs/chi-thi-13-ct-ubnd.docx');
const page = portalPage('Chỉ thị 13/CT-UBND', 'CHỈ THỊ\nTăng cường hoạt động khoa học và công nghệ trên địa bàn tỉnh Lào Cai');
const feed = rssFeed([{ link: '/tin/1.html', title: 'Kế hoạch số 65/KH-SKHCN' }]);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    '/feed.rss': { type: 'application/rss+xml; charset=utf-8', body: feed, etag: '"f1"', lastModified: 'Wed, 20 Jul 2022 01:00:00 GMT' },
    '/feed-as-html.rss': { type: 'text/html', body: feed },
    '/page.html': { type: 'text/html; charset=utf-8', body: page },
    '/flaky': { type: 'text/html', body: page, failTimes: 2 },
    '/down': { type: 'text/html', body: page, failTimes: 1000, failStatus: 503 },
    '/busy': { type: 'text/html', body: page, failTimes: 1, failStatus: 429, retryAfter: '0' },
    '/very-busy': { type: 'text/html', body: page, failTimes: 1000, failStatus: 429, retryAfter: '3600' },
    '/gone': { status: 404, type: 'text/html', body: '<html><body>Không tìm thấy</body></html>' },
    '/forbidden': { status: 403, type: 'text/html', body: 'no' },
    '/slow': { type: 'text/html', body: page, delayMs: 1500 },
    '/stalled': { type: 'text/html', body: page, bodyDelayMs: 1500 },
    '/loop-a': { redirectTo: '/loop-b' },
    '/loop-b': { redirectTo: '/loop-a' },
    '/moved': { redirectTo: '/hop-1' },
    '/hop-1': { redirectTo: '/page.html' },
    '/chain-0': { redirectTo: '/chain-1' },
    '/chain-1': { redirectTo: '/chain-2' },
    '/chain-2': { redirectTo: '/chain-3' },
    '/chain-3': { redirectTo: '/page.html' },
    '/huge': { type: 'application/pdf', streamBytes: 3 * 1024 * 1024 },
    '/huge-declared': { type: 'application/pdf', body: new Uint8Array(300 * 1024) },
    '/file.pdf': { type: 'application/pdf', body: pdf },
    '/download?id=7': { type: 'application/octet-stream', body: docx },
    '/error-page.pdf': { type: 'application/octet-stream', body: page },
    '/image.png': { type: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
  });
});
afterAll(async () => {
  await server.close();
});

const base: Omit<FetchOptions, 'expect'> = { timeoutMs: 3000, maxBytes: 1024 * 1024, retries: 2, userAgent: 'vanban-test/1', backoffMs: 10 };
const failureOf = async (p: Promise<unknown>): Promise<FetchError> => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }
  throw new Error('expected a FetchError');
};

describe('fetchResource', () => {
  it('should fetch a feed with its validators and the User-Agent, and report 304 on a matching conditional GET', async () => {
    const first = await fetchResource(server.url('/feed.rss'), { ...base, expect: 'feed' });
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.contentType).toBe('application/rss+xml');
    expect(first.etag).toBe('"f1"');
    expect(first.lastModified).toBe('Wed, 20 Jul 2022 01:00:00 GMT');
    expect(new TextDecoder().decode(first.bytes)).toContain('Kế hoạch số 65/KH-SKHCN');
    expect(server.lastUserAgent('/feed.rss')).toBe('vanban-test/1');

    const again = await fetchResource(server.url('/feed.rss'), { ...base, expect: 'feed', etag: first.etag, lastModified: first.lastModified });
    expect(again.kind).toBe('not-modified');
    const byDate = await fetchResource(server.url('/feed.rss'), { ...base, expect: 'feed', lastModified: first.lastModified });
    expect(byDate.kind).toBe('not-modified');
  });

  it('should retry a 500 and succeed when the server recovers, telling each retry', async () => {
    const retries: string[] = [];
    const r = await fetchResource(server.url('/flaky'), { ...base, expect: 'page', onRetry: (i) => retries.push(`${i.attempt}: ${i.reason}`) });
    expect(r.kind).toBe('ok');
    expect(retries).toEqual(['1: HTTP 500', '2: HTTP 500']);
    expect(server.hits('/flaky')).toBe(3);
  });

  it('should give up on a 503 that lasts, saying how many retries it made', async () => {
    const e = await failureOf(fetchResource(server.url('/down'), { ...base, expect: 'page' }));
    expect(e.reason).toBe('HTTP 503 after 2 retries');
    expect(e.status).toBe(503);
    expect(e.stage).toBe('fetch');
    expect(server.hits('/down')).toBe(3);
  });

  it('should honour a 429 Retry-After it can wait for, and refuse one that asks for an hour', async () => {
    expect((await fetchResource(server.url('/busy'), { ...base, expect: 'page' })).kind).toBe('ok');
    const before = server.hits('/very-busy');
    const e = await failureOf(fetchResource(server.url('/very-busy'), { ...base, expect: 'page' }));
    expect(e.reason).toBe('HTTP 429; the server asks to wait 3600 s');
    expect(server.hits('/very-busy') - before).toBe(1);
  });

  it('should never retry a 404 or a 403', async () => {
    const e = await failureOf(fetchResource(server.url('/gone'), { ...base, expect: 'page' }));
    expect(e.reason).toBe('HTTP 404 Not Found');
    expect(server.hits('/gone')).toBe(1);
    const f = await failureOf(fetchResource(server.url('/forbidden'), { ...base, expect: 'page' }));
    expect(f.reason).toBe('HTTP 403 Forbidden');
    expect(server.hits('/forbidden')).toBe(1);
  });

  it('should time out a slow answer, retrying it, and say after how long', async () => {
    const e = await failureOf(fetchResource(server.url('/slow'), { ...base, expect: 'page', timeoutMs: 200, retries: 1 }));
    expect(e.reason).toBe('timed out after 0.2 s (1 retry)');
    expect(server.hits('/slow')).toBe(2);
  });

  it('should time out a body that stalls after the headers (the timeout covers the body)', async () => {
    const e = await failureOf(fetchResource(server.url('/stalled'), { ...base, expect: 'page', timeoutMs: 200, retries: 0 }));
    expect(e.reason).toBe('timed out after 0.2 s');
  });

  it('should name a redirect loop hop by hop', async () => {
    const e = await failureOf(fetchResource(server.url('/loop-a'), { ...base, expect: 'page' }));
    expect(e.reason).toBe(`redirect loop: ${server.url('/loop-a')} → ${server.url('/loop-b')} → ${server.url('/loop-a')}`);
  });

  it('should follow redirects up to the hop limit and report where they ended', async () => {
    const r = await fetchResource(server.url('/moved'), { ...base, expect: 'page' });
    expect(r.kind === 'ok' && r.finalUrl).toBe(server.url('/page.html'));
    const e = await failureOf(fetchResource(server.url('/chain-0'), { ...base, expect: 'page', maxRedirects: 3 }));
    expect(e.reason).toMatch(/^too many redirects \(over 3\): /u);
  });

  it('should abort a body over the size limit while it streams, and refuse a declared one before reading it', async () => {
    const e = await failureOf(fetchResource(server.url('/huge'), { ...base, expect: 'attachment', maxBytes: 1024 * 1024 }));
    expect(e.reason).toBe('body over 1 MB limit');
    const d = await failureOf(fetchResource(server.url('/huge-declared'), { ...base, expect: 'attachment', maxBytes: 100 * 1024 }));
    expect(d.reason).toBe('body over 100 KB limit');
  });

  it('should refuse a wrong content type with a reason that names it', async () => {
    expect((await failureOf(fetchResource(server.url('/page.html'), { ...base, expect: 'feed' }))).reason).toBe('not a feed: text/html');
    expect((await failureOf(fetchResource(server.url('/file.pdf'), { ...base, expect: 'page' }))).reason).toBe('not a web page: application/pdf');
    expect((await failureOf(fetchResource(server.url('/page.html'), { ...base, expect: 'attachment' }))).reason).toBe('not a document: text/html');
    expect((await failureOf(fetchResource(server.url('/error-page.pdf'), { ...base, expect: 'attachment' }))).reason).toBe(
      'not a document: application/octet-stream holding an HTML page',
    );
    expect((await failureOf(fetchResource(server.url('/image.png'), { ...base, expect: 'posting' }))).reason).toBe('not a web page or document: image/png');
  });

  it('should accept a feed served as text/html when its body is a feed, and octet-stream judged by its bytes', async () => {
    expect((await fetchResource(server.url('/feed-as-html.rss'), { ...base, expect: 'feed' })).kind).toBe('ok');
    const r = await fetchResource(server.url('/download?id=7'), { ...base, expect: 'attachment' });
    expect(r.kind === 'ok' && r.bytes.length).toBe(docx.length);
    expect((await fetchResource(server.url('/file.pdf'), { ...base, expect: 'posting' })).kind).toBe('ok');
  });

  it('should call a refused connection a network error and retry it', async () => {
    const closed = await startTestServer({});
    const url = closed.url('/x');
    await closed.close();
    const e = await failureOf(fetchResource(url, { ...base, expect: 'page', retries: 1 }));
    expect(e.reason).toBe('connection refused after 1 retry');
  });
});

describe('HostLimiter', () => {
  it('should keep each host to perHost tasks in flight while other hosts go on', async () => {
    const limiter = new HostLimiter(2);
    let now = 0;
    let peakA = 0;
    let peakB = 0;
    const task = (host: string) =>
      limiter.run(`http://${host}/x`, async () => {
        now++;
        if (host === 'a.gov.vn') peakA = Math.max(peakA, limiter.inFlight('http://a.gov.vn/'));
        else peakB = Math.max(peakB, limiter.inFlight('http://b.gov.vn/'));
        await new Promise((r) => setTimeout(r, 5));
        return host;
      });
    const done = await Promise.all([...Array(7)].map(() => task('a.gov.vn')).concat([...Array(3)].map(() => task('b.gov.vn'))));
    expect(done.filter((h) => h === 'a.gov.vn')).toHaveLength(7);
    expect(now).toBe(10);
    expect(peakA).toBe(2);
    expect(peakB).toBe(2);
    expect(limiter.inFlight('http://a.gov.vn/')).toBe(0);
  });

  it('should free the slot of a task that throws', async () => {
    const limiter = new HostLimiter(1);
    await expect(limiter.run('http://a.gov.vn/', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('http://a.gov.vn/', async () => 'next')).toBe('next');
  });
});
