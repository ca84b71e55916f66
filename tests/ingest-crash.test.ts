import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { makeCorpus } from '../bench/make-corpus.js';
import { collectFiles } from '../src/import/collect-files.js';
import { removeTempDirs, root, tempDir } from './ingest-helpers.js';

afterEach(removeTempDirs);

// Run `npm run build` before: the run that is killed is the built command.
const cli = join(root, 'dist', 'cli.js');
const DOCS = 300;

/** The database's consistency after a crash: SQLite's own check, and rows that only exist in pairs. */
function consistency(dbFile: string): { integrity: string; orphanRows: number; docsWithoutRow: number; rows: number; documents: number } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      orphanRows: db.prepare('SELECT count(*) FROM source_files f LEFT JOIN documents d ON d.id = f.document_id WHERE d.id IS NULL').pluck().get() as number,
      docsWithoutRow: db.prepare('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM source_files f WHERE f.document_id = d.id)').pluck().get() as number,
      rows: db.prepare('SELECT count(*) FROM source_files').pluck().get() as number,
      documents: db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe('vanban ingest killed with SIGKILL', () => {
  it('should leave a consistent database, and the next run should store every file exactly once', async () => {
    const dir = tempDir();
    const folder = join(dir, 'in');
    // Real dev documents with their numbers varied: every file has bytes of its own.
    makeCorpus(join(root, 'fixtures', 'dev'), folder, DOCS);
    const { files } = await collectFiles([folder]);
    const shaOf = new Map(files.map((f) => [relative(folder, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
    const distinct = new Set(shaOf.values()).size;
    const db = join(dir, 'v.db');
    const args = [cli, 'ingest', folder, '--db', db, '--batch', '7', '--quiet'];

    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Poll with a read-only connection of our own until a few batches are committed, then kill without warning.
    const deadline = Date.now() + 120_000;
    let committed = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      if (!existsSync(db)) continue;
      try {
        const reader = new Database(db, { readonly: true });
        committed = reader.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'source_files'").pluck().get()
          ? (reader.prepare('SELECT count(*) FROM source_files').pluck().get() as number)
          : 0;
        reader.close();
      } catch {
        continue; // the schema is being created
      }
      if (committed >= 14) break;
    }
    expect(committed).toBeGreaterThanOrEqual(14);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const after = consistency(db);
    expect(after.integrity).toBe('ok');
    expect(after.orphanRows).toBe(0);
    expect(after.docsWithoutRow).toBe(0);
    expect(after.rows).toBeGreaterThanOrEqual(committed);
    expect(after.rows).toBeLessThan(DOCS);
    // The killed run's lock is still there; the next run takes it over.
    expect(existsSync(`${db}.lock`)).toBe(true);

    const rerun = spawnSync(process.execPath, [...args.slice(0, -1), '--log', 'json'], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const events = rerun.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events[0]).toMatchObject({ event: 'warning' });
    expect(events.at(-1)).toMatchObject({ event: 'summary', failed: 0, exitCode: 0 });
    expect(Number(events.at(-1)!.new) + Number(events.at(-1)!.unchanged)).toBe(DOCS);
    expect(Number(events.at(-1)!.unchanged)).toBeGreaterThanOrEqual(after.rows);

    const final = consistency(db);
    expect(final).toMatchObject({ integrity: 'ok', orphanRows: 0, docsWithoutRow: 0, rows: DOCS, documents: distinct });
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT path, sha256 FROM source_files').all() as { path: string; sha256: string }[];
    expect(new Map(rows.map((r) => [r.path, r.sha256]))).toEqual(shaOf);
    expect(conn.prepare('SELECT count(DISTINCT sha256) FROM documents').pluck().get()).toBe(distinct);
    conn.close();
  }, 300_000);
});
