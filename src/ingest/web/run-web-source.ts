import { createHash } from 'node:crypto';
import type { DocumentResult } from '../../types.js';
import type { FeedSourceConfig, IngestEvent, ListingSourceConfig, SourceOutcome, SourceRunContext } from '../types.js';
import { DocumentWriter } from '../../store/save-document.js';
import { recordFailure, resolveFailures } from '../../store/failures.js';
import { citationKeyOfDocument } from '../../resolve/document-citation-key.js';
import { decodeBytes } from '../../parsers/sources/decode-bytes.js';
import { sniffFormat } from '../../parsers/sources/sniff-format.js';
import { fetchResource, type FetchExpectation, type FetchOptions, type FetchResult } from './fetch-resource.js';
import { findAttachments } from './find-attachments.js';
import { HostLimiter } from './host-limiter.js';
import { PostingStore, type LatestPosting } from './posting-store.js';
import { readFeed } from './read-feed.js';
import { readListing } from './read-listing.js';
import { WebError, type WebStage } from './web-error.js';

/** Knobs the settings do not carry: tests shorten the backoff; a run may share one limiter across sources. */
export interface WebRunOptions {
  /** First retry delay (default 500 ms), doubled per retry with jitter. */
  backoffMs?: number;
  /** Shared per-host limiter; default: one for this source with `settings.perHost`. */
  limiter?: HostLimiter;
}

/** A posting to fetch: from a feed item or a listing link. */
interface PostingRef {
  url: string;
  title: string;
  publishedAt: string | null;
}

/**
 * Runs one web source: a conditional GET of the feed or listing with the
 * validators of the last run that had no failure (304 → 'not-modified',
 * nothing else fetched); its items (those published before `settings.since`
 * dropped; undated ones kept); each posting fetched (a conditional GET with
 * its latest version's validators; at most `perHost` requests per host at a
 * time). A posting that is not modified or has the bytes of its latest
 * version is 'unchanged' and not parsed; otherwise it is extracted and, in
 * one transaction, its document (shared with any other source that has the
 * same bytes) and a new `postings` version (old versions kept) are stored
 * with a row per attachment link, each attachment then fetched, extracted and
 * linked (an attachment in a format no reader handles, a legacy .doc, is
 * logged 'skipped' and kept as a row without a document). Every failure is recorded in `failures` (source = the URL) and
 * logged, and the run goes on; the feed's validators are saved only when
 * nothing failed (and `since` left nothing out), so that failed postings are
 * fetched again next run.
 * Attachment rows left without a document (failed, or cut off by a crash) are
 * fetched again when their posting is next seen. With `settings.dryRun` it
 * reads the feed or listing and logs 'would-fetch' per posting, writing
 * nothing.
 */
export async function runWebSource(
  ctx: SourceRunContext,
  source: FeedSourceConfig | ListingSourceConfig,
  opts: WebRunOptions = {},
): Promise<SourceOutcome> {
  const { db, settings } = ctx;
  const dryRun = settings.dryRun;
  const outcome: SourceOutcome = { source: ctx.sourceName, status: 'ok', new: 0, changed: 0, unchanged: 0, failed: 0 };
  const store = new PostingStore(db);
  const writer = new DocumentWriter(db);
  const limiter = opts.limiter ?? new HostLimiter(Math.max(1, settings.perHost));

  const emit = (event: string, fields: Omit<IngestEvent, 'event'>) => ctx.log.emit({ event, source: ctx.sourceName, ...fields });
  const fail = (url: string, stage: WebStage, reason: string, extra: Record<string, unknown> = {}) => {
    outcome.failed++;
    if (!dryRun) recordFailure(db, url, stage, reason);
    emit('failed', { url, stage, reason, ...extra });
  };
  const succeed = (url: string) => {
    if (!dryRun) resolveFailures(db, url);
  };
  const get = (url: string, expect: FetchExpectation, validators?: { etag: string | null; lastModified: string | null }): Promise<FetchResult> => {
    const fo: FetchOptions = {
      expect,
      timeoutMs: settings.timeoutMs,
      maxBytes: settings.maxBytes,
      retries: settings.retries,
      userAgent: settings.userAgent,
      etag: validators?.etag ?? null,
      lastModified: validators?.lastModified ?? null,
      backoffMs: opts.backoffMs,
      onRetry: (r) => emit('retry', { url: r.url, attempt: r.attempt, reason: r.reason, delayMs: r.delayMs }),
    };
    return limiter.run(url, () => fetchResource(url, fo));
  };

  // 1. The feed or listing.
  let listing: FetchResult;
  try {
    listing = await get(source.url, source.kind === 'feed' ? 'feed' : 'page', store.sourceValidators(ctx.sourceId));
  } catch (e) {
    const err = asWebError(e, source.url, 'fetch');
    fail(source.url, err.stage, err.reason);
    return { ...outcome, status: 'failed' };
  }
  if (listing.kind === 'not-modified') {
    emit('not-modified', { url: source.url });
    succeed(source.url);
    return { ...outcome, status: 'not-modified' };
  }
  let refs: PostingRef[];
  try {
    refs = readItems(listing, source);
  } catch (e) {
    const err = asWebError(e, source.url, source.kind === 'feed' ? 'feed' : 'read');
    fail(source.url, err.stage, err.reason);
    return { ...outcome, status: 'failed' };
  }
  emit('fetched', { url: source.url, items: refs.length });
  succeed(source.url);

  const since = settings.since?.getTime();
  let skippedBySince = 0;
  const wanted = refs.filter((r) => {
    if (since === undefined || r.publishedAt === null || Date.parse(r.publishedAt) >= since) return true;
    skippedBySince++;
    emit('skipped', { url: r.url, reason: 'published before --since', publishedAt: r.publishedAt });
    return false;
  });

  if (dryRun) {
    for (const r of wanted) {
      emit('would-fetch', { url: r.url, title: r.title, publishedAt: r.publishedAt, storedVersions: store.latest(r.url)?.version ?? 0 });
    }
    return outcome;
  }

  // 2. The postings, a few at a time (the limiter keeps each host to perHost requests).
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  /** The extracted document, or why not: a failure (recorded here), or a format no reader handles (attachments skip it). */
  const extract = async (
    url: string,
    bytes: Uint8Array,
    name: string,
    extra: Record<string, unknown>,
    skipUnsupported = false,
  ): Promise<DocumentResult | { unsupported: string } | null> => {
    try {
      return await ctx.extract(bytes, name);
    } catch (e) {
      const err = e as Error & { reason?: string; stage?: string };
      const reason = err.reason ?? err.message;
      const bad = err.name === 'SourceError' || err.stage === 'decode' || err.stage === 'read';
      if (skipUnsupported && bad && UNSUPPORTED.test(reason)) return { unsupported: reason };
      fail(url, bad ? 'read' : 'extract', reason, extra);
      return null;
    }
  };

  const readAttachments = async (postingId: number, postingUrl: string) => {
    for (const att of store.pendingAttachments(postingId)) {
      const extra = { kind: 'attachment', posting: postingUrl };
      let res: FetchResult;
      try {
        res = await get(att.url, 'attachment');
      } catch (e) {
        const err = asWebError(e, att.url, 'fetch');
        fail(att.url, err.stage, err.reason, extra);
        continue;
      }
      if (res.kind !== 'ok') {
        fail(att.url, 'fetch', 'HTTP 304 to an unconditional request', extra);
        continue;
      }
      const digest = sha(res.bytes);
      let result: DocumentResult | null = null;
      if (writer.existing(digest) === undefined) {
        const got = await extract(att.url, res.bytes, fileNameOf(res.finalUrl), extra, true);
        if (!got) continue;
        if ('unsupported' in got) {
          // Fetching it again will not help until a reader exists: noted on the row and in the log, not a failure.
          store.markAttachmentUnreadable(att.id, digest);
          emit('skipped', { url: att.url, label: att.label, reason: got.unsupported, ...extra });
          succeed(att.url);
          continue;
        }
        result = got;
      }
      let stored: { documentId: number; isNew: boolean };
      try {
        stored = db.transaction(() => {
          const saved = storeDocument(writer, digest, att.url, res.bytes.length, result);
          store.completeAttachment(att.id, digest, saved.documentId);
          return saved;
        }).immediate();
      } catch (e) {
        fail(att.url, 'store', (e as Error).message, extra);
        continue;
      }
      if (stored.isNew) outcome.new++;
      else outcome.unchanged++;
      emit(stored.isNew ? 'new' : 'unchanged', { url: att.url, label: att.label, documentId: stored.documentId, ...extra, ...(stored.isNew ? {} : { linked: true }) });
      succeed(att.url);
    }
  };

  const unchanged = async (ref: PostingRef, latest: LatestPosting, why: string) => {
    outcome.unchanged++;
    emit('unchanged', { url: ref.url, version: latest.version, why });
    succeed(ref.url);
    await readAttachments(latest.id, ref.url);
  };

  const readPosting = async (ref: PostingRef) => {
    const latest = store.latest(ref.url);
    let res: FetchResult;
    try {
      res = await get(ref.url, 'posting', latest);
    } catch (e) {
      const err = asWebError(e, ref.url, 'fetch');
      fail(ref.url, err.stage, err.reason, { title: ref.title });
      return;
    }
    const fetchedAt = new Date().toISOString();
    if (res.kind === 'not-modified') {
      if (latest) await unchanged(ref, latest, 'not modified');
      else fail(ref.url, 'fetch', 'HTTP 304 to an unconditional request', { title: ref.title });
      return;
    }
    const digest = sha(res.bytes);
    if (latest && latest.sha256 === digest) {
      if (latest.etag !== res.etag || latest.lastModified !== res.lastModified) store.updatePostingValidators(latest.id, res.etag, res.lastModified);
      await unchanged(ref, latest, 'same content');
      return;
    }
    let result: DocumentResult | null = null;
    if (writer.existing(digest) === undefined) {
      const got = await extract(ref.url, res.bytes, fileNameOf(res.finalUrl), { title: ref.title });
      if (!got || 'unsupported' in got) return;
      result = got;
    }
    const links = isHtml(res.bytes) ? attachmentsOf(res.bytes, res.finalUrl, source.attachmentSelector) : [];
    let saved: { postingId: number; version: number; documentId: number };
    try {
      saved = db.transaction(() => {
        const version = (store.latest(ref.url)?.version ?? 0) + 1;
        const { documentId } = storeDocument(writer, digest, ref.url, res.bytes.length, result);
        const postingId = store.insertPosting({
          sourceId: ctx.sourceId,
          url: ref.url,
          version,
          title: ref.title || result?.document.title || null,
          publishedAt: ref.publishedAt,
          fetchedAt,
          etag: res.etag,
          lastModified: res.lastModified,
          sha256: digest,
          documentId,
        });
        for (const link of links) store.insertAttachment(postingId, link.url, link.label || null);
        return { postingId, version, documentId };
      }).immediate();
    } catch (e) {
      fail(ref.url, 'store', (e as Error).message, { title: ref.title });
      return;
    }
    if (saved.version === 1) outcome.new++;
    else outcome.changed++;
    emit(saved.version === 1 ? 'new' : 'changed', {
      url: ref.url,
      title: ref.title,
      version: saved.version,
      documentId: saved.documentId,
      attachments: links.length,
    });
    succeed(ref.url);
    await readAttachments(saved.postingId, ref.url);
  };

  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const ref = wanted[next++];
      try {
        await readPosting(ref);
      } catch (e) {
        // Not foreseen (a bug, a database error outside the transactions): recorded, and the next posting goes on.
        fail(ref.url, 'store', (e as Error).message, { title: ref.title });
      }
    }
  };
  const workers = Math.max(1, Math.min(wanted.length, settings.perHost * 2));
  await Promise.all(Array.from({ length: workers }, worker));

  // 3. The feed's validators, only when nothing failed and nothing was left out by --since:
  // a 304 next time must not hide a posting still to fetch.
  if (outcome.failed === 0 && skippedBySince === 0) store.saveSourceValidators(ctx.sourceId, listing.etag, listing.lastModified);
  const stored = outcome.new + outcome.changed + outcome.unchanged;
  outcome.status = outcome.failed === 0 ? 'ok' : stored === 0 && wanted.length > 0 ? 'failed' : 'partial';
  return outcome;
}

/** A reader's reason for a format it does not handle ('legacy .doc is not supported; convert to .docx'). */
const UNSUPPORTED = /not supported|not a Word \.docx/u;

/** The postings a feed or listing names, as read from its body. */
function readItems(res: Extract<FetchResult, { kind: 'ok' }>, source: FeedSourceConfig | ListingSourceConfig): PostingRef[] {
  const stage: WebStage = source.kind === 'feed' ? 'feed' : 'read';
  let text: string;
  try {
    text = decodeBytes(res.bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).text;
  } catch (e) {
    throw new WebError(source.url, stage, `${source.kind === 'feed' ? 'not XML' : 'unreadable page'}: ${(e as { reason?: string }).reason ?? (e as Error).message}`);
  }
  if (source.kind === 'feed') return readFeed(text, res.finalUrl);
  return readListing(text, res.finalUrl, source.linkSelector).map((i) => ({ url: i.url, title: i.title, publishedAt: null }));
}

/** The stored document with these bytes, or the one saved now from `result`. */
function storeDocument(
  writer: DocumentWriter,
  sha256: string,
  url: string,
  bytes: number,
  result: DocumentResult | null,
): { documentId: number; isNew: boolean } {
  const existing = writer.existing(sha256);
  if (existing !== undefined) return { documentId: existing, isNew: false };
  if (!result) throw new Error('document vanished while it was being read; it will be read again next run');
  return { documentId: writer.save(result, { sha256, sourcePath: url, bytes }, citationKeyOfDocument(result)).id, isNew: true };
}

function isHtml(bytes: Uint8Array): boolean {
  return sniffFormat(bytes.subarray(0, 65536)).format === 'html';
}

/** The posting's attachment links; a page that cannot be decoded has none. */
function attachmentsOf(bytes: Uint8Array, pageUrl: string, selector: string | undefined): Array<{ url: string; label: string }> {
  try {
    return findAttachments(decodeBytes(bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).text, pageUrl, selector).filter((a) => a.url !== pageUrl);
  } catch {
    return [];
  }
}

/**
 * A name for the reader: the URL's last path segment, or a query value that
 * is a file name (`DownloadFile.aspx?file=KH-65.docx` → 'KH-65.docx'), so
 * that the extension agrees with the bytes where it can; '' when the URL
 * names no file (the reader then goes by the bytes alone, without a warning).
 */
function fileNameOf(url: string): string {
  try {
    const u = new URL(url);
    const last = decodeURIComponent(u.pathname.split('/').pop() ?? '');
    if (/\.[a-z0-9]{2,5}$/iu.test(last)) return last;
    for (const v of u.searchParams.values()) if (/^[^/\\]{1,200}\.(?:pdf|docx|doc|rtf|html?)$/iu.test(v.trim())) return v.trim();
    return '';
  } catch {
    return '';
  }
}

function asWebError(e: unknown, url: string, stage: WebStage): WebError {
  if (e instanceof WebError) return e;
  return new WebError(url, stage, (e as Error)?.message ?? String(e));
}
