import type { Command } from 'commander';
import { UNIT_COLUMNS, unitsQuery } from '../../store/queries/units-query.js';
import type { ExitCode } from '../errors.js';
import { printTaskQuery, taskOptions, type TaskCliOptions } from './tasks.js';

/** `vanban units`: who appears where, how often (role counts, documents), most frequent first. */
export function unitsCommand(opts: TaskCliOptions): Promise<ExitCode> {
  return printTaskQuery(opts, unitsQuery, UNIT_COLUMNS);
}

export function registerUnits(program: Command, run: (p: Promise<ExitCode>) => void): void {
  taskOptions(program.command('units').description('responsible units: how often each leads, supports or is assigned, in how many documents')).action(
    (opts: TaskCliOptions) => run(unitsCommand(opts)),
  );
}
