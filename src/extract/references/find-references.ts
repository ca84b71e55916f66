import type { ExtractContext, Reference } from '../../types.js';

/** Every mention of another document by its số ký hiệu (STUB). */
export function findReferences(ctx: ExtractContext): Reference[] {
  void ctx;
  return [];
}
