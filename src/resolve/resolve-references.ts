import type { DocumentInfo, Reference } from '../types.js';

/**
 * Gives each reference its identity: citation key, province, inherited date
 * and issuer for repeat mentions (STUB: passes references through).
 */
export function resolveReferences(references: Reference[], citing: DocumentInfo): Reference[] {
  void citing;
  return references;
}
