import { foldVi } from '../../util/fold-vi.js';
import type { Db } from '../open-database.js';
import type { DocumentResult, SearchForms } from '../../types.js';
import { sectionOwnText } from '../section-own-text.js';
import { normalizeToneMarks } from './normalize-tone-marks.js';

interface Statements {
  has: import('better-sqlite3').Statement;
  meta: import('better-sqlite3').Statement;
  text: import('better-sqlite3').Statement;
  sections: import('better-sqlite3').Statement;
  sectionIds: import('better-sqlite3').Statement;
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
      meta: db.prepare('SELECT type, issued_on, place, issuer FROM documents WHERE id = ?'),
      text: db.prepare('SELECT text FROM documents WHERE id = ?').pluck(),
      sections: db.prepare('SELECT id, start, text FROM sections WHERE document_id = ? ORDER BY ord'),
      sectionIds: db.prepare('SELECT id FROM sections WHERE document_id = ? ORDER BY ord').pluck(),
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

/** The forms of the text before the first section (the header, a posting's lead), or null when it is blank. */
function leadForms(text: string, firstSectionStart: number): { exact: string; folded: string } | null {
  const lead = text.slice(0, firstSectionStart);
  return lead.trim() ? searchForms(lead) : null;
}

/**
 * The forms `indexDocumentText` stores for a document, made from a pipeline
 * result: run where the CPU is free (an extraction worker), not on the writer.
 */
export function searchFormsOf(result: Pick<DocumentResult, 'text' | 'sections'>): SearchForms {
  const { text, sections } = result;
  return {
    lead: leadForms(text, sections.length ? sections[0].start : text.length),
    sections: sections.map((_, i) => searchForms(sectionOwnText(text, sections, i))),
  };
}

/**
 * Adds a stored document to the full-text index: one row per section (its own
 * text, rowid = section id) and one row for the text before its first section
 * (its whole text when it has none; rowid = -document id). Does nothing when
 * the document is indexed already. Call it inside the transaction that saved
 * the document. Returns whether it indexed anything.
 */
export function indexDocumentText(db: Db, documentId: number, forms?: SearchForms): boolean {
  const st = statements(db);
  if (st.has.get(documentId)) return false;
  const doc = st.meta.get(documentId) as { type: string | null; issued_on: string | null; place: string | null; issuer: string | null } | undefined;
  if (doc === undefined) return false;
  // Forms made beside the pipeline (an extraction worker) are used when they fit
  // this document's sections; otherwise they are made here from the stored text.
  const ids = forms ? (st.sectionIds.all(documentId) as number[]) : [];
  if (forms && forms.sections.length === ids.length) {
    if (forms.lead) st.insert.run(-documentId, forms.lead.exact, forms.lead.folded);
    ids.forEach((id, i) => st.insert.run(id, forms.sections[i].exact, forms.sections[i].folded));
  } else {
    const text = st.text.get(documentId) as string;
    const sections = st.sections.all(documentId) as { id: number; start: number; text: string }[];
    const lead = leadForms(text, sections.length ? sections[0].start : text.length);
    if (lead) st.insert.run(-documentId, lead.exact, lead.folded);
    for (const sec of sections) {
      const f = searchForms(sec.text);
      st.insert.run(sec.id, f.exact, f.folded);
    }
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
