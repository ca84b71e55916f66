import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hostname } from 'node:os';
import { removeTempDirs, root, tempDir } from './ingest-helpers.js';

afterEach(removeTempDirs);

// Run `npm run build` before: these run the built command.
const cli = join(root, 'dist', 'cli.js');
const vanban = (args: string[], cwd?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

/** A folder with a config file naming a `docs` folder of two real documents. */
function project(extra: Record<string, unknown> = {}): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'docs'));
  copyFileSync(join(root, 'fixtures', 'dev', '000_86c2dac53a49ddc7.txt'), join(dir, 'docs', 'ke-hoach.txt'));
  copyFileSync(join(root, 'fixtures', 'dev', '002_0018b2a41e4e7a89.txt'), join(dir, 'docs', 'bao-cao.txt'));
  writeFileSync(join(dir, 'vanban.config.json'), JSON.stringify({ db: 'vanban.db', sources: [{ kind: 'folder', name: 'shared', path: 'docs' }], ...extra }));
  return dir;
}

describe('vanban ingest (the built command)', () => {
  it('should exit 0, and with --log json print only JSON lines on stdout ending in the summary', () => {
    const dir = project();
    const r = vanban(['ingest', '--log', 'json'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const events = jsonLines(r.stdout);
    for (const e of events) expect(e.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(events.map((e) => e.event)).toEqual(['run-start', 'source-start', 'new', 'new', 'source-end', 'summary']);
    expect(events[2]).toMatchObject({ source: 'shared', path: join(dir, 'docs', 'bao-cao.txt') });
    expect(events.at(-1)).toMatchObject({ event: 'summary', sources: 1, new: 2, changed: 0, unchanged: 0, failed: 0, exitCode: 0 });
    expect(typeof events.at(-1)!.seconds).toBe('number');

    const again = vanban(['ingest', '--log', 'json'], dir);
    expect(jsonLines(again.stdout).at(-1)).toMatchObject({ new: 0, unchanged: 2, exitCode: 0 });
    const sources = new Database(join(dir, 'vanban.db'), { readonly: true }).prepare('SELECT name, kind, last_status FROM sources').all();
    expect(sources).toEqual([{ name: 'shared', kind: 'folder', last_status: 'ok' }]);
  });

  it('should exit 1 when a document fails, name it on stderr, and list it in vanban failures', () => {
    const dir = project();
    writeFileSync(join(dir, 'docs', 'trong.txt'), '');
    const r = vanban(['ingest', '--quiet'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain(`failed    [shared] ${join(dir, 'docs', 'trong.txt')}: empty file stage=decode`);
    expect(lines.at(-1)).toMatch(/^summary: sources=1 failedSources=0 new=2 changed=0 unchanged=0 failed=1 seconds=[\d.]+ exitCode=1$/);
    expect(lines.some((l) => l.startsWith('new '))).toBe(false);
    const failures = vanban(['failures', '--db', join(dir, 'vanban.db')]);
    expect(failures.stdout).toContain(`${join(dir, 'docs', 'trong.txt')}\tdecode\tempty file\t1 attempt`);
  });

  it('should exit 2 on a bad config, naming the key, with a summary line on stdout under --log json', () => {
    const dir = project({ sources: [{ kind: 'listing', url: 'https://sokhcn.travinh.gov.vn/van-ban' }] });
    const r = vanban(['ingest', '--log', 'json'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`vanban: sources[0].linkSelector: missing (in ${join(dir, 'vanban.config.json')})\n`);
    expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ event: 'summary', exitCode: 2, error: expect.stringContaining('linkSelector') })]);
    expect(vanban(['ingest', '--log', 'yaml'], dir).status).toBe(2);
    expect(vanban(['ingest', '--config', 'missing.json'], dir).stderr).toContain('missing.json: no such file');
  });

  it('should exit 3 when the database is unusable and 4 when another run holds it', () => {
    const dir = project();
    const raw = new Database(join(dir, 'vanban.db'));
    raw.pragma('user_version = 999');
    raw.close();
    const newer = vanban(['ingest', '--log', 'json'], dir);
    expect(newer.status).toBe(3);
    expect(jsonLines(newer.stdout).at(-1)).toMatchObject({ event: 'summary', exitCode: 3 });

    writeFileSync(join(dir, 'vanban.db.lock'), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-11-22T02:00:00.000Z', command: 'ingest' }));
    const locked = vanban(['ingest'], dir);
    expect(locked.status).toBe(4);
    expect(locked.stderr).toBe(`vanban: another vanban ingest (pid ${process.pid}, started 2026-11-22T02:00:00.000Z) holds ${join(dir, 'vanban.db')}\n`);
  });

  it('should list with --dry-run what it would read and leave no database behind', () => {
    const dir = project();
    const r = vanban(['ingest', '--dry-run', '--log', 'json'], dir);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).filter((e) => e.event === 'would-read').map((e) => e.path)).toEqual([join(dir, 'docs', 'bao-cao.txt'), join(dir, 'docs', 'ke-hoach.txt')]);
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)).toEqual(['docs', 'vanban.config.json']);
  });
});
