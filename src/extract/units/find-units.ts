import type { ExtractContext, Unit } from '../../types.js';

/** Every organization the text gives a role in a task (STUB). */
export function findUnits(ctx: ExtractContext): Unit[] {
  void ctx;
  return [];
}
