import type { ExtractContext, Target } from '../../types.js';

/** Every quantitative figure that counts or measures something (STUB). */
export function findTargets(ctx: ExtractContext): Target[] {
  void ctx;
  return [];
}
