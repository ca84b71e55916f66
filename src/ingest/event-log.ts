import type { EventSink, IngestEvent } from './types.js';

export type LogFormat = 'text' | 'json';

export interface EventLogOptions {
  format: LogFormat;
  /** Text only: hide the per-item lines (new, unchanged, fetched …); failures, warnings and the summary stay. */
  quiet?: boolean;
  /** Where JSON lines go (stdout). */
  out?: { write(s: string): unknown };
  /** Where text lines go (stderr). */
  err?: { write(s: string): unknown };
  /** The clock, for tests. */
  now?: () => Date;
}

/** Events about one item (a file, a URL) rather than the run or a source; `--quiet` hides them. */
const ITEM_EVENTS = new Set(['new', 'changed', 'unchanged', 'fetched', 'not-modified', 'skipped', 'would-read', 'would-fetch', 'retry']);

/** The fields a text line shows in its own place rather than as `key=value`. */
const PLACED = new Set(['ts', 'event', 'source', 'url', 'path', 'reason', 'message']);

/**
 * The ingest's log. Text (the default) writes one readable line per event to
 * stderr: `new  [shared-docs] /srv/docs/a.txt`, `failed [feed] https://… : HTTP 500 (fetch)`.
 * JSON writes one object per line to stdout, `{ts, event, source, url|path, …}`,
 * and nothing else goes to stdout, so a scheduler can read it line by line;
 * the last line is the `summary` event.
 */
export function createEventLog(opts: EventLogOptions): EventSink {
  const out = opts.out ?? process.stdout;
  const err = opts.err ?? process.stderr;
  const now = opts.now ?? (() => new Date());
  if (opts.format === 'json') {
    return { emit: (e) => out.write(JSON.stringify({ ts: now().toISOString(), ...e }) + '\n') };
  }
  return {
    emit: (e) => {
      if (opts.quiet && ITEM_EVENTS.has(e.event)) return;
      err.write(formatEventText(e) + '\n');
    },
  };
}

/** One event as a line a person reads: the event, the source in brackets, the item, the reason, then the other fields. */
export function formatEventText(e: IngestEvent): string {
  const parts = [e.event === 'summary' ? 'summary:' : e.event.padEnd(9)];
  if (e.source !== undefined) parts.push(`[${e.source}]`);
  const item = e.path ?? e.url;
  const why = e.reason ?? e.message;
  if (item !== undefined) parts.push(why !== undefined ? `${String(item)}:` : String(item));
  if (why !== undefined) parts.push(String(why));
  const rest = Object.entries(e)
    .filter(([k, v]) => !PLACED.has(k) && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  if (rest.length) parts.push(rest.join(' '));
  return parts.join(' ');
}
