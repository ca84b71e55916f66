import type { ExtractContext, Period } from '../../types.js';

/** Every year range (`giai đoạn 2021 - 2025`) (STUB). */
export function findPeriods(ctx: ExtractContext): Period[] {
  void ctx;
  return [];
}
