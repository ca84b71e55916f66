import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, codeSchemaVersion, loadMigrations } from '../src/store/open-database.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every schema object, shadow tables of FTS5 included, with whitespace and comments folded away. */
function schemaRows(db: Database.Database): string[] {
  return (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }[]).map(
    (r) =>
      `${r.type} ${r.name} on ${r.tbl_name}: ${(r.sql ?? '')
        .replace(/--[^\n]*/g, '')
        .replace(/\s+/g, ' ')
        .replace(/\( /g, '(')
        .replace(/ \)/g, ')')
        .trim()}`,
  );
}

describe('schema.sql and the migrations', () => {
  it('should give the same sqlite_schema rows, search index and views included, whichever way the database is built', () => {
    const fromMigrations = new Database(':memory:');
    applyMigrations(fromMigrations, loadMigrations());
    const fromSchema = new Database(':memory:');
    fromSchema.exec(readFileSync(join(root, 'src', 'store', 'schema.sql'), 'utf8'));
    const a = schemaRows(fromMigrations);
    expect(a).toEqual(schemaRows(fromSchema));
    // The objects migration 0002 adds are there (a test that could fail if the block were dropped from schema.sql).
    for (const name of ['search_fts', 'search_fts_data', 'search_documents', 'task_overview', 'unit_summary', 'references_symbol_citing', 'documents_identity']) {
      expect(a.some((r) => r.split(' ')[1] === name)).toBe(true);
    }
    expect(codeSchemaVersion()).toBeGreaterThanOrEqual(3);
  });

  it('should bring a version 1 database up to the newest version with the search index empty', () => {
    const db = new Database(':memory:');
    applyMigrations(db, loadMigrations().filter((m) => m.version === 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    applyMigrations(db, loadMigrations().filter((m) => m.version > 1));
    expect(db.pragma('user_version', { simple: true })).toBe(codeSchemaVersion());
    expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(0);
  });
});
