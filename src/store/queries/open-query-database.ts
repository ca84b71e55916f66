import { existsSync } from 'node:fs';
import { CliError, EXIT } from '../../cli/errors.js';
import { foldVi } from '../../util/fold-vi.js';
import { openDatabase, type Db } from '../open-database.js';

/**
 * Opens an existing vanban database for the query commands. A missing file is
 * a usage error (a query must not leave an empty database behind). Older
 * schemas are brought up to date (the search index came with migration 0002).
 * Registers `fold_vi(text)`, the SQL twin of foldVi, for folded filters.
 */
export function openQueryDatabase(file: string): Db {
  if (file !== ':memory:' && !existsSync(file)) {
    throw new CliError(`no database at ${file} (run \`vanban import\` first, or give --db)`, EXIT.usage);
  }
  const db = openDatabase(file);
  registerFoldVi(db);
  return db;
}

/** Adds `fold_vi(text)` to a connection: NULL stays NULL. */
export function registerFoldVi(db: Db): void {
  db.function('fold_vi', { deterministic: true }, (s: unknown) => (s === null || s === undefined ? null : foldVi(String(s))));
}
