import type { DocumentLayout, Span } from '../types.js';

/** Is the span inside a region that is not task content (signature block, `Nơi nhận` list)? */
function outsideContent(layout: DocumentLayout, span: Span): boolean {
  for (const r of [layout.signature, layout.recipients]) {
    if (r && span.start >= r.start && span.start < r.end) return true;
  }
  return false;
}

/**
 * Drops the items that sit in the signature block or the recipients list:
 * a `Nơi nhận` entry is not a responsible unit, nor a target.
 */
export function keepDocumentItems<T extends Span>(items: T[], layout: DocumentLayout): T[] {
  return items.filter((item) => !outsideContent(layout, item));
}
