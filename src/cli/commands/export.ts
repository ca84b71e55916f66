import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { findDocument } from '../../store/queries/find-document.js';
import { EXPORT_KINDS, exportQuery, type ExportFilters, type ExportKind } from '../../store/queries/export-query.js';
import type { RowFormat } from '../../output/formats/row-writer.js';
import { checkFormat } from '../../output/formats/output-options.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { printQuery } from './print-query.js';
import { taskFiltersOf, type TaskCliOptions } from './tasks.js';

interface ExportCliOptions extends TaskCliOptions {
  what: string;
  type?: string;
  symbol?: string;
  cites?: string;
  text?: boolean;
}

const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;

/**
 * `vanban export --what KIND[,KIND…]`: whole tables (or filtered) as CSV, JSON
 * or NDJSON, streamed row by row. `--out FILE` for one kind; `--out DIR` (an
 * existing folder, or a path ending in `/`) writes DIR/KIND.EXT for each.
 */
export async function exportCommand(opts: ExportCliOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, EXPORT_FORMATS) as RowFormat;
  const kinds = opts.what.split(',').map((s) => s.trim()).filter(Boolean);
  if (!kinds.length) throw new CliError(`--what needs one of ${EXPORT_KINDS.join(', ')}`, EXIT.usage);
  for (const k of kinds) {
    if (!(EXPORT_KINDS as readonly string[]).includes(k)) throw new CliError(`unknown --what '${k}' (${EXPORT_KINDS.join(', ')})`, EXIT.usage);
  }
  const toDir = opts.out !== undefined && (/[/\\]$/.test(opts.out) || (existsSync(opts.out) && statSync(opts.out).isDirectory()));
  if (kinds.length > 1 && !toDir) throw new CliError('several --what kinds need --out DIR (an existing folder)', EXIT.usage);
  if (toDir && !existsSync(opts.out!)) throw new CliError(`no folder ${opts.out}`, EXIT.usage);
  const filters: ExportFilters = { ...taskFiltersOf(opts), type: opts.type, symbol: opts.symbol, cites: opts.cites, withText: opts.text };
  const db = openQueryDatabase(opts.db);
  try {
    if (opts.doc !== undefined) filters.documentId = findDocument(db, opts.doc).id;
    for (const kind of kinds as ExportKind[]) {
      const q = exportQuery(kind, filters);
      printQuery(db, q, q.columns, { format, out: toDir ? join(opts.out!, `${kind}.${format}`) : opts.out, bom: opts.bom });
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerExport(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('export')
    .description('write tables as CSV, JSON or NDJSON (streamed), whole or filtered')
    .requiredOption('--what <kinds>', `${EXPORT_KINDS.join('|')} (several, comma-separated, with --out DIR)`)
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('-f, --format <format>', 'csv, json or ndjson', 'csv')
    .option('--out <file|dir>', 'a file, or a folder for KIND.FORMAT files (default: stdout)')
    .option('--bom', 'CSV: start with a byte order mark (for spreadsheets)')
    .option('--doc <doc>', 'one document (id, sha256 prefix, symbol or source path)')
    .option('--type <type>', 'document type (folded)')
    .option('--year <yyyy>', 'document issued this year')
    .option('--province <name>', 'place or issuer of the document names this province (folded)')
    .option('--symbol <text>', 'references: cited symbol contains this (folded)')
    .option('--cites <symbol|key>', 'references: mentions of this document')
    .option('--unit <name>', 'units, tasks: a unit whose name contains this (folded)')
    .option('--role <role>', 'units, tasks: lead, support or assigned')
    .option('--kind <kind>', 'targets, tasks: target or result')
    .option('--text', 'documents: include the full text')
    .action((opts: ExportCliOptions) => run(exportCommand(opts)));
}
