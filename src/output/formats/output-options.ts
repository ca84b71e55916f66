import { CliError, EXIT } from '../../cli/errors.js';

/** The options every query command shares. */
export interface OutputOptions {
  db: string;
  format: string;
  out?: string;
  bom?: boolean;
}

/** `value` if it is one of `allowed`, else a usage error naming them. */
export function checkFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`unknown --format '${value}' (${allowed.join(', ')})`, EXIT.usage);
}

/** A whole number option, or a usage error. */
export function intOption(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new CliError(`${name} takes a whole number${min ? ` of at least ${min}` : ''}, not '${value}'`, EXIT.usage);
  return Number(value);
}

/** A year option (four digits), or a usage error. */
export function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new CliError(`--year takes a four-digit year, not '${value}'`, EXIT.usage);
  return Number(value);
}

/** An ISO date or prefix (`2021`, `2021-05`, `2021-05-20`), or a usage error. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim())) throw new CliError(`${name} takes an ISO date (2021, 2021-05 or 2021-05-20), not '${value}'`, EXIT.usage);
  return value.trim();
}
