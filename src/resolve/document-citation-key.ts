import type { DocumentResult } from '../types.js';
import { documentCitationKey } from './citation-key.js';

/**
 * The citation key of the document itself, so that mentions of it in other
 * documents (references.key) link to it, whichever of the two is stored first.
 */
export function citationKeyOfDocument(result: DocumentResult): string | null {
  return documentCitationKey(result.document);
}
