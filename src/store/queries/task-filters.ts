import { foldVi } from '../../util/fold-vi.js';
import { SqlWhere } from './sql-where.js';

/** Filters of `vanban tasks` and `vanban units` (and their exports). */
export interface TaskFilters {
  /** Folded substring of a unit's canonical name or name as written. */
  unit?: string;
  role?: 'lead' | 'support' | 'assigned';
  /** The task has a target of this kind. */
  kind?: 'target' | 'result';
  /** The document was issued this year, or the task has a deadline in it. */
  year?: number;
  /** Folded substring of the document's place or issuer. */
  province?: string;
  documentId?: number;
}

export const UNIT_ROLES = ['lead', 'support', 'assigned'] as const;
export const TARGET_KINDS = ['target', 'result'] as const;

/**
 * WHERE clauses on a task, given the SQL expressions for its id and its
 * document (`t.id`, `d`), shared by the tasks listing and the units summary.
 */
export function taskConditions(f: TaskFilters, taskId: string, doc: string, w = new SqlWhere()): SqlWhere {
  if (f.documentId !== undefined) w.add(`${doc}.id = ?`, f.documentId);
  if (f.unit || f.role) {
    const parts = [`u.task_id = ${taskId}`];
    const params: unknown[] = [];
    if (f.unit) {
      const q = foldVi(f.unit.trim());
      parts.push('(instr(u.canonical_folded, ?) > 0 OR instr(fold_vi(u.name), ?) > 0)');
      params.push(q, q);
    }
    if (f.role) {
      parts.push('u.role = ?');
      params.push(f.role);
    }
    w.add(`EXISTS (SELECT 1 FROM units u WHERE ${parts.join(' AND ')})`, ...params);
  }
  if (f.kind) w.add(`EXISTS (SELECT 1 FROM targets g WHERE g.task_id = ${taskId} AND g.kind = ?)`, f.kind);
  if (f.year !== undefined) {
    w.add(
      `substr(${doc}.issued_on, 1, 4) = ? OR EXISTS (SELECT 1 FROM dates x WHERE x.task_id = ${taskId} AND x.role = 'deadline' AND substr(x.value, 1, 4) = ?)`,
      String(f.year),
      String(f.year),
    );
  }
  if (f.province) {
    w.add(`instr(fold_vi(coalesce(${doc}.place, '') || ' | ' || coalesce(${doc}.issuer, '')), ?) > 0`, foldVi(f.province.trim()));
  }
  return w;
}
