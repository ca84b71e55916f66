import type { Section, Span } from '../types.js';

/**
 * Sets `section` on every item to the path of the innermost section holding
 * its start ('' before the first section). Sections come in document order,
 * so the innermost holder is the last one that starts at or before the item
 * and has not ended; a binary search finds the candidates' upper bound.
 */
export function assignSections<T extends Span & { section: string }>(items: T[], sections: Section[]): T[] {
  for (const item of items) item.section = sectionAt(sections, item.start);
  return items;
}

/** The path of the innermost section that holds `offset`, or ''. */
export function sectionAt(sections: Section[], offset: number): string {
  let lo = 0;
  let hi = sections.length; // first section starting after offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const s = sections[i];
    if (s.end > offset) return s.path;
    // A section that ended before offset may still have an ancestor holding it.
  }
  return '';
}
