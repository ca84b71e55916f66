import type { Db } from '../open-database.js';

/** An item to mark in a document's text, from any of the item tables. */
export type MarkedItem =
  | { kind: 'reference'; start: number; end: number; symbol: string; key: string | null; citedId: number | null; citedTitle: string | null }
  | { kind: 'date'; start: number; end: number; value: string; role: string | null }
  | { kind: 'period'; start: number; end: number; from: number | null; to: number }
  | { kind: 'target'; start: number; end: number; label: string; targetKind: string }
  | { kind: 'unit'; start: number; end: number; canonical: string; role: string };

/** A section start to anchor. */
export interface SectionAnchor {
  path: string;
  start: number;
}

/** Everything `annotate` marks in one document: its text, items, section anchors. */
export interface DocumentItems {
  text: string;
  title: string | null;
  symbol: string | null;
  items: MarkedItem[];
  sections: SectionAnchor[];
}

/** Loads a stored document's text with every item the tables hold for it. */
export function documentItems(db: Db, id: number): DocumentItems {
  const doc = db.prepare('SELECT text, title, symbol FROM documents WHERE id = ?').get(id) as { text: string; title: string | null; symbol: string | null };
  const items: MarkedItem[] = [];
  for (const r of db
    .prepare(`SELECT r.start, r.end, r.symbol, r.key, r.cited_document_id AS citedId, d.title AS citedTitle
      FROM "references" r LEFT JOIN documents d ON d.id = r.cited_document_id WHERE r.document_id = ?`)
    .all(id) as Omit<Extract<MarkedItem, { kind: 'reference' }>, 'kind'>[]) {
    items.push({ kind: 'reference', ...r });
  }
  for (const r of db.prepare('SELECT start, end, value, role FROM dates WHERE document_id = ?').all(id) as { start: number; end: number; value: string; role: string | null }[]) {
    items.push({ kind: 'date', ...r });
  }
  for (const r of db.prepare('SELECT start, end, from_year AS "from", to_year AS "to" FROM periods WHERE document_id = ?').all(id) as {
    start: number;
    end: number;
    from: number | null;
    to: number;
  }[]) {
    items.push({ kind: 'period', ...r });
  }
  for (const r of db
    .prepare(`SELECT start, end, kind AS targetKind,
        CASE comparator WHEN 'range' THEN printf('%.15g', value) || '-' || printf('%.15g', max)
          WHEN '=' THEN printf('%.15g', value) || CASE WHEN max IS NULL THEN '' ELSE '/' || printf('%.15g', max) END
          ELSE comparator || ' ' || printf('%.15g', value) END || ' ' || unit AS label
      FROM targets WHERE document_id = ?`)
    .all(id) as { start: number; end: number; targetKind: string; label: string }[]) {
    items.push({ kind: 'target', ...r });
  }
  for (const r of db.prepare('SELECT start, end, canonical, role FROM units WHERE document_id = ?').all(id) as {
    start: number;
    end: number;
    canonical: string;
    role: string;
  }[]) {
    items.push({ kind: 'unit', ...r });
  }
  const sections = db.prepare('SELECT path, start FROM sections WHERE document_id = ? ORDER BY ord').all(id) as SectionAnchor[];
  return { text: doc.text, title: doc.title, symbol: doc.symbol, items, sections };
}
