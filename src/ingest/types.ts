/**
 * The nightly ingest's shared shapes: the config it reads, the events it logs,
 * and the contract between the run (src/ingest/run-ingest.ts) and each kind of
 * source (folder: src/ingest/folder/, feed and listing: src/ingest/web/).
 * The tables these fill are in src/store/migrations/0004-ingest.sql.
 */
import type { Db } from '../store/open-database.js';
import type { DocumentResult } from '../types.js';

/** A shared folder: files new or changed since the last run (size + mtime, then sha256). */
export interface FolderSourceConfig {
  kind: 'folder';
  /** Unique name of the source in the database; defaults to the path. */
  name?: string;
  path: string;
  /** picomatch glob relative to `path`, as `vanban import --glob`. */
  glob?: string;
}

/** An RSS 2.0 or Atom feed whose items link to postings. */
export interface FeedSourceConfig {
  kind: 'feed';
  name?: string;
  url: string;
  /** CSS selector for attachment links inside a posting; default: links to .pdf/.docx/.doc/.rtf files. */
  attachmentSelector?: string;
}

/** A department's listing page: `linkSelector` picks the links to postings. */
export interface ListingSourceConfig {
  kind: 'listing';
  name?: string;
  url: string;
  linkSelector: string;
  attachmentSelector?: string;
}

export type SourceConfig = FolderSourceConfig | FeedSourceConfig | ListingSourceConfig;

/** Settings for the whole run (config file, overridden by flags). */
export interface IngestSettings {
  db: string;
  sources: SourceConfig[];
  /** Files and HTTP bodies larger than this are refused with a failure row. */
  maxBytes: number;
  /** Per HTTP request (headers and body). */
  timeoutMs: number;
  /** Retries after the first attempt, for timeouts, network errors, 429 and 5xx. */
  retries: number;
  /** Concurrent requests to one host. */
  perHost: number;
  /** Documents per transaction. */
  batchDocuments: number;
  /** Only files with mtime ≥ since and feed items published ≥ since (items without a date pass). */
  since?: Date;
  dryRun: boolean;
  userAgent: string;
}

/**
 * One thing that happened, logged as a line of text on stderr or, with
 * `--log json`, one JSON object per line on stdout: `{ts, event, source, …}`.
 * Events: run-start, source-start, not-modified, fetched, new, changed,
 * unchanged, skipped, would-fetch (dry run), failed, retry, source-end, summary.
 */
export interface IngestEvent {
  event: string;
  source?: string;
  url?: string;
  path?: string;
  [field: string]: unknown;
}

export interface EventSink {
  emit(event: IngestEvent): void;
}

/** What a source run counts; the run sums them into the summary event. */
export interface SourceOutcome {
  source: string;
  status: 'ok' | 'partial' | 'failed' | 'not-modified';
  /** Documents stored for the first time. */
  new: number;
  /** New versions of postings / files whose content changed. */
  changed: number;
  unchanged: number;
  failed: number;
}

/** What a source run is given. `extract` turns bytes into a result (worker pool or in-process). */
export interface SourceRunContext {
  db: Db;
  settings: IngestSettings;
  log: EventSink;
  /** The `sources` row of this source (created by the run before the source starts). */
  sourceId: number;
  sourceName: string;
  extract: (bytes: Uint8Array, name: string) => Promise<DocumentResult>;
}
