import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CliError, EXIT, type ExitCode } from '../cli/errors.js';
import type { ExtractFn } from '../import/import-files.js';
import { recordFailure, resolveFailures } from '../store/failures.js';
import { openDatabase, type Db } from '../store/open-database.js';
import { runFolderSource } from './folder/run-folder-source.js';
import { createRecyclingExtract } from './recycling-extract.js';
import { acquireRunLock } from './run-lock.js';
import { findSourceId, finishSource, locationOf, upsertSource } from './sources-table.js';
import type { EventSink, IngestSettings, SourceConfig, SourceOutcome, SourceRunContext } from './types.js';
import { runWebSource } from './web/run-web-source.js';

export interface RunIngestOptions {
  /** Extraction worker threads beside the writer (default: one on two cores; 0 = in-process). */
  workers?: number;
  /** Fresh extraction workers when the process's RSS passes this many MB (default 240: the bar is 300). */
  rssBudgetMb?: number;
}

/** The counts of the last event of a run. */
export interface IngestSummary {
  sources: number;
  failedSources: number;
  new: number;
  changed: number;
  unchanged: number;
  failed: number;
  seconds: number;
  exitCode: ExitCode;
}

/** SQLite errors that mean the database itself is unusable, not one source: the run stops with exit 3. */
const FATAL_SQLITE = /^SQLITE_(FULL|IOERR|CORRUPT|NOTADB|READONLY|CANTOPEN|PERM)/;

/**
 * One ingest run: takes the database's lock (a second run fails at once,
 * exit 4), opens the database, and runs each source in turn — folders here,
 * feeds and listings through `runWebSource` — after making sure it has its
 * `sources` row. A source that throws is a failed source: recorded in
 * `failures` and on its row, and the run goes on. Ends with a `summary` event
 * and returns the exit code: 0 when everything was read and stored (or not
 * modified), 1 when some source or document failed. A dry run takes no lock
 * and writes nothing (a database that does not exist yet is read as empty).
 */
export async function runIngest(settings: IngestSettings, log: EventSink, opts: RunIngestOptions = {}): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const lock = settings.dryRun
    ? undefined
    : acquireRunLock(settings.db, 'ingest', (h) =>
        log.emit({ event: 'warning', message: `took over the lock of pid ${h.pid} (started ${h.startedAt}), which is no longer running`, path: `${settings.db}.lock` }),
      );
  let db: Db | undefined;
  const workers = opts.workers ?? Math.max(0, Math.min(2, availableParallelism() - 1));
  const pool = createRecyclingExtract(workers, { rssBudgetMb: opts.rssBudgetMb ?? 240, minDocuments: 500 });
  try {
    db = openForRun(settings);
    const extract: ExtractFn = pool.extract;
    log.emit({ event: 'run-start', path: settings.db, sources: settings.sources.length, dryRun: settings.dryRun || undefined });
    const summary: IngestSummary = { sources: 0, failedSources: 0, new: 0, changed: 0, unchanged: 0, failed: 0, seconds: 0, exitCode: EXIT.ok };
    for (const source of settings.sources) {
      const outcome = await runOneSource(db, settings, log, source, extract);
      summary.sources++;
      if (outcome.status === 'failed') summary.failedSources++;
      summary.new += outcome.new;
      summary.changed += outcome.changed;
      summary.unchanged += outcome.unchanged;
      summary.failed += outcome.failed;
    }
    summary.seconds = Math.round(Number(process.hrtime.bigint() - started) / 1e6) / 1000;
    summary.exitCode = summary.failedSources || summary.failed ? EXIT.partial : EXIT.ok;
    log.emit({ event: 'summary', ...summary });
    return summary;
  } finally {
    await pool.close();
    db?.close();
    lock?.release();
  }
}

function openForRun(settings: IngestSettings): Db {
  if (!settings.dryRun) return openDatabase(settings.db);
  // A dry run reads what the database knows; with no database yet, everything is new.
  return existsSync(settings.db) ? openDatabase(settings.db, { readonly: true }) : openDatabase(':memory:');
}

async function runOneSource(db: Db, settings: IngestSettings, log: EventSink, source: SourceConfig, extract: ExtractFn): Promise<SourceOutcome> {
  const name = source.name ?? locationOf(source);
  const sourceId = settings.dryRun ? findSourceId(db, name) : upsertSource(db, { ...source, name });
  // The source's last failure, for its row when it ends 'failed' without throwing (a feed that answered 500).
  let lastFailure: string | null = null;
  const sourceLog: EventSink = {
    emit: (e) => {
      if (e.event === 'failed' && typeof e.reason === 'string') lastFailure = `${e.url ?? e.path ?? name}: ${e.reason}`;
      log.emit(e);
    },
  };
  const ctx: SourceRunContext = { db, settings, log: sourceLog, sourceId, sourceName: name, extract };
  log.emit({ event: 'source-start', source: name, kind: source.kind, [source.kind === 'folder' ? 'path' : 'url']: locationOf(source) });
  let outcome: SourceOutcome;
  let error: string | null = null;
  try {
    outcome = source.kind === 'folder' ? await runFolderSource(ctx, source) : await runWebSource(ctx, source);
  } catch (e) {
    if (isFatalDatabaseError(e)) throw new CliError(`database ${settings.db} unusable: ${(e as Error).message}`, EXIT.database);
    if (db.inTransaction) db.exec('ROLLBACK');
    error = (e as Error).message;
    outcome = { source: name, status: 'failed', new: 0, changed: 0, unchanged: 0, failed: 0 };
    log.emit({ event: 'failed', source: name, stage: 'source', reason: error });
    if (!settings.dryRun) recordFailure(db, name, 'source', error);
  }
  if (!settings.dryRun) {
    if (outcome.status === 'ok' || outcome.status === 'not-modified') resolveFailures(db, name);
    finishSource(db, sourceId, outcome, error ?? (outcome.status === 'failed' ? lastFailure : null));
  }
  log.emit({ event: 'source-end', source: name, status: outcome.status, new: outcome.new, changed: outcome.changed, unchanged: outcome.unchanged, failed: outcome.failed });
  return outcome;
}

function isFatalDatabaseError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && FATAL_SQLITE.test(code);
}
