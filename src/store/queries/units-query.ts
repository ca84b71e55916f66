import type { Column } from '../../output/formats/row-writer.js';
import { foldVi } from '../../util/fold-vi.js';
import { SqlWhere } from './sql-where.js';
import { taskConditions, type TaskFilters } from './task-filters.js';

/** Columns of `vanban units`: one row per unit (folded canonical name). */
export const UNIT_COLUMNS: Column[] = [
  { key: 'canonical', header: 'unit', width: 50 },
  { key: 'lead', header: 'lead', numeric: true },
  { key: 'support', header: 'support', numeric: true },
  { key: 'assigned', header: 'assigned', numeric: true },
  { key: 'mentions', header: 'mentions', numeric: true },
  { key: 'documents', header: 'documents', numeric: true },
  { key: 'names', header: 'names as written', width: 50 },
];

/**
 * Who appears where, how often: units grouped by folded canonical name, with
 * counts per role and of documents, most frequent first. Filters apply to each
 * mention: its own name and role (`--unit`, `--role`), its task (`--kind`,
 * deadline year) and its document.
 */
export function unitsQuery(f: TaskFilters): { sql: string; params: unknown[] } {
  const w = new SqlWhere();
  if (f.unit) {
    const q = foldVi(f.unit.trim());
    w.add('instr(u.canonical_folded, ?) > 0 OR instr(fold_vi(u.name), ?) > 0', q, q);
  }
  if (f.role) w.add('u.role = ?', f.role);
  taskConditions({ ...f, unit: undefined, role: undefined }, 'u.task_id', 'd', w);
  const sql = `SELECT min(u.canonical) AS canonical, sum(u.role = 'lead') AS lead, sum(u.role = 'support') AS support,
      sum(u.role = 'assigned') AS assigned, count(*) AS mentions, count(DISTINCT u.document_id) AS documents,
      rtrim(replace(group_concat(DISTINCT u.name || char(30)), char(30) || ',', '; '), char(30)) AS names
    FROM units u JOIN documents d ON d.id = u.document_id
    ${w}
    GROUP BY u.canonical_folded
    ORDER BY mentions DESC, documents DESC, canonical`;
  return { sql, params: w.params };
}
