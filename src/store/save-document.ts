import type { DocumentResult } from '../types.js';
import type { Db } from './open-database.js';
import { foldVi } from '../util/fold-vi.js';
import { indexDocumentText } from './queries/search-index.js';
import { sectionOwnText } from './section-own-text.js';

/** What the store knows of a document besides what the pipeline found. */
export interface DocumentSource {
  sha256: string;
  sourcePath: string;
  bytes: number;
}

export interface SavedCounts {
  sections: number;
  items: number;
}

/**
 * Prepared statements for writing documents, made once per database (the
 * writer is the bottleneck of an import: no statement is compiled per row).
 */
export class DocumentWriter {
  private readonly findSha;
  private readonly insertDoc;
  private readonly insertSection;
  private readonly insertRef;
  private readonly insertDate;
  private readonly insertPeriod;
  private readonly insertTarget;
  private readonly insertUnit;
  private readonly insertTask;
  private readonly linkCitedByKey;
  private readonly findByKey;

  constructor(private readonly db: Db) {
    this.findSha = db.prepare('SELECT id FROM documents WHERE sha256 = ?').pluck();
    this.insertDoc = db.prepare(`INSERT INTO documents
      (sha256, source_path, format, encoding, bytes, text, symbol, type, issued_on, place, issuer, signer, title,
       citation_key, warnings, imported_at)
      VALUES (@sha256, @sourcePath, @format, @encoding, @bytes, @text, @symbol, @type, @issuedOn, @place, @issuer,
       @signer, @title, @citationKey, @warnings, @importedAt)`);
    this.insertSection = db.prepare(`INSERT INTO sections
      (document_id, ord, path, parent_path, depth, label, heading, start, end, text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertRef = db.prepare(`INSERT INTO "references"
      (document_id, ord, start, end, section_path, text, symbol, symbol_folded, type, type_code, number, year,
       issued_on, issuer, issuer_codes, issuing_body, province, province_now, key, resolved_issued_on,
       resolved_issuer, warnings, cited_document_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertDate = db.prepare(`INSERT INTO dates
      (document_id, start, end, section_path, text, value, precision, role, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertPeriod = db.prepare(`INSERT INTO periods
      (document_id, start, end, section_path, text, from_year, to_year) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.insertTarget = db.prepare(`INSERT INTO targets
      (document_id, start, end, section_path, text, value, max, unit, comparator, kind, sentence_start, sentence_end, task_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertUnit = db.prepare(`INSERT INTO units
      (document_id, start, end, section_path, name, canonical, canonical_folded, role, sentence_start, sentence_end, task_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertTask = db.prepare(
      'INSERT INTO tasks (document_id, ord, section_path, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.linkCitedByKey = db.prepare(
      'UPDATE "references" SET cited_document_id = ? WHERE key = ? AND cited_document_id IS NULL AND document_id <> ?',
    );
    this.findByKey = db.prepare('SELECT id FROM documents WHERE citation_key = ? ORDER BY id LIMIT 1').pluck();
  }

  /** The id of the document with these bytes, if it is already stored. */
  existing(sha256: string): number | undefined {
    return this.findSha.get(sha256) as number | undefined;
  }

  /**
   * Inserts one document with its sections and items (the caller holds the
   * transaction). Citation links are made both ways: its references point at
   * cited documents already stored, and earlier references to it now point here.
   */
  save(result: DocumentResult, source: DocumentSource, citationKey: string | null): { id: number } & SavedCounts {
    const d = result.document;
    const id = Number(
      this.insertDoc.run({
        sha256: source.sha256,
        sourcePath: source.sourcePath,
        format: result.format,
        encoding: result.encoding,
        bytes: source.bytes,
        text: result.text,
        symbol: d.symbol,
        type: d.type,
        issuedOn: d.issuedOn,
        place: d.place,
        issuer: d.issuer,
        signer: d.signer,
        title: d.title,
        citationKey,
        warnings: JSON.stringify(result.warnings),
        importedAt: new Date().toISOString(),
      }).lastInsertRowid,
    );

    const sections = result.sections;
    sections.forEach((s, i) => {
      this.insertSection.run(id, i, s.path, s.parent, s.depth, s.label, s.heading, s.start, s.end, sectionOwnText(result.text, sections, i));
    });
    result.references.forEach((r, i) => {
      const cited = r.key ? ((this.findByKey.get(r.key) as number | undefined) ?? null) : null;
      this.insertRef.run(
        id, i, r.start, r.end, r.section, r.text, r.symbol, foldVi(r.symbol), r.type, r.typeCode ?? null, r.number ?? null,
        r.year ?? null, r.issuedOn, r.issuer, JSON.stringify(r.issuerCodes ?? []), r.issuingBody ?? null, r.province ?? null,
        r.provinceNow ?? null, r.key ?? null, r.resolvedIssuedOn ?? null, r.resolvedIssuer ?? null,
        JSON.stringify(r.warnings ?? []), cited === id ? null : cited,
      );
    });
    const taskIds = result.tasks.map((t, i) => Number(this.insertTask.run(id, i, t.section, t.start, t.end, t.text).lastInsertRowid));
    const taskId = (i: number | undefined): number | null => (i === undefined ? null : (taskIds[i] ?? null));
    for (const x of result.dates) this.insertDate.run(id, x.start, x.end, x.section, x.text, x.value, x.precision, x.role, taskId(x.task));
    for (const x of result.periods) this.insertPeriod.run(id, x.start, x.end, x.section, x.text, x.from, x.to);
    for (const x of result.targets) {
      this.insertTarget.run(id, x.start, x.end, x.section, x.text, x.value, x.max, x.unit, x.comparator, x.kind, x.sentence.start, x.sentence.end, taskId(x.task));
    }
    for (const x of result.units) {
      this.insertUnit.run(id, x.start, x.end, x.section, x.name, x.canonical, foldVi(x.canonical), x.role, x.sentence.start, x.sentence.end, taskId(x.task));
    }
    if (citationKey) this.linkCitedByKey.run(id, citationKey, id);
    // Searchable as soon as it is committed: `vanban search` never has to write.
    indexDocumentText(this.db, id, result.searchForms);

    const items = result.references.length + result.dates.length + result.periods.length + result.targets.length + result.units.length;
    return { id, sections: sections.length, items };
  }
}
