import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { findDocument } from '../../store/queries/find-document.js';
import { TASK_COLUMNS, tasksQuery } from '../../store/queries/tasks-query.js';
import { TARGET_KINDS, UNIT_ROLES, type TaskFilters } from '../../store/queries/task-filters.js';
import { ROW_FORMATS, type Column } from '../../output/formats/row-writer.js';
import { checkFormat, yearOption, type OutputOptions } from '../../output/formats/output-options.js';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import { printQuery } from './print-query.js';

/** The filter options `tasks` and `units` share. */
export interface TaskCliOptions extends OutputOptions {
  unit?: string;
  role?: string;
  kind?: string;
  year?: string;
  province?: string;
  doc?: string;
}

/** Checks the options and turns them into filters (the document is looked up in `db`). */
export function taskFiltersOf(opts: TaskCliOptions): Omit<TaskFilters, 'documentId'> {
  if (opts.role !== undefined && !(UNIT_ROLES as readonly string[]).includes(opts.role)) {
    throw new CliError(`unknown --role '${opts.role}' (${UNIT_ROLES.join(', ')})`, EXIT.usage);
  }
  if (opts.kind !== undefined && !(TARGET_KINDS as readonly string[]).includes(opts.kind)) {
    throw new CliError(`unknown --kind '${opts.kind}' (${TARGET_KINDS.join(', ')})`, EXIT.usage);
  }
  return {
    unit: opts.unit,
    role: opts.role as TaskFilters['role'],
    kind: opts.kind as TaskFilters['kind'],
    year: yearOption(opts.year),
    province: opts.province,
  };
}

/** Adds the filter and output options of `tasks` and `units` to a command. */
export function taskOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'SQLite database', 'vanban.db')
    .option('--unit <name>', 'a unit whose name contains this (folded: so tai chinh = Sở Tài chính)')
    .option('--role <role>', 'lead, support or assigned (with --unit: that unit\'s role)')
    .option('--kind <kind>', 'tasks with a target of this kind: target or result')
    .option('--year <yyyy>', 'document issued this year, or a deadline in it')
    .option('--province <name>', 'place or issuer of the document names this province (folded)')
    .option('--doc <doc>', 'one document (id, sha256 prefix, symbol or source path)')
    .option('-f, --format <format>', 'table, json, ndjson or csv', 'table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--bom', 'CSV: start with a byte order mark (for spreadsheets)');
}

/**
 * Runs a query over tasks and their units with the shared filters and prints
 * its rows in the asked format (`vanban tasks` and `vanban units` differ only
 * in the query and its columns).
 */
export async function printTaskQuery(
  opts: TaskCliOptions,
  query: (filters: TaskFilters) => { sql: string; params: unknown[] },
  columns: Column[],
): Promise<ExitCode> {
  const format = checkFormat(opts.format, ROW_FORMATS);
  const filters: TaskFilters = taskFiltersOf(opts);
  const db = openQueryDatabase(opts.db);
  try {
    if (opts.doc !== undefined) filters.documentId = findDocument(db, opts.doc).id;
    const q = query(filters);
    printQuery(db, q, columns, { format, out: opts.out, bom: opts.bom });
    return EXIT.ok;
  } finally {
    db.close();
  }
}

/** `vanban tasks`: one row per task with its units by role, targets and deadline. */
export function tasksCommand(opts: TaskCliOptions): Promise<ExitCode> {
  return printTaskQuery(opts, tasksQuery, TASK_COLUMNS);
}

export function registerTasks(program: Command, run: (p: Promise<ExitCode>) => void): void {
  taskOptions(program.command('tasks').description('list tasks: document, section, text, lead/support/assigned units, targets, deadline')).action(
    (opts: TaskCliOptions) => run(tasksCommand(opts)),
  );
}
