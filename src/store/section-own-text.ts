import type { Section } from '../types.js';

/**
 * A section's own text: from its label to its first child or the next section,
 * whichever comes first (what `sections.text` stores and search indexes).
 */
export function sectionOwnText(text: string, sections: readonly Section[], i: number): string {
  const s = sections[i];
  const next = sections[i + 1];
  const end = next && next.start < s.end ? next.start : s.end;
  return text.slice(s.start, end);
}
