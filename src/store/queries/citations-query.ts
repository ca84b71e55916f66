import { foldVi } from '../../util/fold-vi.js';
import type { Column } from '../../output/formats/row-writer.js';
import { SqlWhere } from './sql-where.js';
import type { Db } from '../open-database.js';

/** Filters of `vanban citations` (and `vanban export --what references`). */
export interface CitationFilters {
  /** Folded substring of the cited symbol (`qd-ubnd` finds every UBND decision). */
  symbol?: string;
  /** Cited document type, folded (`quyet dinh` = `Quyết định`). */
  type?: string;
  /** Folded substring of the issuer: the `của …` phrase, inherited issuer or issuing body. */
  issuer?: string;
  /** Folded substring of the province as written or as it is today. */
  province?: string;
  /** Year the cited document was issued. */
  year?: number;
  /** Cited document issued on or after / on or before (ISO, any prefix). */
  from?: string;
  to?: string;
  /** Exactly this cited document: citation key, or symbol (folded, spaces removed). Indexed. */
  cites?: string;
  /** How `cites` is matched: a key as written, or a folded symbol (see citesColumn); default symbol. */
  citesBy?: 'key' | 'symbol';
  /** References made by this document id. */
  citedBy?: number;
}

/** The fold `--cites` and `references.symbol_folded` share: foldVi, spaces removed. */
export const foldSymbol = (s: string): string => foldVi(s).replace(/\s+/g, '');

/**
 * Whether `--cites X` names a citation key (some reference carries it as its
 * key) or a symbol; one indexed probe.
 */
export function citesColumn(db: Db, x: string): 'key' | 'symbol' {
  return db.prepare('SELECT 1 FROM "references" WHERE key = ? LIMIT 1').pluck().get(x.trim()) ? 'key' : 'symbol';
}

/** Columns of a citation row (one per mention). */
export const CITATION_COLUMNS: Column[] = [
  { key: 'reference_id', header: 'ref', numeric: true },
  { key: 'citing_id', header: 'doc', numeric: true },
  { key: 'citing_symbol', header: 'citing', width: 18 },
  { key: 'citing_issued_on', header: 'issued' },
  { key: 'section_path', header: 'section', width: 12 },
  { key: 'symbol', header: 'cites', width: 22 },
  { key: 'type', header: 'type', width: 14 },
  { key: 'cited_issued_on', header: 'cited issued' },
  { key: 'cited_issuer', header: 'issuer', width: 30 },
  { key: 'province', header: 'province', width: 16 },
  { key: 'key', header: 'key', width: 30 },
  { key: 'cited_id', header: 'cited doc', numeric: true },
  { key: 'text', header: 'text', width: 50 },
];

/**
 * The SQL of a citations listing, one row per mention in citing-document
 * order. `--cites` is answered from the (symbol_folded, document_id, ord) or
 * (key, document_id, ord) index: no scan however many references there are.
 */
export function citationsQuery(f: CitationFilters): { sql: string; params: unknown[] } {
  const w = new SqlWhere();
  if (f.cites !== undefined) {
    // One index range, (key | symbol_folded, document_id, ord): rows come in listing order.
    if (f.citesBy === 'key') w.add('r.key = ?', f.cites.trim());
    else w.add('r.symbol_folded = ?', foldSymbol(f.cites));
  }
  if (f.citedBy !== undefined) w.add('r.document_id = ?', f.citedBy);
  if (f.symbol) w.add("instr(r.symbol_folded, ?) > 0", foldSymbol(f.symbol));
  if (f.type) w.add('fold_vi(r.type) = ?', foldVi(f.type.trim()));
  if (f.issuer) w.add("instr(fold_vi(coalesce(r.issuer, r.resolved_issuer, '') || ' | ' || coalesce(r.issuing_body, '')), ?) > 0", foldVi(f.issuer.trim()));
  if (f.province) w.add("instr(fold_vi(coalesce(r.province, '') || ' | ' || coalesce(r.province_now, '')), ?) > 0", foldVi(f.province.trim()));
  if (f.year !== undefined) w.add("coalesce(r.year, CAST(substr(coalesce(r.issued_on, r.resolved_issued_on), 1, 4) AS INTEGER)) = ?", f.year);
  if (f.from) w.add('coalesce(r.issued_on, r.resolved_issued_on) >= ?', f.from);
  if (f.to) w.add("substr(coalesce(r.issued_on, r.resolved_issued_on), 1, length(?)) <= ?", f.to, f.to);
  const sql = `SELECT r.id AS reference_id, r.document_id AS citing_id, c.symbol AS citing_symbol, c.issued_on AS citing_issued_on,
      r.section_path, r.symbol, r.type, coalesce(r.issued_on, r.resolved_issued_on) AS cited_issued_on,
      coalesce(r.issuer, r.resolved_issuer, r.issuing_body) AS cited_issuer, coalesce(r.province_now, r.province) AS province,
      r.key, r.cited_document_id AS cited_id, r.text
    FROM "references" r JOIN documents c INDEXED BY documents_identity ON c.id = r.document_id
    ${w}
    ORDER BY r.document_id, r.ord`;
  return { sql, params: w.params };
}

/** Columns of `--top`: one row per cited document. */
export const TOP_COLUMNS: Column[] = [
  { key: 'key', header: 'key', width: 34 },
  { key: 'symbol', header: 'symbol', width: 22 },
  { key: 'type', header: 'type', width: 14 },
  { key: 'year', header: 'year', numeric: true },
  { key: 'issuing_body', header: 'issuing body', width: 30 },
  { key: 'province_now', header: 'province', width: 16 },
  { key: 'mentions', header: 'mentions', numeric: true },
  { key: 'citing_documents', header: 'citing docs', numeric: true },
  { key: 'cited_document_id', header: 'cited doc', numeric: true },
];

/** The most cited documents (cited_documents view), filtered on its own columns. */
export function topCitedQuery(f: CitationFilters, top: number): { sql: string; params: unknown[] } {
  const w = new SqlWhere();
  if (f.symbol) w.add("instr(replace(fold_vi(symbol), ' ', ''), ?) > 0", foldSymbol(f.symbol));
  if (f.type) w.add('fold_vi(type) = ?', foldVi(f.type.trim()));
  if (f.issuer) w.add("instr(fold_vi(coalesce(issuing_body, '')), ?) > 0", foldVi(f.issuer.trim()));
  if (f.province) w.add("instr(fold_vi(coalesce(province_now, '')), ?) > 0", foldVi(f.province.trim()));
  if (f.year !== undefined) w.add('year = ?', f.year);
  return { sql: `SELECT * FROM cited_documents ${w} ORDER BY mentions DESC, citing_documents DESC, key LIMIT ?`, params: [...w.params, top] };
}
