import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, codeSchemaVersion, loadMigrations, openDatabase } from '../src/store/open-database.js';
import { importFiles } from '../src/import/import-files.js';
import { processDocument } from '../src/pipeline.js';
import { listFailures } from '../src/store/failures.js';
import { CliError, EXIT } from '../src/cli/errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const devDir = join(root, 'fixtures', 'dev');
const devFiles = ['000_86c2dac53a49ddc7', '001_8a4490dab9e573b9', '002_0018b2a41e4e7a89', '003_713ee6e59a1eb746', '004_a701ac0b9a96718b'].map(
  (n) => join(devDir, `${n}.txt`),
);

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'vanban-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** The schema as SQLite reports it, whitespace folded so formatting does not count. */
function schemaOf(db: Database.Database): string[] {
  return (db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[])
    .map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/--[^\n]*/g, '').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim()}`);
}

const count = (db: Database.Database, table: string): number => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

describe('the store', () => {
  it('should build the same schema from the numbered migrations as from schema.sql', () => {
    const fromMigrations = new Database(':memory:');
    applyMigrations(fromMigrations, loadMigrations());
    const fromSchema = new Database(':memory:');
    fromSchema.exec(readFileSync(join(root, 'src', 'store', 'schema.sql'), 'utf8'));
    expect(schemaOf(fromMigrations)).toEqual(schemaOf(fromSchema));
    expect(fromMigrations.pragma('user_version', { simple: true })).toBe(codeSchemaVersion());
  });

  it('should open a new database in WAL mode at the newest schema version', () => {
    const file = join(tempDir(), 'v.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(codeSchemaVersion());
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('should refuse a database written by a newer vanban, naming both versions', () => {
    const file = join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${codeSchemaVersion() + 1}`);
    raw.close();
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).exitCode).toBe(EXIT.database);
    expect((caught as CliError).message).toMatch(new RegExp(`schema version ${codeSchemaVersion() + 1}, newer than this vanban \\(${codeSchemaVersion()}\\)`));
  });

  it('should store each document once: a second import of the same bytes reports them unchanged', async () => {
    const dir = tempDir();
    // The same bytes under a second name must also count as one document.
    copyFileSync(devFiles[0], join(dir, 'copy-of-000.txt'));
    const db = openDatabase(join(dir, 'idem.db'));
    const first = await importFiles(db, [...devFiles, join(dir, 'copy-of-000.txt')], processDocument);
    expect(first).toMatchObject({ new: 5, unchanged: 1, failed: 0 });
    const before = ['documents', 'sections', 'references', 'dates', 'periods', 'targets', 'units', 'tasks'].map((t) => count(db, t));
    const second = await importFiles(db, devFiles, processDocument);
    expect(second).toMatchObject({ new: 0, unchanged: 5, failed: 0, sections: 0, items: 0 });
    const after = ['documents', 'sections', 'references', 'dates', 'periods', 'targets', 'units', 'tasks'].map((t) => count(db, t));
    expect(after).toEqual(before);
    db.close();
  });

  it('should keep the normalized text and the document fields the pipeline found', async () => {
    const db = openDatabase(join(tempDir(), 'fields.db'));
    await importFiles(db, [devFiles[4]], processDocument);
    const expected = await processDocument(readFileSync(devFiles[4]), devFiles[4]);
    const row = db.prepare('SELECT text, symbol, type, issued_on, format, sha256, source_path FROM documents').get() as Record<string, string>;
    expect(row.text).toBe(expected.text);
    expect(row.symbol).toBe(expected.document.symbol);
    expect(row.issued_on).toBe(expected.document.issuedOn);
    expect(row.format).toBe('txt');
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.source_path).toBe(devFiles[4]);
    db.close();
  });

  it('should record a file it cannot take in failures, say why, and go on with the batch', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Kế hoạch số 12/KH-UBND. '.repeat(1600));
    const db = openDatabase(join(dir, 'fail.db'));
    const reported: string[] = [];
    const s = await importFiles(db, [devFiles[1], big, join(dir, 'gone.txt'), devFiles[2]], processDocument, {
      maxFileBytes: 20 * 1024,
      onFailure: (file, stage, reason) => reported.push(`${file}|${stage}|${reason}`),
    });
    expect(s).toMatchObject({ new: 2, failed: 2 });
    expect(reported).toEqual([`${big}|read|file is 46.9 KB, over the 20.0 KB limit`, `${join(dir, 'gone.txt')}|read|no such file`]);
    const failures = listFailures(db);
    expect(failures.map((f) => f.source).sort()).toEqual([big, join(dir, 'gone.txt')].sort());
    expect(count(db, 'documents')).toBe(2);

    // The next run retries it; once it goes through, its failure is resolved.
    const again = await importFiles(db, [big], processDocument, { maxFileBytes: 1 << 20 });
    expect(again).toMatchObject({ new: 1, failed: 0 });
    expect(listFailures(db).map((f) => f.source)).toEqual([join(dir, 'gone.txt')]);
    db.close();
  });
});
