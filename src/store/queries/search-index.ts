import { foldVi } from '../../util/fold-vi.js';
import type { Db } from '../open-database.js';
import { normalizeToneMarks } from './normalize-tone-marks.js';

interface Statements {
  has: import('better-sqlite3').Statement;
  doc: import('better-sqlite3').Statement;
  sections: import('better-sqlite3').Statement;
  insert: import('better-sqlite3').Statement;
  mark: import('better-sqlite3').Statement;
}

/** Statements prepared once per connection (indexing runs once per imported document). */
const prepared = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = prepared.get(db);
  if (!s) {
    s = {
      has: db.prepare('SELECT 1 FROM search_documents WHERE document_id = ?').pluck(),
      doc: db.prepare('SELECT text, type, issued_on, place, issuer FROM documents WHERE id = ?'),
      sections: db.prepare('SELECT id, start, text FROM sections WHERE document_id = ? ORDER BY ord'),
      insert: db.prepare('INSERT INTO search_fts (rowid, exact, folded) VALUES (?, ?, ?)'),
      mark: db.prepare('INSERT INTO search_documents (document_id, type_folded, year, place_folded) VALUES (?, ?, ?, ?)'),
    };
    prepared.set(db, s);
  }
  return s;
}

/** The two indexed forms of a piece of text. */
export function searchForms(text: string): { exact: string; folded: string } {
  return { exact: normalizeToneMarks(text), folded: foldVi(text) };
}

/**
 * Adds a stored document to the full-text index: one row per section (its own
 * text, rowid = section id) and one row for the text before its first section
 * (its whole text when it has none; rowid = -document id). Does nothing when
 * the document is indexed already. Call it inside the transaction that saved
 * the document. Returns whether it indexed anything.
 */
export function indexDocumentText(db: Db, documentId: number): boolean {
  const st = statements(db);
  if (st.has.get(documentId)) return false;
  const doc = st.doc.get(documentId) as { text: string; type: string | null; issued_on: string | null; place: string | null; issuer: string | null } | undefined;
  if (doc === undefined) return false;
  const text = doc.text;
  const sections = st.sections.all(documentId) as { id: number; start: number; text: string }[];
  const lead = sections.length ? text.slice(0, sections[0].start) : text;
  if (lead.trim()) {
    const f = searchForms(lead);
    st.insert.run(-documentId, f.exact, f.folded);
  }
  for (const s of sections) {
    const f = searchForms(s.text);
    st.insert.run(s.id, f.exact, f.folded);
  }
  const year = doc.issued_on && /^\d{4}/.test(doc.issued_on) ? Number(doc.issued_on.slice(0, 4)) : null;
  st.mark.run(documentId, doc.type === null ? null : foldVi(doc.type), year, foldVi(`${doc.place ?? ''} | ${doc.issuer ?? ''}`));
  return true;
}

/**
 * Indexes every stored document not yet in the full-text index, in one
 * transaction; cheap when nothing is missing (two counts). Returns how many
 * documents it indexed.
 */
export function catchUpSearchIndex(db: Db): number {
  const docs = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  const indexed = db.prepare('SELECT count(*) FROM search_documents').pluck().get() as number;
  if (docs === indexed) return 0;
  const missing = db
    .prepare('SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM search_documents s WHERE s.document_id = d.id) ORDER BY d.id')
    .pluck()
    .all() as number[];
  let n = 0;
  db.transaction(() => {
    for (const id of missing) if (indexDocumentText(db, id)) n++;
  })();
  return n;
}
