import { ParsingResult, type ParsingContext } from 'chrono-node';
import type { DatePrecision, DateRole } from '../../types.js';

/**
 * A chrono result that knows what chrono's components cannot say: how precise
 * the mention is, which quarter or half it names, and the role the text gives
 * it. Day, month and year stay in chrono's components (`assign` = written in
 * the text, `imply` = taken from the reference date).
 */
export class DateResult extends ParsingResult {
  precision: DatePrecision;
  /** The quarter (1–4) or half (1–2) for those precisions, else 0. */
  part: number;
  role: DateRole = null;
  /** True for the document's own date (its place-and-date line). */
  own = false;

  constructor(
    context: ParsingContext,
    index: number,
    text: string,
    precision: DatePrecision,
    components: { day?: number; month?: number; year?: number },
    part = 0,
  ) {
    const known: { [c in 'day' | 'month' | 'year']?: number } = {};
    for (const key of ['day', 'month', 'year'] as const) if (components[key] !== undefined) known[key] = components[key];
    super(context.reference, index, text, context.createParsingComponents(known));
    this.precision = precision;
    this.part = part;
    // The reference date is the document's own date (or a placeholder): a
    // partial date's missing year is only implied, never certain.
    if (components.year === undefined) this.start.imply('year', context.refDate.getUTCFullYear());
  }
}
