import type { Db } from '../open-database.js';
import { sentenceAround } from './sentence-around.js';

/** A section as `show` prints it. */
export interface SectionRow {
  id: number;
  path: string;
  depth: number;
  label: string;
  heading: string;
  start: number;
  end: number;
}

/** A reference with the sentence it sits in. */
export interface ReferenceRow {
  id: number;
  start: number;
  end: number;
  section_path: string;
  text: string;
  symbol: string;
  type: string | null;
  issued_on: string | null;
  issuer: string | null;
  key: string | null;
  cited_id: number | null;
  cited_title: string | null;
  sentence: string;
  sentence_start: number;
}

/** The sections of a document, in order. */
export function documentSections(db: Db, documentId: number): SectionRow[] {
  return db.prepare('SELECT id, path, depth, label, heading, start, end FROM sections WHERE document_id = ? ORDER BY ord').all(documentId) as SectionRow[];
}

/** The document's references in order, each with the sentence around it (from documents.text). */
export function documentReferences(db: Db, documentId: number): ReferenceRow[] {
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string;
  const rows = db
    .prepare(`SELECT r.id, r.start, r.end, r.section_path, r.text, r.symbol, r.type,
        coalesce(r.issued_on, r.resolved_issued_on) AS issued_on, coalesce(r.issuer, r.resolved_issuer) AS issuer, r.key,
        r.cited_document_id AS cited_id, d.title AS cited_title
      FROM "references" r LEFT JOIN documents d ON d.id = r.cited_document_id
      WHERE r.document_id = ? ORDER BY r.ord`)
    .all(documentId) as Omit<ReferenceRow, 'sentence' | 'sentence_start'>[];
  return rows.map((r) => {
    const s = sentenceAround(text, r.start, r.end);
    return { ...r, sentence: s.text.replace(/\s+/g, ' '), sentence_start: s.start };
  });
}
