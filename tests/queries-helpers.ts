import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentResult, Reference, Section, Span } from '../src/types.js';
import { openDatabase, type Db } from '../src/store/open-database.js';
import { DocumentWriter } from '../src/store/save-document.js';
import { registerFoldVi } from '../src/store/queries/open-query-database.js';
import { indexDocumentText } from '../src/store/queries/search-index.js';

const opened: { db: Db; dir: string }[] = [];

/** A fresh database file in a temp folder, with fold_vi registered; `closeTempDbs` removes it. */
export function tempDb(): { db: Db; file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-q-'));
  const file = join(dir, 'q.db');
  const db = openDatabase(file);
  registerFoldVi(db);
  opened.push({ db, dir });
  return { db, file, dir };
}

/** Closes and deletes every database `tempDb` made (for afterEach). */
export function closeTempDbs(): void {
  while (opened.length) {
    const o = opened.pop()!;
    o.db.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
}

/** Where `needle` occurs in `text` (the nth time), as a span; throws if it does not, so a test cannot silently drift. */
export function at(text: string, needle: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`'${needle}' not in text`);
  }
  return { start: i, end: i + needle.length };
}

/** A section from its label line: path, label and heading as the layout stage gives them. */
export function section(text: string, labelLine: string, path: string, end?: number): Section {
  const s = at(text, labelLine);
  const label = labelLine.split(' ')[0];
  const depth = path.split('/').length;
  return {
    path,
    label,
    heading: labelLine.slice(label.length + 1),
    parent: depth > 1 ? path.split('/').slice(0, -1).join('/') : null,
    depth,
    start: s.start,
    end: end ?? text.length,
    headingStart: s.start + label.length + 1,
  };
}

/** A reference at `needle` with the given identity. */
export function ref(text: string, needle: string, symbol: string, more: Partial<Reference> = {}): Reference {
  return { ...at(text, needle), text: needle, symbol, type: null, issuedOn: null, issuer: null, section: '', ...more };
}

/** A DocumentResult with nothing in it but what is given. */
export function result(text: string, more: Partial<DocumentResult> = {}): DocumentResult {
  return {
    document: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null, ...(more.document ?? {}) },
    sections: [],
    references: [],
    dates: [],
    periods: [],
    targets: [],
    units: [],
    tasks: [],
    text,
    format: 'txt',
    encoding: 'utf-8',
    warnings: [],
    ...more,
    ...(more.document ? { document: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null, ...more.document } } : {}),
  };
}

/** Saves results through the store's writer (one transaction), indexes them for search, returns their ids. */
export function save(db: Db, results: Array<DocumentResult & { citationKey?: string | null }>): number[] {
  const writer = new DocumentWriter(db);
  return db.transaction(() =>
    results.map((r, i) => {
      const sha256 = createHash('sha256').update(`${i}:${r.text}`).digest('hex');
      const { id } = writer.save(r, { sha256, sourcePath: `mem/doc-${i}.txt`, bytes: Buffer.byteLength(r.text) }, r.citationKey ?? null);
      indexDocumentText(db, id);
      return id;
    }),
  )();
}
