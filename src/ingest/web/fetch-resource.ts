import { sniffFormat } from '../../parsers/sources/sniff-format.js';
import { formatBytes } from './format-bytes.js';
import { WebError } from './web-error.js';

/**
 * What the caller expects at a URL; the response's content type (and, where
 * the type says little, its bytes) must agree:
 * - `feed`: RSS/Atom (any xml/rss/atom type, or a body that starts as a feed);
 * - `page`: an HTML page (a listing);
 * - `posting`: an HTML page or a document file (a feed item may link straight to a PDF);
 * - `attachment`: PDF, DOCX, DOC or RTF, by type or, for octet-stream and the like, by the bytes.
 */
export type FetchExpectation = 'feed' | 'page' | 'posting' | 'attachment';

export interface FetchOptions {
  expect: FetchExpectation;
  /** Per request, headers and body together. */
  timeoutMs: number;
  /** The body is refused (the download aborted) past this many bytes. */
  maxBytes: number;
  /** Retries after the first attempt, for network errors, timeouts, 429 and 5xx. */
  retries: number;
  userAgent: string;
  /** Conditional GET: the validators of the copy we hold. */
  etag?: string | null;
  lastModified?: string | null;
  /** Redirect hops followed before giving up (default 5). */
  maxRedirects?: number;
  /** First backoff delay; doubled per retry, with jitter (default 500 ms). */
  backoffMs?: number;
  /** A longer Retry-After than this is not waited for: the request fails (default 60 s). */
  maxRetryAfterMs?: number;
  /** Told before each retry, e.g. to log it. */
  onRetry?: (info: { url: string; attempt: number; reason: string; delayMs: number }) => void;
}

/** A response we hold: either the server's "you have it already", or the body. */
export type FetchResult =
  | { kind: 'not-modified'; url: string; finalUrl: string }
  | {
      kind: 'ok';
      url: string;
      /** Where the redirects ended. */
      finalUrl: string;
      status: number;
      bytes: Uint8Array;
      /** The media type without parameters, lower case ('' when the server sent none). */
      contentType: string;
      etag: string | null;
      lastModified: string | null;
    };

/** A failed fetch: stage 'fetch', with the HTTP status when there was one. */
export class FetchError extends WebError {
  constructor(url: string, reason: string, status?: number) {
    super(url, 'fetch', reason, status);
    this.name = 'FetchError';
  }
}

/** An attempt that may be worth repeating (network, timeout, 429, 5xx), with what to say if it is the last. */
class RetryableError extends Error {
  constructor(
    readonly reason: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(reason);
  }
}

const DEFAULT_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/**
 * GETs a URL with Node's fetch: a timeout per request covering the body, the
 * size limit enforced while the body streams, redirects followed by hand (a
 * hop limit, a loop named as 'redirect loop: A → B → A'), retries with
 * exponential backoff and jitter for network errors, timeouts, 429 (its
 * Retry-After honoured up to a bound) and 5xx, never for other 4xx;
 * conditional GET with the validators given (304 → not-modified); the content
 * type checked against what the caller expects. Throws `FetchError` with a
 * reason a person understands.
 */
export async function fetchResource(url: string, opts: FetchOptions): Promise<FetchResult> {
  const backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 60_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, opts);
    } catch (e) {
      if (!(e instanceof RetryableError)) throw e;
      const retriesDone = attempt;
      const suffix = retriesDone === 0 ? '' : ` after ${retriesDone} ${retriesDone === 1 ? 'retry' : 'retries'}`;
      if (e.retryAfterMs !== undefined && e.retryAfterMs > maxRetryAfter) {
        throw new FetchError(url, `${e.reason}; the server asks to wait ${Math.round(e.retryAfterMs / 1000)} s${suffix ? `,${suffix}` : ''}`, e.status);
      }
      if (attempt >= opts.retries) throw new FetchError(url, withRetries(e.reason, retriesDone), e.status);
      const exp = Math.min(MAX_BACKOFF_MS, backoff * 2 ** attempt);
      const jittered = Math.round(exp * (0.5 + Math.random() / 2));
      const delayMs = e.retryAfterMs !== undefined ? Math.max(e.retryAfterMs, jittered) : jittered;
      opts.onRetry?.({ url, attempt: attempt + 1, reason: e.reason, delayMs });
      await sleep(delayMs);
    }
  }
}

/** 'HTTP 503 after 3 retries'; a timeout keeps its own 'after': 'timed out after 30 s (3 retries)'. */
function withRetries(reason: string, retries: number): string {
  if (retries === 0) return reason;
  const n = `${retries} ${retries === 1 ? 'retry' : 'retries'}`;
  return reason.startsWith('timed out') ? `${reason} (${n})` : `${reason} after ${n}`;
}

/** One attempt: the request and its redirects, then the body. */
async function fetchOnce(url: string, opts: FetchOptions): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const seen = [url];
  let current = url;
  for (;;) {
    const signal = AbortSignal.timeout(opts.timeoutMs);
    const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: ACCEPT[opts.expect] };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let res: Response;
    try {
      res = await fetch(current, { redirect: 'manual', signal, headers });
    } catch (e) {
      throw requestError(url, e, opts.timeoutMs);
    }

    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await discard(res);
      const location = res.headers.get('location');
      if (!location) throw new FetchError(url, `HTTP ${res.status} redirect without a Location`, res.status);
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        throw new FetchError(url, `HTTP ${res.status} redirect to an invalid URL: ${location}`, res.status);
      }
      if (seen.includes(next)) throw new FetchError(url, `redirect loop: ${[...seen, next].join(' → ')}`, res.status);
      seen.push(next);
      if (seen.length - 1 > maxRedirects) throw new FetchError(url, `too many redirects (over ${maxRedirects}): ${seen.join(' → ')}`, res.status);
      current = next;
      continue;
    }

    if (res.status === 304) {
      await discard(res);
      return { kind: 'not-modified', url, finalUrl: current };
    }
    if (res.status === 429 || res.status >= 500) {
      await discard(res);
      throw new RetryableError(`HTTP ${res.status}`, res.status, retryAfterMs(res.headers.get('retry-after')));
    }
    if (res.status < 200 || res.status >= 300) {
      await discard(res);
      throw new FetchError(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status);
    }

    const contentType = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const bytes = await readBody(url, res, opts.maxBytes, opts.timeoutMs);
    const wrong = checkContentType(opts.expect, contentType, bytes);
    if (wrong) throw new FetchError(url, wrong, res.status);
    return {
      kind: 'ok',
      url,
      finalUrl: current,
      status: res.status,
      bytes,
      contentType,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  }
}

const ACCEPT: Record<FetchExpectation, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
  posting: 'text/html, application/xhtml+xml;q=0.9, application/pdf;q=0.8, */*;q=0.5',
  attachment: '*/*',
};

/** The body, refused past `maxBytes` (declared or counted while it streams). */
async function readBody(url: string, res: Response, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const over = () => new FetchError(url, `body over ${formatBytes(maxBytes)} limit`, res.status);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers.get('content-encoding')) {
    await discard(res);
    throw over();
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw over();
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw requestError(url, e, timeoutMs);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** A thrown fetch or body read, as a retryable failure or a final one. */
function requestError(url: string, e: unknown, timeoutMs: number): Error {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') {
    return new RetryableError(`timed out after ${formatSeconds(timeoutMs)}`);
  }
  if (err?.name === 'TypeError' && /invalid url|failed to parse url/iu.test(err.message)) {
    return new FetchError(url, `invalid URL`);
  }
  if (err?.name === 'TypeError' && /unsupported|not supported|unknown scheme/iu.test(err.message)) {
    return new FetchError(url, `unsupported URL scheme`);
  }
  const code = err?.cause?.code ?? (err as { code?: string }).code;
  if (code && /CERT|SSL|TLS|SELF_SIGNED/u.test(code)) return new FetchError(url, `TLS: ${err.cause?.message ?? code}`);
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    EPIPE: 'connection closed',
    UND_ERR_SOCKET: 'connection closed by the server',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
    UND_ERR_BODY_TIMEOUT: 'body stalled',
  };
  const reason = code ? (known[code] ?? `network error (${code})`) : `network error: ${err?.cause?.message ?? err?.message ?? String(e)}`;
  return new RetryableError(reason);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,9}$/u.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const FEED_TYPE = /xml|rss|atom/u;
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const DOCUMENT_TYPES = new Set([
  'application/pdf',
  'application/x-pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/rtf',
  'application/x-rtf',
  'text/rtf',
]);
/** Types that say nothing of the content: judged by the bytes. */
const GENERIC_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/force-download',
  'application/x-download',
  'application/download',
  'application/unknown',
  'application/zip',
  'application/x-zip-compressed',
]);
const DOCUMENT_FORMATS = new Set(['pdf', 'docx', 'doc', 'rtf']);

/** Why the response is not what was expected, or null when it is. */
function checkContentType(expect: FetchExpectation, type: string, bytes: Uint8Array): string | null {
  const shown = type || 'no content type';
  const sniffed = () => sniffFormat(bytes.subarray(0, 65536)).format;
  const isDocumentBytes = () => DOCUMENT_FORMATS.has(sniffed()) || startsAsZip(bytes);
  switch (expect) {
    case 'feed':
      if (FEED_TYPE.test(type) || startsAsFeed(bytes)) return null;
      return `not a feed: ${shown}`;
    case 'page':
      if (PAGE_TYPES.has(type) || (type === '' && sniffed() === 'html')) return null;
      return `not a web page: ${shown}`;
    case 'posting':
      if (PAGE_TYPES.has(type) || DOCUMENT_TYPES.has(type)) return null;
      if (GENERIC_TYPES.has(type) && (sniffed() === 'html' || isDocumentBytes())) return null;
      if (type === 'text/plain') return null;
      return `not a web page or document: ${shown}`;
    case 'attachment':
      if (DOCUMENT_TYPES.has(type)) return null;
      if (GENERIC_TYPES.has(type) && isDocumentBytes()) return null;
      return `not a document: ${shown}${GENERIC_TYPES.has(type) ? ` holding ${describeBytes(sniffed())}` : ''}`;
  }
}

function describeBytes(format: string): string {
  return format === 'html' ? 'an HTML page' : format === 'txt' || format === 'md' ? 'text' : format;
}

/** A body that begins like XML, RSS or Atom (some portals serve their feed as text/html). */
function startsAsFeed(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/u, '').trimStart();
  return /^<(?:\?xml|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/u.test(head);
}

/** A zip container (DOCX), even one the reader will later refuse with its own reason. */
function startsAsZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(s < 1 ? 2 : 1).replace(/0$/u, '')} s`;
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
