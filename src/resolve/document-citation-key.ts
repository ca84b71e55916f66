import type { DocumentResult } from '../types.js';

/**
 * The citation key of the document itself, so that mentions of it in other
 * documents (references.key) link to it (STUB until the citation-key module lands).
 */
export function citationKeyOfDocument(result: DocumentResult): string | null {
  void result;
  return null;
}
