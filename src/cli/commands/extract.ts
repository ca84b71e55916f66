import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { processDocument } from '../../pipeline.js';
import { toSpecJson } from '../../output/to-spec-json.js';
import { toOutline } from '../../output/to-outline.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';

interface ExtractOptions {
  format: 'json' | 'text';
  text?: boolean;
}

/**
 * `vanban extract FILE…`: the spec's JSON (one object per line for several
 * files) or a readable outline. `--text` prints the normalized text that all
 * offsets point into. A file that cannot be read is reported on stderr and the
 * others still go through (exit 1).
 */
export async function extractCommand(files: string[], opts: ExtractOptions): Promise<ExitCode> {
  if (opts.format !== 'json' && opts.format !== 'text') {
    throw new CliError(`unknown --format '${String(opts.format)}' (json or text)`, EXIT.usage);
  }
  let failed = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      failed++;
      process.stderr.write(`vanban: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      continue;
    }
    try {
      const result = await processDocument(bytes, file);
      if (opts.text && opts.format === 'text') process.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
      else if (opts.format === 'json') {
        const obj = toSpecJson(result, files.length > 1 ? file : undefined, opts.text);
        process.stdout.write(files.length > 1 ? `${JSON.stringify(obj)}\n` : `${JSON.stringify(obj, null, 2)}\n`);
      } else process.stdout.write(toOutline(result, files.length > 1 ? file : undefined));
    } catch (e) {
      failed++;
      process.stderr.write(`vanban: ${file}: ${(e as Error).message}\n`);
    }
  }
  return failed ? EXIT.partial : EXIT.ok;
}

export function registerExtract(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('extract')
    .description('print what vanban finds in documents: JSON per the spec, or a readable outline')
    .argument('<files...>', 'documents (.txt, .html, .md, .pdf, .docx …)')
    .option('-f, --format <format>', 'json or text', 'json')
    .option('--text', 'print the normalized text (with --format text), or add it to the JSON')
    .action((files: string[], opts: ExtractOptions) => run(extractCommand(files, opts)));
}
