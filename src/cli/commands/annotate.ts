import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { findDocument } from '../../store/queries/find-document.js';
import { documentItems } from '../../store/queries/document-items.js';
import { annotateHtml } from '../../output/annotate-html.js';
import { annotateMarkdown } from '../../output/annotate-md.js';
import { openSink } from '../../output/formats/sink.js';
import { checkFormat } from '../../output/formats/output-options.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';

interface AnnotateCliOptions {
  db: string;
  format: string;
  out?: string;
  link?: string;
}

/**
 * `vanban annotate DOC`: the document text with every item marked, as an HTML
 * page or Markdown; references link to the cited document when it is stored
 * (`--link`, default `doc-{id}.html` / `doc-{id}.md`).
 */
export async function annotateCommand(ref: string, opts: AnnotateCliOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, ['html', 'md'] as const);
  const link = opts.link ?? `doc-{id}.${format}`;
  if (!link.includes('{id}')) throw new CliError(`--link must contain {id}, as in 'doc-{id}.${format}'`, EXIT.usage);
  if (/^\s*(javascript|data|vbscript):/i.test(link)) throw new CliError('--link must be a relative path or an http(s) address', EXIT.usage);
  const db = openQueryDatabase(opts.db);
  try {
    const doc = findDocument(db, ref);
    const items = documentItems(db, doc.id);
    const sink = openSink(opts.out);
    try {
      sink.write(format === 'html' ? annotateHtml(items, { link }) : annotateMarkdown(items, { link }));
    } finally {
      sink.close();
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerAnnotate(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('annotate')
    .description('the document text with references, dates, periods, targets and units marked (HTML or Markdown)')
    .argument('<doc>', 'id, sha256 prefix, symbol or source path')
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('-f, --format <format>', 'html or md', 'html')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--link <pattern>', 'link of a cited document in the database, {id} replaced (default doc-{id}.html or .md)')
    .action((doc: string, opts: AnnotateCliOptions) => run(annotateCommand(doc, opts)));
}
