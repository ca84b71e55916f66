import type { Command } from 'commander';
import { openDatabase } from '../../store/open-database.js';
import { databaseStats } from '../../store/queries-stats.js';
import { EXIT, type ExitCode } from '../errors.js';

/** `vanban stats`: what the database holds — documents by type, items by kind, most cited, open failures. */
export async function statsCommand(opts: { db: string; json?: boolean }): Promise<ExitCode> {
  const db = openDatabase(opts.db, { readonly: true });
  try {
    const s = databaseStats(db);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(s)}\n`);
      return EXIT.ok;
    }
    const lines = [
      `${s.documents} documents: ${s.byType.map((t) => `${t.n} ${t.type}`).join(', ') || 'none'}`,
      Object.entries(s.counts).map(([k, v]) => `${v} ${k}`).join(', '),
    ];
    if (s.mostCited.length) {
      lines.push('most cited:');
      for (const c of s.mostCited) lines.push(`  ${c.symbol.padEnd(18)} ${(c.type ?? '').padEnd(12)} ${c.mentions} mentions in ${c.citing} documents`);
    }
    if (s.openFailures) lines.push(`${s.openFailures} sources failed (see: vanban failures)`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerStats(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('stats')
    .description('summarize what the database holds')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('--json', 'one JSON object')
    .action((opts: { db: string; json?: boolean }) => run(statsCommand(opts)));
}
