import type { Db } from '../store/open-database.js';
import type { SourceConfig, SourceOutcome } from './types.js';

/** Where a source lives: a folder's path or a feed's / listing's URL. */
export function locationOf(source: SourceConfig): string {
  return source.kind === 'folder' ? source.path : source.url;
}

/** Creates or updates the `sources` row of a configured source (kind and location follow the config); returns its id. */
export function upsertSource(db: Db, source: SourceConfig): number {
  return db
    .prepare(`INSERT INTO sources (name, kind, location) VALUES (?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, location = excluded.location RETURNING id`)
    .pluck()
    .get(source.name, source.kind, locationOf(source)) as number;
}

/** The id of a source's row, or 0 when it has none yet (a dry run creates nothing). */
export function findSourceId(db: Db, name: string): number {
  return (db.prepare('SELECT id FROM sources WHERE name = ?').pluck().get(name) as number | undefined) ?? 0;
}

/** Records how a source's run ended: when, its status, and the error that failed it (or none). */
export function finishSource(db: Db, sourceId: number, outcome: SourceOutcome, error: string | null): void {
  db.prepare('UPDATE sources SET last_run_at = ?, last_status = ?, last_error = ? WHERE id = ?').run(
    new Date().toISOString(),
    outcome.status,
    error,
    sourceId,
  );
}
