import type { Db } from '../../store/open-database.js';

/** What a folder source remembers of a file it has read. */
export interface SourceFileRow {
  path: string;
  size: number;
  mtime_ms: number;
  sha256: string;
  document_id: number | null;
}

/**
 * The statements on `source_files` a folder source needs, prepared once per
 * run: every row of a source (to compare size + mtime without reading the
 * files), and the upsert that records a file with the document it holds.
 */
export function sourceFilesStatements(db: Db): {
  rowsOf(sourceId: number): Map<string, SourceFileRow>;
  record(sourceId: number, row: SourceFileRow): void;
} {
  const all = db.prepare('SELECT path, size, mtime_ms, sha256, document_id FROM source_files WHERE source_id = ?');
  // A read-only (dry-run) connection cannot prepare writes; it never records.
  const upsert = db.readonly
    ? undefined
    : db.prepare(`INSERT INTO source_files (source_id, path, size, mtime_ms, sha256, document_id, seen_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (source_id, path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
          sha256 = excluded.sha256, document_id = excluded.document_id, seen_at = excluded.seen_at`);
  return {
    rowsOf: (sourceId) => new Map((all.all(sourceId) as SourceFileRow[]).map((r) => [r.path, r])),
    record: (sourceId, r) => {
      if (!upsert) throw new Error('source_files: the database is open read-only');
      upsert.run(sourceId, r.path, r.size, r.mtime_ms, r.sha256, r.document_id, new Date().toISOString());
    },
  };
}
