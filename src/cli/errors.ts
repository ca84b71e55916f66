/**
 * The exit codes every command shares (documented in the README). Commands
 * return one of these or throw a `CliError`; only cli.ts turns them into the
 * process's exit status.
 */
export const EXIT = {
  ok: 0,
  /** Some inputs failed (each was reported and recorded); the rest went through. */
  partial: 1,
  /** The command line was wrong: unknown option, missing file, bad value. */
  usage: 2,
  /** The database could not be used: newer schema, not a vanban database, disk full. */
  database: 3,
  /** Another vanban run holds the database's lock. */
  locked: 4,
  /** A bug: anything not foreseen. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error with a message meant for the user and the exit code it maps to. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
