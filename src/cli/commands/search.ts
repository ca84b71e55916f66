import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { catchUpSearchIndex } from '../../store/queries/search-index.js';
import { findMatches, ftsExpression, makeSnippet, parseSearchQuery, searchSections } from '../../store/queries/search-query.js';
import { ROW_FORMATS, createRowWriter, type Column } from '../../output/formats/row-writer.js';
import { openSink } from '../../output/formats/sink.js';
import { checkFormat, intOption, yearOption, type OutputOptions } from '../../output/formats/output-options.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';

interface SearchCliOptions extends OutputOptions {
  type?: string;
  year?: string;
  province?: string;
  limit: string;
}

const TABLE_COLUMNS: Column[] = [
  { key: 'document_id', header: 'doc', numeric: true },
  { key: 'symbol', header: 'symbol', width: 18 },
  { key: 'section_path', header: 'section', width: 12 },
  { key: 'snippet', header: 'snippet', width: 170 },
];

const DATA_COLUMNS: Column[] = [
  { key: 'rank', numeric: true },
  { key: 'document_id' },
  { key: 'symbol' },
  { key: 'type' },
  { key: 'issued_on' },
  { key: 'title' },
  { key: 'section_path' },
  { key: 'heading' },
  { key: 'snippet' },
  { key: 'snippet_start' },
  { key: 'snippet_end' },
  { key: 'marks' },
  { key: 'exact' },
  { key: 'score' },
];

/**
 * `vanban search QUERY`: full-text search over sections, with or without
 * diacritics; prints the document, section path and a snippet (`[…]` around
 * matches in a table; in json/ndjson/csv, offsets into documents.text:
 * snippet_start/snippet_end and marks `start-end` separated by spaces).
 */
export async function searchCommand(query: string, opts: SearchCliOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, ROW_FORMATS);
  const limit = intOption('--limit', opts.limit, 1)!;
  const terms = parseSearchQuery(query);
  const expression = ftsExpression(terms);
  if (!expression) throw new CliError(`nothing to search for in '${query}' (give words, "a phrase", a symbol or a prefix*)`, EXIT.usage);
  const db = openQueryDatabase(opts.db);
  try {
    const added = catchUpSearchIndex(db);
    if (added && format === 'table') process.stderr.write(`vanban: indexed ${added} document(s) for search\n`);
    const hits = searchSections(db, expression, terms, { type: opts.type, year: yearOption(opts.year), province: opts.province, limit });
    const sink = openSink(opts.out);
    try {
      const writer = createRowWriter(format, sink, format === 'table' ? TABLE_COLUMNS : DATA_COLUMNS, { bom: opts.bom });
      hits.forEach((h, i) => {
        const snip = makeSnippet(h.text, findMatches(h.text, terms));
        let shown = snip.text;
        for (const m of [...snip.marks].reverse()) {
          const a = m.start - snip.start;
          const b = m.end - snip.start;
          shown = `${shown.slice(0, a)}[${shown.slice(a, b)}]${shown.slice(b)}`;
        }
        const abs = (n: number): number => h.base + n;
        writer.row({
          rank: i + 1,
          document_id: h.document_id,
          symbol: h.symbol,
          type: h.type,
          issued_on: h.issued_on,
          title: h.title,
          section_path: h.section_path,
          heading: h.heading,
          snippet: format === 'table' ? `${snip.start > 0 ? '…' : ''}${shown.replace(/\s+/g, ' ')}${snip.end < h.text.length ? '…' : ''}` : snip.text,
          snippet_start: abs(snip.start),
          snippet_end: abs(snip.end),
          marks: snip.marks.map((m) => `${abs(m.start)}-${abs(m.end)}`).join(' '),
          exact: h.exact ? 1 : 0,
          score: Math.round(h.score * 1000) / 1000,
        });
      });
      writer.end();
    } finally {
      sink.close();
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerSearch(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('search')
    .description('full-text search of sections, with or without diacritics ("a phrase", prefix*, 166/QĐ-UBND)')
    .argument('<query>', 'words, "a phrase", a symbol, or a prefix*')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('--type <type>', 'document type (Kế hoạch, ke hoach …)')
    .option('--year <yyyy>', 'year the document was issued')
    .option('--province <name>', 'place or issuer of the document names this province (folded)')
    .option('--limit <n>', 'at most this many hits', '20')
    .option('-f, --format <format>', 'table, json, ndjson or csv', 'table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--bom', 'CSV: start with a byte order mark (for spreadsheets)')
    .action((query: string, opts: SearchCliOptions) => run(searchCommand(query, opts)));
}
