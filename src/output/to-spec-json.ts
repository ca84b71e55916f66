import type { DocumentResult } from '../types.js';

/**
 * The JSON object `vanban extract --format json` prints (spec "Top-level
 * shape"): every list present, items with offsets and section paths.
 * The normalized text is left out unless asked for: it is what offsets point into.
 */
export function toSpecJson(result: DocumentResult, source?: string, withText = false): Record<string, unknown> {
  return {
    ...(source !== undefined ? { source } : {}),
    document: result.document,
    sections: result.sections.map(({ path, label, heading, parent, start, end }) => ({ path, label, heading, parent, start, end })),
    references: result.references,
    dates: result.dates,
    periods: result.periods,
    targets: result.targets,
    units: result.units,
    format: result.format,
    encoding: result.encoding,
    warnings: result.warnings,
    ...(withText ? { text: result.text } : {}),
  };
}
