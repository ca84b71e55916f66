import { CliError, EXIT } from '../../cli/errors.js';
import { foldVi } from '../../util/fold-vi.js';
import type { Db } from '../open-database.js';

/** A stored document's identity (no text). */
export interface DocumentIdentity {
  id: number;
  sha256: string;
  source_path: string;
  format: string;
  symbol: string | null;
  type: string | null;
  issued_on: string | null;
  place: string | null;
  issuer: string | null;
  signer: string | null;
  title: string | null;
  citation_key: string | null;
}

const COLUMNS = 'id, sha256, source_path, format, symbol, type, issued_on, place, issuer, signer, title, citation_key';

/**
 * Finds the one document `ref` names: its id, a sha256 prefix (6+ hex digits),
 * its own symbol (as written, or folded and without spaces), or its source path
 * (whole, or its last components). Throws a usage error (exit 2) when nothing
 * or more than one document matches, naming the candidates.
 */
export function findDocument(db: Db, ref: string): DocumentIdentity {
  const r = ref.trim();
  const tries: Array<() => DocumentIdentity[]> = [];
  if (/^\d+$/.test(r)) tries.push(() => db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`).all(Number(r)) as DocumentIdentity[]);
  if (/^[0-9a-f]{6,64}$/i.test(r)) {
    const p = r.toLowerCase();
    tries.push(() => db.prepare(`SELECT ${COLUMNS} FROM documents WHERE sha256 >= ? AND sha256 < ? LIMIT 10`).all(p, `${p}g`) as DocumentIdentity[]);
  }
  tries.push(() => db.prepare(`SELECT ${COLUMNS} FROM documents WHERE symbol = ? LIMIT 10`).all(r) as DocumentIdentity[]);
  tries.push(() => {
    const folded = foldVi(r).replace(/\s+/g, '');
    const rows = db.prepare(`SELECT ${COLUMNS} FROM documents WHERE symbol IS NOT NULL`).iterate() as IterableIterator<DocumentIdentity>;
    const out: DocumentIdentity[] = [];
    for (const d of rows) if (foldVi(d.symbol!).replace(/\s+/g, '') === folded && out.push(d) >= 10) break;
    return out;
  });
  tries.push(() => db.prepare(`SELECT ${COLUMNS} FROM documents WHERE source_path = ? LIMIT 10`).all(r) as DocumentIdentity[]);
  if (r.length >= 3) {
    tries.push(
      () =>
        db
          .prepare(`SELECT ${COLUMNS} FROM documents WHERE substr(source_path, -?) = ? AND (length(source_path) = ? OR substr(source_path, -? - 1, 1) IN ('/', '\\')) LIMIT 10`)
          .all(r.length, r, r.length, r.length) as DocumentIdentity[],
    );
  }
  for (const t of tries) {
    const found = t();
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const list = found.map((d) => `  ${d.id}  ${d.sha256.slice(0, 12)}  ${d.symbol ?? '-'}  ${d.source_path}`).join('\n');
      throw new CliError(`'${ref}' matches more than one document; give its id or sha256:\n${list}`, EXIT.usage);
    }
  }
  throw new CliError(`no document matches '${ref}' (give an id, a sha256 prefix, its symbol or its source path)`, EXIT.usage);
}
