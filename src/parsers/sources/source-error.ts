/**
 * An input that cannot be read as a document, with a reason a user can read:
 * 'empty file', 'binary file (not a document)', 'file is 12.0 MB, over the
 * 10 MB limit', 'invalid UTF-8 and no Vietnamese legacy encoding fits'.
 *
 * Readers throw it (and only it) for bad input, so callers can tell a bad file
 * from a bug: anything else thrown from a reader is a bug.
 */
export class SourceError extends Error {
  constructor(
    readonly reason: string,
    message?: string,
  ) {
    super(message ?? reason);
    this.name = 'SourceError';
  }
}
