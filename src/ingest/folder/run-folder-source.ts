import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { collectFiles } from '../../import/collect-files.js';
import { importFiles } from '../../import/import-files.js';
import { recordFailure, resolveFailures } from '../../store/failures.js';
import type { FolderSourceConfig, SourceOutcome, SourceRunContext } from '../types.js';
import { sourceFilesStatements, type SourceFileRow } from './source-files.js';

/** Files read and extracted ahead of the writer (one worker thread beside it on two cores). */
const WINDOW = 8;

/** How a file looks on disk now. */
interface OnDisk {
  rel: string;
  size: number;
  mtimeMs: number;
  row: SourceFileRow | undefined;
}

/**
 * One folder source of the ingest. Lists the files (the source's glob, or
 * every document extension), and skips without reading each file whose size
 * and mtime match its `source_files` row — that is what makes a second run
 * over an unchanged folder cheap: no read, no hash, no parse. The rest are
 * read and hashed: the same sha256 as its row, or as a document already
 * stored (a renamed or copied file), only updates the row ('unchanged');
 * anything else is extracted and saved with its row in the same savepoint
 * of a batch transaction, so a killed run never leaves one without the
 * other. A file that fails gets a failure row and no `source_files` row, so
 * the next run tries it again. `--since` leaves out files older than the
 * date; `--dry-run` lists what would be read and writes nothing.
 */
export async function runFolderSource(ctx: SourceRunContext, source: FolderSourceConfig): Promise<SourceOutcome> {
  const { db, settings, log, sourceId, sourceName } = ctx;
  const outcome: SourceOutcome = { source: sourceName, status: 'ok', new: 0, changed: 0, unchanged: 0, failed: 0 };
  if (!statSync(source.path, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`no such folder: ${source.path}`);

  const statements = sourceFilesStatements(db);
  const rows = statements.rowsOf(sourceId);
  const { files } = await collectFiles([source.path], source.glob);
  const toRead: string[] = [];
  const disk = new Map<string, OnDisk>();
  let skipped = 0;
  const since = settings.since?.getTime();
  for (const file of files) {
    const rel = relative(source.path, file).split(sep).join('/');
    // Sync: thousands of stats of an unchanged folder are the whole second run; promises would double it.
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) {
      // Listed a moment ago and gone now: nothing to store, nothing to retry.
      log.emit({ event: 'skipped', source: sourceName, path: file, reason: 'removed while listing' });
      continue;
    }
    if (since !== undefined && st.mtimeMs < since) {
      skipped++;
      continue;
    }
    const row = rows.get(rel);
    const mtimeMs = Math.floor(st.mtimeMs);
    if (row && row.size === st.size && row.mtime_ms === mtimeMs && row.document_id !== null) {
      outcome.unchanged++;
      continue;
    }
    toRead.push(file);
    disk.set(file, { rel, size: st.size, mtimeMs, row });
  }

  if (settings.dryRun) {
    for (const file of toRead) {
      const seen = disk.get(file)!.row;
      log.emit({ event: 'would-read', source: sourceName, path: file, as: seen ? 'changed' : 'new' });
      if (seen) outcome.changed++;
      else outcome.new++;
    }
    if (skipped) log.emit({ event: 'skipped', source: sourceName, path: source.path, files: skipped, reason: 'older than --since' });
    return outcome;
  }

  const remember = (file: string, sha256: string, documentId: number): SourceFileRow | undefined => {
    const d = disk.get(file)!;
    statements.record(sourceId, { path: d.rel, size: d.size, mtime_ms: d.mtimeMs, sha256, document_id: documentId });
    return d.row;
  };
  if (toRead.length) {
    await importFiles(db, toRead, ctx.extract, {
      batchDocuments: settings.batchDocuments,
      maxFileBytes: settings.maxBytes,
      window: WINDOW,
      onSaved: (file, sha256, documentId) => {
        const before = remember(file, sha256, documentId);
        const event = before ? 'changed' : 'new';
        outcome[event]++;
        log.emit({ event, source: sourceName, path: file, documentId });
      },
      onUnchanged: (file, sha256, documentId) => {
        if (documentId === undefined) {
          const reason = 'same bytes as another file of this run, which failed';
          recordFailure(db, file, 'extract', reason);
          outcome.failed++;
          log.emit({ event: 'failed', source: sourceName, path: file, stage: 'extract', reason });
          return;
        }
        const before = remember(file, sha256, documentId);
        resolveFailures(db, file);
        // Same bytes as its row: only touched. Bytes of another document: the file now holds that one.
        const event = before && before.sha256 !== sha256 ? 'changed' : 'unchanged';
        outcome[event]++;
        log.emit({ event, source: sourceName, path: file, documentId });
      },
      onFailure: (file, stage, reason) => {
        outcome.failed++;
        log.emit({ event: 'failed', source: sourceName, path: file, stage, reason });
      },
    });
  }
  if (skipped) log.emit({ event: 'skipped', source: sourceName, path: source.path, files: skipped, reason: 'older than --since' });
  if (outcome.failed) outcome.status = 'partial';
  return outcome;
}
