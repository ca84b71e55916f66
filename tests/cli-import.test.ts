import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const vanban = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('vanban import (the built command)', () => {
  it('should import a folder, print a last line that counts, and report the same bytes unchanged the second time', () => {
    const db = join(tempDir(), 'a.db');
    const first = vanban('import', join(root, 'fixtures', 'dev'), '--glob', '*.txt', '--db', db);
    expect(first.status).toBe(0);
    expect(first.stdout.trim().split('\n').pop()).toMatch(/^new 5, unchanged 0, failed 0 documents; \d+ sections, \d+ items; [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s\)$/);
    const second = vanban('import', join(root, 'fixtures', 'dev'), '--glob', '*.txt', '--db', db);
    expect(second.stdout).toMatch(/^new 0, unchanged 5, failed 0 documents; 0 sections, 0 items;/);
  });

  it('should name each bad input with its reason, record it, go on, and exit 1', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'ok.txt'), 'Kế hoạch số 12/KH-UBND ngày 20/01/2022 của UBND tỉnh.\n');
    writeFileSync(join(dir, 'in', 'huge.txt'), 'a'.repeat(2 * 1024 * 1024));
    const db = join(dir, 'b.db');
    const r = vanban('import', join(dir, 'in'), join(dir, 'missing-folder'), '--db', db, '--max-size', '1');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'missing-folder')}: no such file or folder`);
    expect(r.stderr).toContain(`${join(dir, 'in', 'huge.txt')}: file is 2.0 MB, over the 1.0 MB limit (read)`);
    expect(r.stdout).toMatch(/^new 1, unchanged 0, failed 2 documents;/);
    const rows = new Database(db, { readonly: true }).prepare('SELECT source, stage FROM failures ORDER BY source').all();
    expect(rows).toEqual([
      { source: join(dir, 'in', 'huge.txt'), stage: 'read' },
      { source: join(dir, 'missing-folder'), stage: 'read' },
    ]);
    const failures = vanban('failures', '--db', db);
    expect(failures.stdout).toContain('huge.txt\tread\tfile is 2.0 MB, over the 1.0 MB limit\t1 attempt');
  });

  it('should print nothing but errors with --quiet', () => {
    const r = vanban('import', join(root, 'fixtures', 'dev', '002_0018b2a41e4e7a89.txt'), '--db', join(tempDir(), 'q.db'), '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('should refuse a bad --max-size with exit 2 and a database newer than the code with exit 3', () => {
    const dir = tempDir();
    expect(vanban('import', dir, '--db', join(dir, 'c.db'), '--max-size', 'lots').status).toBe(2);
    const newer = join(dir, 'newer.db');
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const r = vanban('import', dir, '--db', newer);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/schema version 999, newer than this vanban/);
  });

  it('should summarize the database with stats', () => {
    const db = join(tempDir(), 's.db');
    vanban('import', join(root, 'fixtures', 'dev'), '--glob', '*.txt', '--db', db, '--quiet');
    const r = vanban('stats', '--db', db, '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toBe(5);
  });
});

describe('citation links (the built command)', () => {
  // A decision as UBND tỉnh Trà Vinh heads it, and the real plan (dev 000) that cites it as
  // "Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh".
  const decision = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH TRÀ VINH',
    'Số: 166/QĐ-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Trà Vinh, ngày 20 tháng 01 năm 2022',
    'QUYẾT ĐỊNH',
    'Ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 02/NQ-CP.',
    '',
  ].join('\n');

  it.each([
    ['the cited document first', ['decision', 'plan']],
    ['the citing document first', ['plan', 'decision']],
  ])('should link a mention to the stored document it names, with %s', (_, order) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'decision.txt'), decision);
    const plan = join(root, 'fixtures', 'dev', '000_86c2dac53a49ddc7.txt');
    const db = join(dir, 'c.db');
    for (const which of order) expect(vanban('import', which === 'plan' ? plan : join(dir, 'decision.txt'), '--db', db).status).toBe(0);
    const conn = new Database(db, { readonly: true });
    try {
      const decisionId = conn.prepare("SELECT id FROM documents WHERE symbol = '166/QĐ-UBND'").pluck().get();
      const cited = conn
        .prepare(`SELECT DISTINCT r.cited_document_id FROM "references" r JOIN documents d ON d.id = r.document_id
          WHERE r.symbol = '166/QĐ-UBND' AND d.source_path LIKE '%000_86c2dac53a49ddc7.txt'`)
        .pluck()
        .all();
      expect(decisionId).toBeTypeOf('number');
      expect(cited).toEqual([decisionId]);
    } finally {
      conn.close();
    }
  });
});
