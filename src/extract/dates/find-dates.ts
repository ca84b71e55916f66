import type { DateMention, ExtractContext } from '../../types.js';

/** Every calendar date, full or partial (STUB). */
export function findDates(ctx: ExtractContext): DateMention[] {
  void ctx;
  return [];
}
