import type { Command } from 'commander';
import { collectFiles } from '../../import/collect-files.js';
import { importFiles, type ImportSummary } from '../../import/import-files.js';
import { openDatabase } from '../../store/open-database.js';
import { availableParallelism } from 'node:os';
import { createExtractPool } from '../../import/extract-pool.js';
import { recordFailure } from '../../store/failures.js';
import { makeProgress } from '../progress.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { acquireRunLock } from '../../ingest/run-lock.js';

interface ImportCliOptions {
  db: string;
  glob?: string;
  quiet?: boolean;
  maxSize: string;
  workers?: string;
}

/** One extraction worker beside the writer on two cores; a second adds nothing (the writer is the wall). */
const defaultWorkers = (): number => Math.max(0, Math.min(2, availableParallelism() - 1));

/**
 * `vanban import PATH…`: files and folders into the database. Prints a
 * progress bar on a terminal, each failure with its path and reason on
 * stderr, and a last line that counts what happened.
 */
export async function importCommand(paths: string[], opts: ImportCliOptions): Promise<ExitCode> {
  const maxMb = Number(opts.maxSize);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new CliError(`--max-size takes a number of MB, not '${opts.maxSize}'`, EXIT.usage);
  const asked = opts.workers === undefined ? undefined : Number(opts.workers);
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 0 || asked > 16)) throw new CliError(`--workers takes 0 to 16, not '${opts.workers}'`, EXIT.usage);
  const { files, missing } = await collectFiles(paths, opts.glob);
  // A worker costs a start-up of its own: for a handful of files, extracting in-process is faster.
  const workers = asked ?? (files.length >= 64 ? defaultWorkers() : 0);
  // The same lock as `vanban ingest`: two writers would wait on each other's batches, or time out.
  const lock = acquireRunLock(opts.db, 'import');
  let db;
  try {
    db = openDatabase(opts.db);
  } catch (e) {
    lock.release();
    throw e;
  }
  try {
    for (const m of missing) {
      process.stderr.write(`vanban: ${m.path}: ${m.reason}\n`);
      recordFailure(db, m.path, 'read', m.reason);
    }
    const progress = makeProgress(!opts.quiet);
    let summary: ImportSummary;
    const pool = createExtractPool(workers);
    try {
      summary = await importFiles(db, files, pool.extract, {
        window: 4 + 4 * workers,
        maxFileBytes: maxMb * 1024 * 1024,
        onProgress: (done, total, file) => progress.update(done, total, file),
        onFailure: (file, stage, reason) => {
          progress.stop();
          process.stderr.write(`vanban: ${file}: ${reason} (${stage})\n`);
        },
      });
    } finally {
      progress.stop();
      await pool.close();
    }
    summary.failed += missing.length;
    if (!opts.quiet) process.stdout.write(`${summaryLine(summary)}\n`);
    return summary.failed ? EXIT.partial : EXIT.ok;
  } finally {
    db.close();
    lock.release();
  }
}

/** `new 5, unchanged 0, failed 0 documents; 45 sections, 312 items; 0.06 MB in 0.41 s (0.15 MB/s)` */
export function summaryLine(s: ImportSummary): string {
  const mb = s.bytes / 1024 / 1024;
  const rate = s.seconds > 0 ? mb / s.seconds : 0;
  return (
    `new ${s.new}, unchanged ${s.unchanged}, failed ${s.failed} documents; ` +
    `${s.sections} sections, ${s.items} items; ${mb.toFixed(2)} MB in ${s.seconds.toFixed(2)} s (${rate.toFixed(2)} MB/s)`
  );
}

export function registerImport(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('import')
    .description('import files and folders (recursively) into the database')
    .argument('<paths...>', 'files and folders')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('--glob <pattern>', "which files to take from folders, e.g. '**/*.{txt,html}' (default: document extensions)")
    .option('--max-size <mb>', 'refuse files larger than this many MB', '50')
    .option('--workers <n>', 'extraction threads beside the writer (default: 1 on two cores, 0 = in-process)')
    .option('-q, --quiet', 'print nothing but errors')
    .action((paths: string[], opts: ImportCliOptions) => run(importCommand(paths, opts)));
}
