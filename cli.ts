#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliError, EXIT, type ExitCode } from './src/cli/errors.js';

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
// Each command's module is loaded only when that command runs (or all of them for
// help): the pipeline and its libraries are hundreds of ES modules, and loading
// them would cost a query command most of its half second.
type Register = (program: Command, run: (p: Promise<ExitCode>) => void) => void;
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./src/cli/commands/extract.js')).registerExtract,
  import: async () => (await import('./src/cli/commands/import.js')).registerImport,
  ingest: async () => (await import('./src/cli/commands/ingest.js')).registerIngest,
  citations: async () => (await import('./src/cli/commands/citations.js')).registerCitations,
  search: async () => (await import('./src/cli/commands/search.js')).registerSearch,
  show: async () => (await import('./src/cli/commands/show.js')).registerShow,
  tasks: async () => (await import('./src/cli/commands/tasks.js')).registerTasks,
  units: async () => (await import('./src/cli/commands/units.js')).registerUnits,
  export: async () => (await import('./src/cli/commands/export.js')).registerExport,
  annotate: async () => (await import('./src/cli/commands/annotate.js')).registerAnnotate,
  graph: async () => (await import('./src/cli/commands/graph.js')).registerGraph,
  stats: async () => (await import('./src/cli/commands/stats.js')).registerStats,
  failures: async () => (await import('./src/cli/commands/failures.js')).registerFailures,
};
const asked = process.argv[2];
const wanted = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [COMMANDS[asked]] : Object.values(COMMANDS);
for (const register of await Promise.all(wanted.map((load) => load()))) register(program, run);

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
