import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { findDocument } from '../../store/queries/find-document.js';
import { CITATION_COLUMNS, TOP_COLUMNS, citationsQuery, citesColumn, topCitedQuery, type CitationFilters } from '../../store/queries/citations-query.js';
import { ROW_FORMATS } from '../../output/formats/row-writer.js';
import { checkFormat, dateOption, intOption, yearOption, type OutputOptions } from '../../output/formats/output-options.js';
import { printQuery } from './print-query.js';
import { EXIT, type ExitCode } from '../errors.js';

interface CitationsCliOptions extends OutputOptions {
  symbol?: string;
  type?: string;
  issuer?: string;
  province?: string;
  year?: string;
  from?: string;
  to?: string;
  cites?: string;
  citedBy?: string;
  top?: string;
}

/**
 * `vanban citations`: one row per mention of another document, filtered; or,
 * with `--top N`, the N most cited documents.
 */
export async function citationsCommand(opts: CitationsCliOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, ROW_FORMATS);
  const top = intOption('--top', opts.top, 1);
  const filters: CitationFilters = {
    symbol: opts.symbol,
    type: opts.type,
    issuer: opts.issuer,
    province: opts.province,
    year: yearOption(opts.year),
    from: dateOption('--from', opts.from),
    to: dateOption('--to', opts.to),
    cites: opts.cites,
  };
  const db = openQueryDatabase(opts.db);
  try {
    if (opts.citedBy !== undefined) filters.citedBy = findDocument(db, opts.citedBy).id;
    if (filters.cites !== undefined) filters.citesBy = citesColumn(db, filters.cites);
    const q = top !== undefined ? topCitedQuery(filters, top) : citationsQuery(filters);
    printQuery(db, q, top !== undefined ? TOP_COLUMNS : CITATION_COLUMNS, { format, out: opts.out, bom: opts.bom });
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerCitations(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('citations')
    .description('list references to other documents (who cites what), or the most cited documents')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('--symbol <text>', 'cited symbol contains this (folded: QĐ = qd)')
    .option('--type <type>', 'cited document type (Quyết định, quyet dinh …)')
    .option('--issuer <text>', 'issuer of the cited document contains this (folded)')
    .option('--province <name>', 'province as written or as it is today (folded)')
    .option('--year <yyyy>', 'year the cited document was issued')
    .option('--from <date>', 'cited document issued on or after (ISO)')
    .option('--to <date>', 'cited document issued on or before (ISO)')
    .option('--cites <symbol|key>', 'mentions of this document: which documents cite it')
    .option('--cited-by <doc>', 'what this document cites (id, sha256 prefix, symbol or source path)')
    .option('--top <n>', 'the N most cited documents instead of mentions')
    .option('-f, --format <format>', 'table, json, ndjson or csv', 'table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--bom', 'CSV: start with a byte order mark (for spreadsheets)')
    .action((opts: CitationsCliOptions) => run(citationsCommand(opts)));
}
