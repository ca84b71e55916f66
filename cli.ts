#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliError, EXIT, type ExitCode } from './src/cli/errors.js';
import { registerExtract } from './src/cli/commands/extract.js';
import { registerImport } from './src/cli/commands/import.js';
import { registerCitations } from './src/cli/commands/citations.js';
import { registerSearch } from './src/cli/commands/search.js';
import { registerShow } from './src/cli/commands/show.js';
import { registerTasks } from './src/cli/commands/tasks.js';
import { registerUnits } from './src/cli/commands/units.js';
import { registerExport } from './src/cli/commands/export.js';
import { registerAnnotate } from './src/cli/commands/annotate.js';
import { registerGraph } from './src/cli/commands/graph.js';
import { registerStats } from './src/cli/commands/stats.js';
import { registerFailures } from './src/cli/commands/failures.js';
import { registerIngest } from './src/cli/commands/ingest.js';

/**
 * Builds the `vanban` program. This is the only place that turns a command's
 * outcome into an exit status: commands return an ExitCode or throw.
 */
const program = new Command();
program
  .name('vanban')
  .description('Structured data from Vietnamese administrative documents, stored in SQLite')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

let pending: Promise<ExitCode> | undefined;
const run = (p: Promise<ExitCode>): void => {
  pending = p;
};
registerExtract(program, run);
registerImport(program, run);
registerCitations(program, run);
registerSearch(program, run);
registerShow(program, run);
registerTasks(program, run);
registerUnits(program, run);
registerExport(program, run);
registerAnnotate(program, run);
registerGraph(program, run);
registerStats(program, run);
registerFailures(program, run);
registerIngest(program, run);

function report(e: unknown): ExitCode {
  if (e instanceof CliError) {
    process.stderr.write(`vanban: ${e.message}\n`);
    return e.exitCode;
  }
  if (e instanceof CommanderError) {
    // help and version print and end normally; anything else is a usage error already printed.
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  process.stderr.write(`vanban: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT.internal;
}

let code: ExitCode = EXIT.ok;
try {
  await program.parseAsync(process.argv);
  if (pending) code = await pending;
} catch (e) {
  code = report(e);
}
process.exitCode = code;
