import type { Db } from './open-database.js';

/** A problem with one source at one stage, as the failures table keeps it. */
export interface FailureRow {
  source: string;
  stage: string;
  reason: string;
  attempts: number;
  first_at: string;
  last_at: string;
  resolved_at: string | null;
}

/** Records (or counts again) a failure of `source` at `stage`; it stays open until the source succeeds. */
export function recordFailure(db: Db, source: string, stage: string, reason: string): void {
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO failures (source, stage, reason, first_at, last_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (source, stage) DO UPDATE SET reason = excluded.reason, last_at = excluded.last_at,
      attempts = failures.attempts + 1, resolved_at = NULL`).run(source, stage, reason, now, now);
}

/** Marks every open failure of `source` resolved (it went through this time). */
export function resolveFailures(db: Db, source: string): void {
  db.prepare('UPDATE failures SET resolved_at = ? WHERE source = ? AND resolved_at IS NULL').run(new Date().toISOString(), source);
}

/** Open failures (or all with `all`), newest first. */
export function listFailures(db: Db, all = false): FailureRow[] {
  return db
    .prepare(`SELECT source, stage, reason, attempts, first_at, last_at, resolved_at FROM failures
      ${all ? '' : 'WHERE resolved_at IS NULL'} ORDER BY last_at DESC, id DESC`)
    .all() as FailureRow[];
}
