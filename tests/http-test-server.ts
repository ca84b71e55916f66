/**
 * A real HTTP server on 127.0.0.1 (a port the system picks) for the web
 * ingest tests, serving routes from a table the tests may change between
 * runs. It counts requests per path and can answer 304 to a matching
 * If-None-Match / If-Modified-Since, fail N times then recover, sleep before
 * answering, redirect, send any content type, and stream a body of any size.
 * Not a test file: the tests import it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** How one path answers. */
export interface TestRoute {
  /** Default 200. */
  status?: number;
  /** Content-Type header (none when absent). */
  type?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Sent as ETag; a request with this If-None-Match gets 304. */
  etag?: string;
  /** Sent as Last-Modified; a request with this If-Modified-Since gets 304. */
  lastModified?: string;
  /** Answer `failStatus` (default 500) to this many requests first, then answer normally. */
  failTimes?: number;
  failStatus?: number;
  /** Sent with the failures (429, 503). */
  retryAfter?: string;
  /** Wait this long before the headers. */
  delayMs?: number;
  /** Send the headers and the first half of the body, then wait this long before the rest (a stalled body). */
  bodyDelayMs?: number;
  /** Answer 302 with this Location. */
  redirectTo?: string;
  /** Stream this many bytes (chunks of 64 KB, no Content-Length) instead of `body`. */
  streamBytes?: number;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  base: string;
  url(path: string): string;
  /** Mutable: change or add routes between runs. */
  routes: Record<string, TestRoute>;
  /** Requests to `path` since the start (or the last `resetCounts`). */
  hits(path: string): number;
  /** Requests to `path` that carried If-None-Match or If-Modified-Since. */
  conditionalHits(path: string): number;
  /** Requests to `path` answered 304. */
  notModified(path: string): number;
  /** The most requests the server had in flight at once (since the start or `resetCounts`). */
  peakInFlight(): number;
  /** User-Agent of the last request to `path`. */
  lastUserAgent(path: string): string | undefined;
  resetCounts(): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1, port 0. Close it in afterAll. */
export async function startTestServer(routes: Record<string, TestRoute> = {}): Promise<TestServer> {
  const hits = new Map<string, number>();
  const conditional = new Map<string, number>();
  const notModified = new Map<string, number>();
  const failuresSent = new Map<string, number>();
  const userAgents = new Map<string, string>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let inFlight = 0;
  let peak = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname + (new URL(req.url ?? '/', 'http://x').search || '');
    const key = routes[path] ? path : new URL(req.url ?? '/', 'http://x').pathname;
    bump(hits, key);
    userAgents.set(key, String(req.headers['user-agent'] ?? ''));
    const route = routes[key];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><h1>404 Không tìm thấy trang</h1></body></html>');
      return;
    }
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    if (ifNoneMatch || ifModifiedSince) bump(conditional, key);
    if (route.delayMs) await new Promise((r) => setTimeout(r, route.delayMs));
    if (res.destroyed) return;

    const failed = failuresSent.get(key) ?? 0;
    if (route.failTimes && failed < route.failTimes) {
      failuresSent.set(key, failed + 1);
      const h: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (route.retryAfter) h['retry-after'] = route.retryAfter;
      res.writeHead(route.failStatus ?? 500, h);
      res.end('<html><body>Service Unavailable</body></html>');
      return;
    }
    if (route.redirectTo) {
      res.writeHead(302, { location: route.redirectTo });
      res.end();
      return;
    }
    const matches = (ifNoneMatch && route.etag && ifNoneMatch === route.etag) || (!ifNoneMatch && ifModifiedSince && route.lastModified && ifModifiedSince === route.lastModified);
    const headers: Record<string, string> = { ...(route.headers ?? {}) };
    if (route.etag) headers.etag = route.etag;
    if (route.lastModified) headers['last-modified'] = route.lastModified;
    if (matches) {
      bump(notModified, key);
      res.writeHead(304, headers);
      res.end();
      return;
    }
    if (route.type) headers['content-type'] = route.type;
    if (route.streamBytes !== undefined) {
      res.writeHead(route.status ?? 200, headers);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let left = route.streamBytes;
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          const n = Math.min(left, chunk.length);
          left -= n;
          if (!res.write(chunk.subarray(0, n))) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => {
        left = 0;
      });
      pump();
      return;
    }
    const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? new Uint8Array(0));
    headers['content-length'] = String(body.length);
    res.writeHead(route.status ?? 200, headers);
    if (route.bodyDelayMs) {
      const half = Math.floor(body.length / 2);
      res.write(body.subarray(0, half));
      await new Promise((r) => setTimeout(r, route.bodyDelayMs));
      if (!res.destroyed) res.end(body.subarray(half));
      return;
    }
    res.end(body);
  };

  const server: Server = createServer((req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.once('close', () => {
      inFlight--;
    });
    handle(req, res).catch((e) => {
      res.destroy(e as Error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path) => base + path,
    routes,
    hits: (p) => hits.get(p) ?? 0,
    conditionalHits: (p) => conditional.get(p) ?? 0,
    notModified: (p) => notModified.get(p) ?? 0,
    lastUserAgent: (p) => userAgents.get(p),
    peakInFlight: () => peak,
    resetCounts: () => {
      peak = inFlight;
      hits.clear();
      conditional.clear();
      notModified.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const template = readFileSync(fileURLToPath(new URL('../fixtures/web/portal-page.html', import.meta.url)), 'utf8');

/**
 * A portal-like posting page (header, menus, breadcrumbs, scripts, a "Tin
 * khác" box, a footer) around a document's text, one `<p>` per line, with
 * links to its attachments in a "file đính kèm" box.
 */
export function portalPage(title: string, text: string, attachments: Array<{ href: string; label: string }> = []): string {
  const body = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `        <p>${escapeHtml(line)}</p>`)
    .join('\n');
  const links = attachments.map((a) => `        <p><a href="${escapeHtml(a.href)}" target="_blank">${escapeHtml(a.label)}</a></p>`).join('\n');
  return template.replaceAll('{{TITLE}}', escapeHtml(title)).replace('{{BODY}}', body).replace('{{ATTACHMENTS}}', links);
}

/** An RSS 2.0 feed of items. */
export function rssFeed(items: Array<{ link: string; title: string; pubDate?: string }>): string {
  const entries = items
    .map(
      (i) => `    <item>
      <title><![CDATA[${i.title}]]></title>
      <link>${escapeHtml(i.link)}</link>
      <guid isPermaLink="true">${escapeHtml(i.link)}</guid>${i.pubDate ? `\n      <pubDate>${i.pubDate}</pubDate>` : ''}
      <description><![CDATA[<p>${i.title}</p>]]></description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Văn bản chỉ đạo điều hành</title>
    <link>/van-ban</link>
    <description>Văn bản mới ban hành</description>
${entries}
  </channel>
</rss>
`;
}

/** An Atom feed of entries. */
export function atomFeed(entries: Array<{ link: string; title: string; published?: string }>): string {
  const body = entries
    .map(
      (e) => `  <entry>
    <title type="text">${escapeHtml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeHtml(e.link)}"/>
    <id>${escapeHtml(e.link)}</id>${e.published ? `\n    <published>${e.published}</published>\n    <updated>${e.published}</updated>` : ''}
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Tin tức - Văn bản</title>
  <id>urn:vanban:test</id>
  <updated>2022-07-20T08:00:00+07:00</updated>
${body}
</feed>
`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
