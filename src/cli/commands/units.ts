import type { Command } from 'commander';
import { openQueryDatabase } from '../../store/queries/open-query-database.js';
import { findDocument } from '../../store/queries/find-document.js';
import { UNIT_COLUMNS, unitsQuery } from '../../store/queries/units-query.js';
import type { TaskFilters } from '../../store/queries/task-filters.js';
import { ROW_FORMATS, createRowWriter, writeRows, type Row } from '../../output/formats/row-writer.js';
import { openSink } from '../../output/formats/sink.js';
import { checkFormat } from '../../output/formats/output-options.js';
import { EXIT, type ExitCode } from '../errors.js';
import { taskFiltersOf, taskOptions, type TaskCliOptions } from './tasks.js';

/** `vanban units`: who appears where, how often (role counts, documents), most frequent first. */
export async function unitsCommand(opts: TaskCliOptions): Promise<ExitCode> {
  const format = checkFormat(opts.format, ROW_FORMATS);
  const filters: TaskFilters = taskFiltersOf(opts);
  const db = openQueryDatabase(opts.db);
  try {
    if (opts.doc !== undefined) filters.documentId = findDocument(db, opts.doc).id;
    const q = unitsQuery(filters);
    const sink = openSink(opts.out);
    try {
      const writer = createRowWriter(format, sink, UNIT_COLUMNS, { bom: opts.bom });
      writeRows(db.prepare(q.sql).iterate(...q.params) as Iterable<Row>, writer, sink);
    } finally {
      sink.close();
    }
    return EXIT.ok;
  } finally {
    db.close();
  }
}

export function registerUnits(program: Command, run: (p: Promise<ExitCode>) => void): void {
  taskOptions(program.command('units').description('responsible units: how often each leads, supports or is assigned, in how many documents')).action(
    (opts: TaskCliOptions) => run(unitsCommand(opts)),
  );
}
