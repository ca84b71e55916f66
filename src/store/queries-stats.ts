import type { Db } from './open-database.js';

export interface DatabaseStats {
  documents: number;
  byType: { type: string; n: number }[];
  counts: Record<'sections' | 'references' | 'dates' | 'periods' | 'targets' | 'units' | 'tasks', number>;
  openFailures: number;
  mostCited: { symbol: string; type: string | null; mentions: number; citing: number }[];
}

/** What the database holds, for the summary after an import. */
export function databaseStats(db: Db, top = 5): DatabaseStats {
  const n = (sql: string): number => db.prepare(sql).pluck().get() as number;
  const counts = {} as DatabaseStats['counts'];
  for (const t of ['sections', 'references', 'dates', 'periods', 'targets', 'units', 'tasks'] as const) counts[t] = n(`SELECT count(*) FROM "${t}"`);
  return {
    documents: n('SELECT count(*) FROM documents'),
    byType: db.prepare("SELECT coalesce(type, '(unknown)') AS type, count(*) AS n FROM documents GROUP BY 1 ORDER BY n DESC, type").all() as DatabaseStats['byType'],
    counts,
    openFailures: n('SELECT count(*) FROM failures WHERE resolved_at IS NULL'),
    mostCited: db
      .prepare(`SELECT min(symbol) AS symbol, min(type) AS type, count(*) AS mentions, count(DISTINCT document_id) AS citing
        FROM "references" GROUP BY coalesce(key, symbol_folded) ORDER BY citing DESC, mentions DESC, symbol LIMIT ?`)
      .all(top) as DatabaseStats['mostCited'],
  };
}
