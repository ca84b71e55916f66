import type { Column } from '../../output/formats/row-writer.js';
import { foldVi } from '../../util/fold-vi.js';
import { foldSymbol } from './citations-query.js';
import { SqlWhere } from './sql-where.js';
import { taskConditions, type TaskFilters } from './task-filters.js';

/** What `vanban export` can write. */
export const EXPORT_KINDS = ['documents', 'sections', 'references', 'dates', 'periods', 'targets', 'units', 'tasks'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Filters of an export: on the document for every kind, and the kind's own where they apply. */
export interface ExportFilters extends TaskFilters {
  /** Document type (folded). */
  type?: string;
  /** references: cited symbol contains this (folded). */
  symbol?: string;
  /** references: exactly this cited document (key or folded symbol). */
  cites?: string;
  /** documents: include the full text. */
  withText?: boolean;
}

const cols = (names: string): Column[] => names.split(/\s+/).filter(Boolean).map((key) => ({ key }));

/** The columns of each kind, in table order (JSON keys and CSV header). */
export const EXPORT_COLUMNS: Record<ExportKind, Column[]> = {
  documents: cols('id sha256 source_path format encoding bytes symbol type issued_on place issuer signer title citation_key warnings imported_at'),
  sections: cols('id document_id document_symbol ord path parent_path depth label heading start end text'),
  references: cols(`id document_id document_symbol ord start end section_path text symbol symbol_folded type type_code number year issued_on
    issuer issuer_codes issuing_body province province_now key resolved_issued_on resolved_issuer warnings cited_document_id`),
  dates: cols('id document_id document_symbol start end section_path text value precision role task_id'),
  periods: cols('id document_id document_symbol start end section_path text from_year to_year'),
  targets: cols('id document_id document_symbol start end section_path text value max unit comparator kind sentence_start sentence_end task_id'),
  units: cols('id document_id document_symbol start end section_path name canonical canonical_folded role sentence_start sentence_end task_id'),
  tasks: cols(`task_id document_id document_symbol document_type document_issued_on document_issuer document_place section_path text
    lead_units support_units assigned_units targets target_kinds deadline`),
};

/** Filters on the document `d` every kind shares. */
function documentConditions(f: ExportFilters, w: SqlWhere): SqlWhere {
  if (f.documentId !== undefined) w.add('d.id = ?', f.documentId);
  if (f.type) w.add('fold_vi(d.type) = ?', foldVi(f.type.trim()));
  if (f.year !== undefined) w.add('d.issued_on >= ? AND d.issued_on < ?', String(f.year), String(f.year + 1));
  if (f.province) w.add("instr(fold_vi(coalesce(d.place, '') || ' | ' || coalesce(d.issuer, '')), ?) > 0", foldVi(f.province.trim()));
  return w;
}

/**
 * The SQL of one export, in rowid order so SQLite streams it with no sort:
 * an export of a million references holds one row at a time.
 */
export function exportQuery(kind: ExportKind, f: ExportFilters): { sql: string; params: unknown[]; columns: Column[] } {
  let columns = EXPORT_COLUMNS[kind];
  if (kind === 'documents') {
    const w = documentConditions(f, new SqlWhere());
    if (f.withText) columns = [...columns, { key: 'text' }];
    return { sql: `SELECT d.* FROM documents d ${w} ORDER BY d.id`, params: w.params, columns };
  }
  if (kind === 'tasks') {
    // The same filters as `vanban tasks` (--year: issued that year or a deadline in it).
    const w = taskConditions(f, 'v.task_id', 'd');
    if (f.type) w.add('fold_vi(d.type) = ?', foldVi(f.type.trim()));
    return { sql: `SELECT v.* FROM task_overview v JOIN documents d ON d.id = v.document_id ${w} ORDER BY v.task_id`, params: w.params, columns };
  }
  const table = kind === 'references' ? '"references"' : kind;
  // Units: the same filters as `vanban units` (on the mention, its task and its document).
  const w =
    kind === 'units'
      ? taskConditions({ ...f, unit: undefined, role: undefined }, 'x.task_id', 'd', new SqlWhere())
      : documentConditions(f, new SqlWhere());
  if (kind === 'units' && f.type) w.add('fold_vi(d.type) = ?', foldVi(f.type.trim()));
  if (kind === 'references') {
    if (f.cites !== undefined) w.add('x.key = ? OR x.symbol_folded = ?', f.cites.trim(), foldSymbol(f.cites));
    if (f.symbol) w.add('instr(x.symbol_folded, ?) > 0', foldSymbol(f.symbol));
  }
  if (kind === 'units') {
    if (f.unit) {
      const q = foldVi(f.unit.trim());
      w.add('instr(x.canonical_folded, ?) > 0 OR instr(fold_vi(x.name), ?) > 0', q, q);
    }
    if (f.role) w.add('x.role = ?', f.role);
  }
  if (kind === 'targets' && f.kind) w.add('x.kind = ?', f.kind);
  return {
    sql: `SELECT x.*, d.symbol AS document_symbol FROM ${table} x JOIN documents d ON d.id = x.document_id ${w} ORDER BY x.id`,
    params: w.params,
    columns,
  };
}
