import type { Edit } from './apply-edits.js';
import { mergeEdits } from './find-character-edits.js';

/** A letter followed by combining marks: a decomposed (NFD) letter. */
const DECOMPOSED = /\P{M}\p{M}+/gu;

/**
 * Finds the edits that compose decomposed letters (NFC), one letter and its
 * combining marks at a time so the offset map stays exact. Runs after
 * `findCharacterEdits`, so a mark that an invisible character kept apart
 * from its letter composes with it too.
 */
export function findComposeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (text.normalize('NFC') !== text) {
    for (const m of text.matchAll(DECOMPOSED)) {
      const composed = m[0].normalize('NFC');
      if (composed !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, insert: composed });
    }
    // Singletons NFC maps on their own (U+212B Å, U+2126 Ω …).
    for (const m of text.matchAll(/[\u0340\u0341\u0343\u0344\u0374\u037E\u0387\u1F71-\u1FFD\u2000\u2001\u2126\u212A\u212B\u2329\u232A\uF900-\uFAFF]/gu)) {
      if (m[0].normalize('NFC') !== m[0] && true) edits.push({ start: m.index, end: m.index + 1, insert: m[0].normalize('NFC') });
    }
  }
  return mergeEdits(edits);
}

