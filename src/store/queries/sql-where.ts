/**
 * A WHERE clause built piece by piece with its parameters, so every filter is
 * a bound parameter and never text pasted into SQL.
 */
export class SqlWhere {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds `clause` (with `?` placeholders) and its parameters. */
  add(clause: string, ...params: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...params);
    return this;
  }

  /** `WHERE a AND b …`, or '' when there is nothing. */
  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.map((c) => `(${c})`).join(' AND ')}` : '';
  }
}
