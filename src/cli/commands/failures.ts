import type { Command } from 'commander';
import { openDatabase } from '../../store/open-database.js';
import { listFailures } from '../../store/failures.js';
import { EXIT, type ExitCode } from '../errors.js';

/** `vanban failures`: sources that could not be taken, with stage, reason and attempts (retried on the next run). */
export async function failuresCommand(opts: { db: string; all?: boolean; json?: boolean }): Promise<ExitCode> {
  const db = openDatabase(opts.db, { readonly: true });
  try {
    const rows = listFailures(db, opts.all);
    if (opts.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else {
      for (const r of rows) {
        process.stdout.write(`${r.source}\t${r.stage}\t${r.reason}\t${r.attempts} attempt${r.attempts > 1 ? 's' : ''}, last ${r.last_at}${r.resolved_at ? `, resolved ${r.resolved_at}` : ''}\n`);
      }
      if (!rows.length) process.stderr.write(opts.all ? 'no failures recorded\n' : 'no open failures\n');
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerFailures(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('failures')
    .description('list sources that failed to import, with the stage and the reason')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('--all', 'include failures that later went through')
    .option('--json', 'one JSON object per line')
    .action((opts: { db: string; all?: boolean; json?: boolean }) => run(failuresCommand(opts)));
}
