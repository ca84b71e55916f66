import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { CliError, EXIT } from '../cli/errors.js';

/** What a lock file holds: who took it, where, when, for which command. */
export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

/** A held lock; `release` is idempotent and runs by itself on exit, SIGINT and SIGTERM. */
export interface RunLock {
  file: string;
  release(): void;
}

/** A takeover in progress older than this was left by a killed process. */
const STALE_TAKEOVER_MS = 10_000;

/**
 * Takes the lock of a database: `<db>.lock`, created atomically (link, which fails like O_EXCL), holding
 * the pid, host, start time and command. A second run finds the file and
 * fails at once with `another vanban ingest (pid N, started …) holds <db>`
 * (CliError, exit 4). A lock left by a process that is gone (same host, pid
 * not alive — a kill -9 or a power cut) is taken over, and `onStale` is told.
 * Two runs that find the same stale lock at once take turns through a
 * `<db>.lock.takeover` file made the same way, so only one wins.
 */
export function acquireRunLock(dbFile: string, command: string, onStale?: (holder: LockHolder) => void): RunLock {
  const db = resolve(dbFile);
  const file = `${db}.lock`;
  const me: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command };
  // A few tries cover a holder that releases between our create and our read.
  for (let attempt = 0; !tryCreate(file, me); attempt++) {
    const holder = readHolder(file);
    if (!holder && ageMs(file) === undefined && attempt < 3) continue;
    if (holder && !isGone(holder)) throw lockedError(holder, db);
    takeOver(file, holder, me, db);
    if (holder) onStale?.(holder);
    break;
  }
  return holdLock(file, me);
}

/** The message and exit code of a database held by another run. */
function lockedError(holder: LockHolder, db: string): CliError {
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return new CliError(`another vanban ${holder.command} (pid ${holder.pid}${where}, started ${holder.startedAt}) holds ${db}`, EXIT.locked);
}

/**
 * Creates `file` holding `me`, or returns false when it exists. The content is
 * written to a file of our own first and linked into place (link fails when
 * the name exists), so no other run ever sees a lock file half written.
 */
function tryCreate(file: string, me: LockHolder): boolean {
  const tmp = writeOwnFile(file, me);
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new CliError(`cannot create lock file ${file}: ${(e as Error).message}`, EXIT.database);
  } finally {
    removeIfExists(tmp);
  }
}

/** `<file>.<pid>.tmp` holding `me`; its name is ours alone. */
function writeOwnFile(file: string, me: LockHolder): string {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(me) + '\n');
  } catch (e) {
    throw new CliError(`cannot create lock file ${tmp}: ${(e as Error).message}`, EXIT.database);
  }
  return tmp;
}

/** The holder written in a lock file; undefined when it is unreadable (damaged by hand, or gone meanwhile). */
function readHolder(file: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { ...h, command: h.command ?? 'ingest', startedAt: h.startedAt ?? '?' } : undefined;
  } catch {
    return undefined;
  }
}

/** True when the holder is surely gone: same host and no such process. Another host's lock is never broken. */
function isGone(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function takeOver(file: string, seen: LockHolder | undefined, me: LockHolder, db: string): void {
  const gate = `${file}.takeover`;
  if (!tryCreate(gate, me)) {
    // Another run is taking over right now, unless its gate is old (it was killed mid-way).
    const age = ageMs(gate);
    if (age !== undefined && age < STALE_TAKEOVER_MS) throw lockedError(readHolder(gate) ?? me, db);
    removeIfExists(gate);
    if (!tryCreate(gate, me)) throw lockedError(readHolder(gate) ?? me, db);
  }
  try {
    // Under the gate: the lock must still be the stale one we saw (or still unreadable).
    const now = readHolder(file);
    if (now && (!seen || now.pid !== seen.pid || now.startedAt !== seen.startedAt) && !isGone(now)) throw lockedError(now, db);
    // rename over the old file is atomic: no moment without a lock file for a third run to grab.
    renameSync(writeOwnFile(file, me), file);
  } finally {
    removeIfExists(gate);
  }
}

function holdLock(file: string, me: LockHolder): RunLock {
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    // Remove it only if it is still ours (a takeover by mistake must not be undone by us).
    const now = readHolder(file);
    if (now && now.pid === me.pid && now.startedAt === me.startedAt) removeIfExists(file);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    release();
    // The default action, now that the lock is gone: end with the signal (the open transaction is discarded).
    process.kill(process.pid, signal);
  };
  process.on('exit', release);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { file, release };
}

function ageMs(file: string): number | undefined {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function removeIfExists(file: string): void {
  try {
    unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
