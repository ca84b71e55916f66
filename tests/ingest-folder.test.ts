import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { folderSettings, ingest, removeTempDirs, root, tempDir } from './ingest-helpers.js';

afterEach(removeTempDirs);

const dev = join(root, 'fixtures', 'dev');
const encodings = join(root, 'fixtures', 'inputs', 'encodings');
const readDb = (file: string) => new Database(file, { readonly: true });

/** A folder with two real dev documents. */
function devFolder(): { dir: string; folder: string; db: string } {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  copyFileSync(join(dev, '000_86c2dac53a49ddc7.txt'), join(folder, 'a.txt'));
  copyFileSync(join(dev, '002_0018b2a41e4e7a89.txt'), join(folder, 'b.txt'));
  return { dir, folder, db: join(dir, 'v.db') };
}

describe('the folder source of vanban ingest', () => {
  it('should store new files, then on a second run skip them by size and mtime without reading them', async () => {
    const { folder, db } = devFolder();
    // A whole second: set again after the change below, it reads back to the same millisecond.
    const a = join(folder, 'a.txt');
    const when = new Date('2025-03-01T08:00:00Z');
    utimesSync(a, when, when);
    const first = await ingest(folderSettings(db, folder));
    expect(first.summary).toMatchObject({ sources: 1, new: 2, changed: 0, unchanged: 0, failed: 0, exitCode: 0 });
    expect(first.events.filter((e) => e.event === 'new').map((e) => e.path)).toEqual([join(folder, 'a.txt'), join(folder, 'b.txt')]);

    // Same size, same mtime, other bytes: a run that read the file would store a new document; this one must not look.
    const bytes = readFileSync(a);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x2e ? 0x2c : 0x2e;
    writeFileSync(a, bytes);
    utimesSync(a, when, when);
    const second = await ingest(folderSettings(db, folder));
    expect(second.summary).toMatchObject({ new: 0, changed: 0, unchanged: 2, failed: 0, exitCode: 0 });
    expect(readDb(db).prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
  });

  it('should store a changed file as a new document, only touch a file whose bytes did not change, and link a renamed file', async () => {
    const { folder, db } = devFolder();
    await ingest(folderSettings(db, folder));
    const conn = readDb(db);
    const rowOf = (path: string) => conn.prepare('SELECT size, mtime_ms, sha256, document_id FROM source_files WHERE path = ?').get(path) as { mtime_ms: number; document_id: number; sha256: string } | undefined;
    const bBefore = rowOf('b.txt')!;

    // a.txt: the content changes (a number in the text), and its mtime with it.
    const a = join(folder, 'a.txt');
    writeFileSync(a, readFileSync(a, 'utf8').replace(/\d/, (d) => String((Number(d) + 1) % 10)));
    utimesSync(a, new Date(), new Date(Date.now() + 5_000));
    // b.txt: renamed, bytes the same.
    renameSync(join(folder, 'b.txt'), join(folder, 'b-renamed.txt'));
    // c.txt: a copy of a known document under a third name, touched to a new mtime.
    copyFileSync(join(dev, '002_0018b2a41e4e7a89.txt'), join(folder, 'c.txt'));

    const run = await ingest(folderSettings(db, folder));
    expect(run.summary).toMatchObject({ new: 0, changed: 1, unchanged: 2, failed: 0 });
    expect(run.events.find((e) => e.event === 'changed')?.path).toBe(a);
    expect(conn.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3);
    expect(rowOf('b-renamed.txt')!.document_id).toBe(bBefore.document_id);
    expect(rowOf('c.txt')!.document_id).toBe(bBefore.document_id);
    const aRow = rowOf('a.txt')!;
    expect(conn.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck().get(aRow.document_id)).toBe(aRow.sha256);

    // Touched only: the row's mtime follows, nothing is stored.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(folder, 'c.txt'), later, later);
    const touched = await ingest(folderSettings(db, folder));
    expect(touched.summary).toMatchObject({ new: 0, changed: 0, unchanged: 3 });
    expect(touched.events.filter((e) => e.event === 'unchanged').map((e) => e.path)).toEqual([join(folder, 'c.txt')]);
    expect(rowOf('c.txt')!.mtime_ms).toBe(Math.floor(statSync(join(folder, 'c.txt')).mtimeMs));
  });

  it('should read UTF-16, TCVN3, VNI, Windows-1258 and NFD-mixed files as the same text as the UTF-8 one, and record each bad file with its stage and reason', async () => {
    const dir = tempDir();
    const folder = join(dir, 'in');
    mkdirSync(folder);
    for (const f of ['passage.utf8.txt', 'passage.utf16le.txt', 'passage.utf16be.txt', 'passage.tcvn3.txt', 'passage.vni.txt', 'passage.cp1258.txt', 'empty.txt', 'blank.txt', 'binary.png', 'binary-noheader.bin', 'invalid-utf8.txt']) {
      copyFileSync(join(encodings, f), join(folder, f));
    }
    // Decomposed lines (as pasted from a Mac) between composed ones.
    const passage = readFileSync(join(encodings, 'passage.utf8.txt'), 'utf8');
    writeFileSync(join(folder, 'passage.nfd-mixed.txt'), passage.split('\n').map((l, i) => (i % 2 ? l.normalize('NFD') : l)).join('\n'));
    writeFileSync(join(folder, 'huge.txt'), 'Kế hoạch '.repeat(200_000));
    const db = join(dir, 'v.db');
    const settings = folderSettings(db, folder, { maxBytes: 1024 * 1024 }, '*');

    const first = await ingest(settings);
    expect(first.summary).toMatchObject({ new: 8, failed: 5, exitCode: 1 });
    const conn = readDb(db);
    const failures = conn.prepare('SELECT source, stage, reason, attempts FROM failures ORDER BY source').all();
    expect(failures).toEqual([
      { source: join(folder, 'binary-noheader.bin'), stage: 'decode', reason: expect.stringMatching(/binary/), attempts: 1 },
      { source: join(folder, 'binary.png'), stage: 'decode', reason: expect.stringMatching(/binary|image/), attempts: 1 },
      { source: join(folder, 'blank.txt'), stage: 'decode', reason: 'empty file', attempts: 1 },
      { source: join(folder, 'empty.txt'), stage: 'decode', reason: 'empty file', attempts: 1 },
      { source: join(folder, 'huge.txt'), stage: 'read', reason: 'file is 2.5 MB, over the 1.0 MB limit', attempts: 1 },
    ]);
    // A failed file has no source_files row, so the next run reads it again.
    const paths = conn.prepare('SELECT path FROM source_files ORDER BY path').pluck().all();
    expect(paths).toEqual(['invalid-utf8.txt', 'passage.cp1258.txt', 'passage.nfd-mixed.txt', 'passage.tcvn3.txt', 'passage.utf16be.txt', 'passage.utf16le.txt', 'passage.utf8.txt', 'passage.vni.txt']);
    const docs = conn.prepare('SELECT source_path, encoding, text, warnings FROM documents').all() as { source_path: string; encoding: string; text: string; warnings: string }[];
    const byName = new Map(docs.map((d) => [d.source_path.slice(folder.length + 1), d]));
    const utf8Text = byName.get('passage.utf8.txt')!.text;
    expect(utf8Text).toContain('Nghị quyết số 02/NQ-CP ngày 10/01/2022');
    for (const [name, encoding] of [['passage.utf16le.txt', 'utf-16le'], ['passage.utf16be.txt', 'utf-16be'], ['passage.tcvn3.txt', 'tcvn3'], ['passage.vni.txt', 'vni-windows'], ['passage.cp1258.txt', 'windows-1258'], ['passage.nfd-mixed.txt', 'utf-8']]) {
      expect(byName.get(name)!.encoding, name).toBe(encoding);
      // TCVN3 has no code for some capitals with marks (Ủ is written ủ in .VnTime): compare case-folded.
      expect(byName.get(name)!.text.toLowerCase(), name).toBe(utf8Text.toLowerCase());
    }
    expect(JSON.parse(byName.get('invalid-utf8.txt')!.warnings)).toEqual([expect.stringMatching(/invalid UTF-8: \d+ byte sequence/)]);

    // The next run retries each failure (and nothing else); a fixed file goes through and its failure is resolved.
    writeFileSync(join(folder, 'empty.txt'), 'Báo cáo số 15/BC-UBND ngày 10/3/2023 về kết quả thực hiện.\n');
    const second = await ingest(settings);
    expect(second.summary).toMatchObject({ new: 1, unchanged: 8, failed: 4, exitCode: 1 });
    const open = conn.prepare('SELECT source, attempts FROM failures WHERE resolved_at IS NULL ORDER BY source').all() as { source: string; attempts: number }[];
    expect(open.map((f) => [f.source.slice(folder.length + 1), f.attempts])).toEqual([['binary-noheader.bin', 2], ['binary.png', 2], ['blank.txt', 2], ['huge.txt', 2]]);
    expect(conn.prepare('SELECT resolved_at IS NOT NULL FROM failures WHERE source = ?').pluck().get(join(folder, 'empty.txt'))).toBe(1);
  });

  it('should leave out files older than --since', async () => {
    const { folder, db } = devFolder();
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'a.txt'), old, old);
    const run = await ingest(folderSettings(db, folder, { since: new Date('2024-05-01T00:00:00Z') }));
    expect(run.summary).toMatchObject({ new: 1, failed: 0 });
    expect(run.events.find((e) => e.event === 'new')?.path).toBe(join(folder, 'b.txt'));
    expect(run.events.find((e) => e.event === 'skipped')).toMatchObject({ files: 1, reason: 'older than --since' });
    expect(readDb(db).prepare('SELECT path FROM source_files').pluck().all()).toEqual(['b.txt']);
  });

  it('should list what a dry run would read and write nothing, not even a database', async () => {
    const { folder, db } = devFolder();
    const dry = await ingest(folderSettings(db, folder, { dryRun: true }));
    expect(dry.events.filter((e) => e.event === 'would-read').map((e) => [e.path, e.as])).toEqual([
      [join(folder, 'a.txt'), 'new'],
      [join(folder, 'b.txt'), 'new'],
    ]);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}.lock`)).toBe(false);

    await ingest(folderSettings(db, folder));
    const a = join(folder, 'a.txt');
    writeFileSync(a, readFileSync(a, 'utf8') + '\nNơi nhận: như trên.\n');
    const before = readFileSync(db);
    const beforeWal = existsSync(`${db}-wal`) ? readFileSync(`${db}-wal`) : undefined;
    const again = await ingest(folderSettings(db, folder, { dryRun: true }));
    expect(again.events.filter((e) => e.event === 'would-read').map((e) => [e.path, e.as])).toEqual([[a, 'changed']]);
    expect(readFileSync(db).equals(before)).toBe(true);
    if (beforeWal) expect(readFileSync(`${db}-wal`).equals(beforeWal)).toBe(true);
  });

  it('should fail a source whose folder has gone, record it, and go on with the next source', async () => {
    const { dir, folder, db } = devFolder();
    const settings = folderSettings(db, folder);
    settings.sources.unshift({ kind: 'folder', name: 'gone', path: join(dir, 'gone') });
    const run = await ingest(settings);
    expect(run.summary).toMatchObject({ sources: 2, failedSources: 1, new: 2, exitCode: 1 });
    const conn = readDb(db);
    expect(conn.prepare('SELECT name, last_status, last_error FROM sources ORDER BY id').all()).toEqual([
      { name: 'gone', last_status: 'failed', last_error: `no such folder: ${join(dir, 'gone')}` },
      { name: 'docs', last_status: 'ok', last_error: null },
    ]);
    expect(conn.prepare('SELECT source, stage FROM failures').all()).toEqual([{ source: 'gone', stage: 'source' }]);
  });
});
