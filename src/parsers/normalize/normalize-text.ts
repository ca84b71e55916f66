import type { NormalizedText } from '../../types.js';
import { applyEdits, identityMapped } from './apply-edits.js';
import { findCharacterEdits } from './find-character-edits.js';
import { findComposeEdits } from './find-compose-edits.js';
import { findEntityEdits } from './find-entity-edits.js';
import { findSpaceEdits } from './find-space-edits.js';
import { findSymbolEdits } from './find-symbol-edits.js';
import { findTableBarEdits } from './find-table-bar-edits.js';
import { findWrapEdits } from './find-wrap-edits.js';
import { stripChrome } from './strip-chrome.js';

/**
 * Normalizes reader text into the text every offset points into: leftover
 * HTML entities read, characters (NFC, `Ð` → `Đ`, spaces of every width → space, invisible characters out,
 * CRLF → LF), look-alike letters and dashes inside symbols, spaces and blank
 * lines, page chrome out (portal metadata kept aside), and symbols a PDF copy
 * cut across two lines joined. Each step records its edits, so `toSource(i)`
 * gives the exact index in `source` that normalized index `i` came from.
 */
export function normalizeText(source: string): NormalizedText {
  let m = identityMapped(source);
  m = applyEdits(m, findEntityEdits(m.text));
  m = applyEdits(m, findCharacterEdits(m.text));
  m = applyEdits(m, findComposeEdits(m.text));
  m = applyEdits(m, findSymbolEdits(m.text));
  m = applyEdits(m, findTableBarEdits(m.text));
  m = applyEdits(m, findSpaceEdits(m.text));
  const chrome = stripChrome(m.text);
  m = applyEdits(m, chrome.edits);
  m = applyEdits(m, findSpaceEdits(m.text));
  m = applyEdits(m, findWrapEdits(m.text));
  // Joins can bring a stray combining mark next to a letter: compose again (free when already NFC).
  m = applyEdits(m, findComposeEdits(m.text));
  const { text, map } = m;
  return {
    text,
    toSource: (i: number) => map[Math.max(0, Math.min(text.length, Math.trunc(i)))],
    metadata: chrome.metadata,
  };
}
