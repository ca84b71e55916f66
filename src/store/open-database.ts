import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from '../cli/errors.js';
import { storeSqlDir } from './package-root.js';

export type Db = Database.Database;

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered migrations `NNNN-name.sql`, in order. */
export function loadMigrations(): Migration[] {
  const dir = join(storeSqlDir(), 'migrations');
  return readdirSync(dir)
    .filter((f) => /^\d{4}-.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
}

/** The schema version this code writes: the highest migration number. */
export function codeSchemaVersion(): number {
  const all = loadMigrations();
  return all.length ? all[all.length - 1].version : 0;
}

/**
 * Opens (creating if needed) a vanban database: WAL, foreign keys on,
 * synchronous=NORMAL (safe against a killed process with WAL), a busy timeout
 * for readers beside a writer. A new database gets schema.sql; an older one is
 * brought up by each missing migration in its own transaction; a newer one is
 * refused, since this code would not know its tables.
 */
export function openDatabase(file: string, opts: { readonly?: boolean; migrate?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    throw new CliError(`cannot open database ${file}: ${(e as Error).message}`, EXIT.database);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    const have = db.pragma('user_version', { simple: true }) as number;
    const want = codeSchemaVersion();
    if (have > want) {
      throw new CliError(
        `database ${file} has schema version ${have}, newer than this vanban (${want}); upgrade vanban`,
        EXIT.database,
      );
    }
    if (have < want && !opts.readonly && opts.migrate !== false) migrate(db, have);
    else if (have < want) throw new CliError(`database ${file} has schema version ${have}; run an import to upgrade it`, EXIT.database);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot use database ${file}: ${(e as Error).message}`, EXIT.database);
  }
}

/** Brings a database from version `from` to the newest: schema.sql when new, else each migration. */
export function migrate(db: Db, from: number): void {
  const migrations = loadMigrations();
  const isEmpty = from === 0 && (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number }).n === 0;
  if (isEmpty) {
    const schema = readFileSync(join(storeSqlDir(), 'schema.sql'), 'utf8');
    db.transaction(() => {
      db.exec(schema);
      db.pragma(`user_version = ${codeSchemaVersion()}`);
    })();
    return;
  }
  applyMigrations(db, migrations.filter((m) => m.version > from));
}

/** Runs migrations one by one, each in its own transaction with its version bump. */
export function applyMigrations(db: Db, migrations: Migration[]): void {
  for (const m of migrations) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
