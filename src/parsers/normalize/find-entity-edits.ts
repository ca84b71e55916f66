import type { Edit } from './apply-edits.js';

/** Named HTML entities that leak into copied text, with the character each stands for. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00A0',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  ndash: '–',
  mdash: '—',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  laquo: '«',
  raquo: '»',
};

const ENTITY = /&(?:([a-z]{2,6})|#(\d{1,7})|#x([\da-f]{1,6}));/giu;

/**
 * Finds HTML entities left in text (`KH&amp;CN`, `số&nbsp;166`, `&#273;`):
 * markup is not text, so each is read as the character it stands for. Unknown
 * names and impossible code points stay as written.
 */
export function findEntityEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (!text.includes('&')) return edits;
  for (const m of text.matchAll(ENTITY)) {
    let ch: string | undefined;
    if (m[1]) ch = NAMED_ENTITIES[m[1].toLowerCase()];
    else {
      const cp = m[2] ? Number(m[2]) : Number.parseInt(m[3], 16);
      if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) ch = String.fromCodePoint(cp);
    }
    if (ch !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, insert: ch });
  }
  return edits;
}
