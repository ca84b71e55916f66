import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { findDocument } from '../../store/queries/find-document.js';
import { documentReferences, documentSections } from '../../store/queries/document-detail.js';
import { ROW_FORMATS, createRowWriter, type Column } from '../../output/formats/row-writer.js';
import { openSink, type Sink } from '../../output/formats/sink.js';
import { checkFormat, type OutputOptions } from '../../output/formats/output-options.js';
import { clip } from '../../output/formats/table-writer.js';
import { EXIT, type ExitCode } from '../errors.js';

const REFERENCE_COLUMNS: Column[] = [
  'id', 'section_path', 'symbol', 'type', 'issued_on', 'issuer', 'key', 'cited_id', 'cited_title', 'start', 'end', 'text', 'sentence_start', 'sentence',
].map((key) => ({ key }));

/**
 * `vanban show DOC`: the document's identity, its sections outline and its
 * references, each with the sentence around it. `table` is a readable page;
 * `json` one object {document, sections, references}; `ndjson` and `csv` the
 * references, one row each.
 */
export async function showCommand(ref: string, opts: OutputOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, ROW_FORMATS);
  const db = openQueryDatabase(opts.db);
  try {
    const doc = findDocument(db, ref);
    const sections = documentSections(db, doc.id);
    const references = documentReferences(db, doc.id);
    const sink = openSink(opts.out);
    try {
      if (format === 'json') {
        sink.write(`${JSON.stringify({ document: doc, sections, references }, null, 2)}\n`);
      } else if (format === 'table') {
        writePage(sink, doc as unknown as Record<string, unknown>, sections, references);
      } else {
        const w = createRowWriter(format, sink, REFERENCE_COLUMNS, { bom: opts.bom });
        for (const r of references) w.row(r as unknown as Record<string, string | number | null>);
        w.end();
      }
    } finally {
      sink.close();
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

function writePage(
  sink: Sink,
  doc: Record<string, unknown>,
  sections: ReturnType<typeof documentSections>,
  references: ReturnType<typeof documentReferences>,
): void {
  const one = (s: unknown): string => String(s ?? '—').replace(/\s+/g, ' ');
  sink.write(`Document ${doc.id}  ${one(doc.symbol)}  ${one(doc.type)}  ${one(doc.issued_on)}\n`);
  for (const k of ['title', 'issuer', 'place', 'signer', 'citation_key', 'source_path', 'sha256']) sink.write(`  ${k.padEnd(13)}${one(doc[k])}\n`);
  sink.write(`\nSections (${sections.length})\n`);
  for (const s of sections) sink.write(`  ${'  '.repeat(s.depth - 1)}${s.label} ${clip(one(s.heading), 90)}   [${s.path}]\n`);
  sink.write(`\nReferences (${references.length})\n`);
  for (const r of references) {
    const cited = r.cited_id !== null ? `  → document ${r.cited_id}${r.cited_title ? ` (${clip(one(r.cited_title), 60)})` : ''}` : '';
    sink.write(`  ${r.symbol}  ${one(r.type)}  ${one(r.issued_on)}  section ${r.section_path || '—'}${cited}\n`);
    sink.write(`      ${clip(r.sentence, 300)}\n`);
  }
}

export function registerShow(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('show')
    .description("a document's identity, sections outline and references with the sentence around each")
    .argument('<doc>', 'id, sha256 prefix, symbol or source path')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('-f, --format <format>', 'table (a readable page), json, or ndjson/csv (its references)', 'table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--bom', 'CSV: start with a byte order mark (for spreadsheets)')
    .action((doc: string, opts: OutputOptions) => run(showCommand(doc, opts)));
}
