import type { NormalizedText } from '../../types.js';

/**
 * Normalizes reader text: NFC, look-alikes, spaces, line breaks, page chrome
 * out, with a map back into the source (STUB: NFC only).
 */
export function normalizeText(source: string): NormalizedText {
  const text = source.normalize('NFC');
  return { text, toSource: (i) => i, metadata: {} };
}
