import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { DocumentResult } from '../types.js';
import type { Db } from '../store/open-database.js';
import { DocumentWriter } from '../store/save-document.js';
import { recordFailure, resolveFailures } from '../store/failures.js';
import { citationKeyOfDocument } from '../resolve/document-citation-key.js';

/** Turns a file's bytes into a result; in-process or in worker threads. */
export type ExtractFn = (bytes: Uint8Array, name: string) => Promise<DocumentResult>;

export interface ImportOptions {
  /** Commit after this many bytes of source (bounded memory, bounded loss on a crash). */
  batchBytes?: number;
  /** …or after this many documents, whichever comes first. */
  batchDocuments?: number;
  /** Files larger than this are refused with a failure row. */
  maxFileBytes?: number;
  /** How many files may be read and extracted ahead of the writer. */
  window?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called for every file that fails, with the reason (the batch goes on). */
  onFailure?: (file: string, stage: string, reason: string) => void;
  /**
   * Called inside the document's savepoint, right after it is saved, so a
   * caller's own row about the file (the ingest's `source_files`) commits or
   * rolls back with the document. Throwing fails the file at stage 'store'.
   */
  onSaved?: (file: string, sha256: string, documentId: number) => void;
  /**
   * Called in the writer's transaction for a file whose bytes are already a
   * document (`documentId`), or undefined when the same bytes seen earlier in
   * this run failed and so were never stored.
   */
  onUnchanged?: (file: string, sha256: string, documentId: number | undefined) => void;
}

export interface ImportSummary {
  files: number;
  new: number;
  unchanged: number;
  failed: number;
  sections: number;
  items: number;
  bytes: number;
  seconds: number;
}

type Prepared =
  | { kind: 'new'; file: string; sha256: string; bytes: number; result: DocumentResult }
  | { kind: 'unchanged'; file: string; sha256: string; bytes: number }
  | { kind: 'failed'; file: string; stage: string; reason: string; bytes: number };

/**
 * Imports files into the database. The writer (this thread) stays busy and
 * alone: files are read, hashed and extracted ahead of it in a window, and
 * documents are written in one transaction per batch. A file that cannot be
 * read, decoded or extracted is reported, recorded in `failures`, and the
 * batch goes on. The same bytes twice are one document (sha256).
 */
export async function importFiles(db: Db, files: string[], extract: ExtractFn, opts: ImportOptions = {}): Promise<ImportSummary> {
  const batchBytes = opts.batchBytes ?? 8 * 1024 * 1024;
  const batchDocuments = opts.batchDocuments ?? 500;
  const maxFileBytes = opts.maxFileBytes ?? 50 * 1024 * 1024;
  const window = Math.max(1, opts.window ?? 4);
  const writer = new DocumentWriter(db);
  const started = process.hrtime.bigint();
  const summary: ImportSummary = { files: files.length, new: 0, unchanged: 0, failed: 0, sections: 0, items: 0, bytes: 0, seconds: 0 };
  // Within one run, identical bytes seen earlier but not yet committed are also "unchanged".
  const seen = new Set<string>();

  const prepare = async (file: string): Promise<Prepared> => {
    let bytes: Buffer;
    try {
      const st = await stat(file);
      if (st.size > maxFileBytes) {
        return { kind: 'failed', file, stage: 'read', reason: `file is ${formatSize(st.size)}, over the ${formatSize(maxFileBytes)} limit`, bytes: 0 };
      }
      bytes = await readFile(file);
    } catch (e) {
      return { kind: 'failed', file, stage: 'read', reason: readReason(e), bytes: 0 };
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(sha256) || writer.existing(sha256) !== undefined) return { kind: 'unchanged', file, sha256, bytes: bytes.length };
    seen.add(sha256);
    try {
      const result = await extract(bytes, file);
      return { kind: 'new', file, sha256, bytes: bytes.length, result };
    } catch (e) {
      seen.delete(sha256);
      const err = e as Error & { reason?: string; stage?: string };
      return { kind: 'failed', file, stage: err.stage ?? (err.name === 'SourceError' ? 'decode' : 'extract'), reason: err.reason ?? err.message, bytes: bytes.length };
    }
  };

  let inBatch = 0;
  let batchSize = 0;
  const begin = () => db.exec('BEGIN IMMEDIATE');
  const commit = () => {
    db.exec('COMMIT');
    inBatch = 0;
    batchSize = 0;
  };
  begin();
  try {
    const pending: Promise<Prepared>[] = [];
    let next = 0;
    const fill = () => {
      while (pending.length < window && next < files.length) pending.push(prepare(files[next++]));
    };
    fill();
    let done = 0;
    while (pending.length) {
      const p = await pending.shift()!;
      fill();
      summary.bytes += p.bytes;
      if (p.kind === 'unchanged') {
        summary.unchanged++;
        opts.onUnchanged?.(p.file, p.sha256, writer.existing(p.sha256));
      } else if (p.kind === 'failed') {
        summary.failed++;
        recordFailure(db, p.file, p.stage, p.reason);
        opts.onFailure?.(p.file, p.stage, p.reason);
      } else {
        try {
          db.exec('SAVEPOINT doc');
          const saved = writer.save(p.result, { sha256: p.sha256, sourcePath: p.file, bytes: p.bytes }, citationKeyOfDocument(p.result));
          opts.onSaved?.(p.file, p.sha256, saved.id);
          resolveFailures(db, p.file);
          db.exec('RELEASE doc');
          summary.new++;
          summary.sections += saved.sections;
          summary.items += saved.items;
          inBatch++;
          batchSize += p.bytes;
        } catch (e) {
          db.exec('ROLLBACK TO doc');
          db.exec('RELEASE doc');
          summary.failed++;
          const reason = (e as Error).message;
          recordFailure(db, p.file, 'store', reason);
          opts.onFailure?.(p.file, 'store', reason);
        }
      }
      opts.onProgress?.(++done, files.length, p.file);
      if (inBatch >= batchDocuments || batchSize >= batchBytes) {
        commit();
        begin();
      }
    }
    commit();
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}

function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}

/** 5.0 KB, 12.3 MB: sizes as a person reads them. */
export function formatSize(n: number): string {
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
