import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from '../bench/make-corpus.js';
import { acquireRunLock } from '../src/ingest/run-lock.js';
import { CliError } from '../src/cli/errors.js';
import { removeTempDirs, root, tempDir } from './ingest-helpers.js';

afterEach(removeTempDirs);

const cli = join(root, 'dist', 'cli.js');

/** Runs the built CLI to its end, with how long it took. */
function vanban(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

/** A pid that surely belongs to no running process: one of a child that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('the lock of vanban ingest', () => {
  it('should let exactly one of two runs started at once on the same database run; the other exits 4 at once and says who holds it', async () => {
    const dir = tempDir();
    makeCorpus(join(root, 'fixtures', 'dev'), join(dir, 'in'), 80);
    const db = join(dir, 'v.db');
    const args = ['ingest', join(dir, 'in'), '--db', db, '--quiet'];
    const [a, b] = await Promise.all([vanban(args), vanban(args)]);
    const [winner, loser] = a.status === 4 ? [b, a] : [a, b];
    expect([winner.status, loser.status]).toEqual([0, 4]);
    expect(loser.stderr).toMatch(new RegExp(`^vanban: another vanban ingest \\(pid \\d+, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\) holds ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    // "At once": well before the winner, which reads and stores 80 documents, is done.
    expect(loser.ms).toBeLessThan(winner.ms);
    expect(existsSync(`${db}.lock`)).toBe(false);
    const again = await vanban([...args.slice(0, -1), '--log', 'json']);
    expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toMatchObject({ event: 'summary', new: 0, unchanged: 80, exitCode: 0 });
  });

  it('should take over a lock left by a process that is gone, with a warning event', async () => {
    const dir = tempDir();
    makeCorpus(join(root, 'fixtures', 'dev'), join(dir, 'in'), 3);
    const db = join(dir, 'v.db');
    const pid = deadPid();
    writeFileSync(`${db}.lock`, JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', command: 'ingest' }));
    const r = await vanban(['ingest', join(dir, 'in'), '--db', db, '--log', 'json']);
    expect(r.status).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events[0]).toMatchObject({ event: 'warning', message: `took over the lock of pid ${pid} (started 2026-01-01T00:00:00.000Z), which is no longer running` });
    expect(events.at(-1)).toMatchObject({ event: 'summary', new: 3, exitCode: 0 });
    expect(existsSync(`${db}.lock`)).toBe(false);
  });

  it('should let only one of two runs that find the same stale lock at once take it over', async () => {
    const dir = tempDir();
    makeCorpus(join(root, 'fixtures', 'dev'), join(dir, 'in'), 40);
    const db = join(dir, 'v.db');
    writeFileSync(`${db}.lock`, JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', command: 'ingest' }));
    const args = ['ingest', join(dir, 'in'), '--db', db, '--quiet'];
    const results = await Promise.all([vanban(args), vanban(args)]);
    expect(results.map((r) => r.status).sort()).toEqual([0, 4]);
    expect(results.find((r) => r.status === 4)!.stderr).toMatch(/another vanban ingest \(pid \d+, started/);
    expect(existsSync(`${db}.lock`)).toBe(false);
    expect(existsSync(`${db}.lock.takeover`)).toBe(false);
  });

  it('should not break a lock whose process is alive, nor one taken on another host, and vanban import should refuse too', async () => {
    const dir = tempDir();
    makeCorpus(join(root, 'fixtures', 'dev'), join(dir, 'in'), 2);
    const db = join(dir, 'v.db');
    writeFileSync(`${db}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-11-22T01:00:00.000Z', command: 'ingest' }));
    const ingest = await vanban(['ingest', join(dir, 'in'), '--db', db, '--log', 'json']);
    expect(ingest.status).toBe(4);
    expect(ingest.stderr).toBe(`vanban: another vanban ingest (pid ${process.pid}, started 2026-11-22T01:00:00.000Z) holds ${db}\n`);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ event: 'summary', exitCode: 4, error: expect.stringContaining('another vanban ingest') });
    const imp = await vanban(['import', join(dir, 'in'), '--db', db]);
    expect(imp.status).toBe(4);
    expect(imp.stderr).toContain(`another vanban ingest (pid ${process.pid}`);

    writeFileSync(`${db}.lock`, JSON.stringify({ pid: deadPid(), host: 'other-host.local', startedAt: '2026-11-22T01:00:00.000Z', command: 'ingest' }));
    const remote = await vanban(['ingest', join(dir, 'in'), '--db', db]);
    expect(remote.status).toBe(4);
    expect(remote.stderr).toMatch(/another vanban ingest \(pid \d+ on other-host\.local, started/);
    expect(existsSync(db)).toBe(false);
  });

  it('should release the lock on SIGTERM', async () => {
    const dir = tempDir();
    makeCorpus(join(root, 'fixtures', 'dev'), join(dir, 'in'), 150);
    const db = join(dir, 'v.db');
    const child = spawn(process.execPath, [cli, 'ingest', join(dir, 'in'), '--db', db, '--quiet'], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 20_000;
    while (!existsSync(`${db}.lock`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse(readFileSync(`${db}.lock`, 'utf8')).pid).toBe(child.pid);
    child.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expect(existsSync(`${db}.lock`)).toBe(false);
  });

  it('should hand the lock to one caller at a time in-process, and again once released', () => {
    const dir = tempDir();
    const db = join(dir, 'v.db');
    const lock = acquireRunLock(db, 'ingest');
    expect(() => acquireRunLock(db, 'import')).toThrow(CliError);
    lock.release();
    lock.release();
    const again = acquireRunLock(db, 'import');
    expect(JSON.parse(readFileSync(`${db}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, command: 'import' });
    again.release();
    expect(existsSync(`${db}.lock`)).toBe(false);
  });
});
