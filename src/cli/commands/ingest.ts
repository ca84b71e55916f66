import type { Command } from 'commander';
import { createEventLog, type LogFormat } from '../../ingest/event-log.js';
import { loadIngestConfig, type IngestFlags } from '../../ingest/load-ingest-config.js';
import { runIngest } from '../../ingest/run-ingest.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';

interface IngestCliOptions extends IngestFlags {
  log: string;
  quiet?: boolean;
  workers?: string;
}

/**
 * `vanban ingest [FOLDER|URL…]`: the nightly run over the configured sources
 * (see load-ingest-config.ts and run-ingest.ts). With `--log json` stdout holds
 * only JSON lines and the last is always a `summary` with the exit code — also
 * when the run cannot start (bad config, locked, database unusable), so a
 * scheduler reading the last line always finds one.
 */
export async function ingestCommand(args: string[], opts: IngestCliOptions): Promise<ExitCode> {
  if (opts.log !== 'text' && opts.log !== 'json') throw new CliError(`--log takes text or json, not '${opts.log}'`, EXIT.usage);
  const log = createEventLog({ format: opts.log as LogFormat, quiet: opts.quiet });
  const started = Date.now();
  try {
    const workers = opts.workers === undefined ? undefined : Number(opts.workers);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 16)) {
      throw new CliError(`--workers takes 0 to 16, not '${opts.workers}'`, EXIT.usage);
    }
    const settings = loadIngestConfig(args, opts);
    const summary = await runIngest(settings, log, { workers });
    return summary.exitCode;
  } catch (e) {
    if (opts.log === 'json') {
      const exitCode = e instanceof CliError ? e.exitCode : EXIT.internal;
      log.emit({ event: 'summary', error: (e as Error).message, seconds: (Date.now() - started) / 1000, exitCode });
    }
    throw e;
  }
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerIngest(program: Command, run: (p: Promise<ExitCode>) => void): void {
  program
    .command('ingest')
    .description('read new and changed documents from folders, feeds and listing pages (vanban.config.json)')
    .argument('[sources...]', 'folders and feed URLs (instead of the config file\'s sources)')
    .option('--config <file>', 'config file (default: vanban.config.json in this folder, if there is one)')
    .option('--db <file>', 'SQLite database (default: the config\'s db, else vanban.db)')
    .option('--feed <url>', 'an RSS/Atom feed (repeatable)', collect)
    .option('--since <date>', 'only files modified and postings published on or after this date (2024-05-01)')
    .option('--dry-run', 'list what would be read or fetched; write nothing')
    .option('--log <format>', 'text (stderr) or json (one event per line on stdout)', 'text')
    .option('--max-size <mb>', 'refuse files and downloads larger than this many MB (default 50)')
    .option('--timeout <s>', 'seconds per HTTP request (default 30)')
    .option('--retries <n>', 'retries of a failed HTTP request (default 3)')
    .option('--per-host <n>', 'concurrent requests to one host (default 2)')
    .option('--batch <n>', 'documents per transaction (default 200)')
    .option('--workers <n>', 'extraction threads beside the writer (default: 1 on two cores, 0 = in-process)')
    .option('-q, --quiet', 'text log: only failures, warnings and the summary')
    .action((args: string[], opts: IngestCliOptions) => run(ingestCommand(args, opts)));
}
