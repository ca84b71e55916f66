import type { Column } from '../../output/formats/row-writer.js';
import { taskConditions, type TaskFilters } from './task-filters.js';

/** Columns of `vanban tasks`: one row per task. */
export const TASK_COLUMNS: Column[] = [
  { key: 'task_id', header: 'task', numeric: true },
  { key: 'document_id', header: 'doc', numeric: true },
  { key: 'document_symbol', header: 'symbol', width: 16 },
  { key: 'section_path', header: 'section', width: 12 },
  { key: 'text', header: 'task', width: 60 },
  { key: 'lead_units', header: 'lead', width: 30 },
  { key: 'support_units', header: 'support', width: 30 },
  { key: 'assigned_units', header: 'assigned', width: 30 },
  { key: 'targets', header: 'targets', width: 24 },
  { key: 'deadline', header: 'deadline', width: 12 },
];

/** Every column of task_overview, for exports. */
export const TASK_EXPORT_COLUMNS: Column[] = [
  'task_id', 'document_id', 'document_symbol', 'document_type', 'document_issued_on', 'document_issuer', 'document_place',
  'section_path', 'text', 'lead_units', 'support_units', 'assigned_units', 'targets', 'target_kinds', 'deadline',
].map((key) => ({ key }));

/** Tasks (task_overview rows) matching the filters, in document order. */
export function tasksQuery(f: TaskFilters): { sql: string; params: unknown[] } {
  const w = taskConditions(f, 'v.task_id', 'd');
  const sql = `SELECT v.* FROM task_overview v JOIN documents d ON d.id = v.document_id
    ${w}
    ORDER BY v.document_id, v.task_id`;
  return { sql, params: w.params };
}
