import type { DocumentResult, ExtractContext } from './types.js';
import { readSource } from './parsers/sources/read-source.js';
import { normalizeText } from './parsers/normalize/normalize-text.js';
import { parseLayout } from './parsers/layout/parse-layout.js';
import { findReferences } from './extract/references/find-references.js';
import { findDates } from './extract/dates/find-dates.js';
import { findPeriods } from './extract/periods/find-periods.js';
import { findTargets } from './extract/targets/find-targets.js';
import { findUnits } from './extract/units/find-units.js';
import { assignSections } from './resolve/assign-sections.js';
import { keepDocumentItems } from './resolve/keep-document-items.js';
import { resolveReferences } from './resolve/resolve-references.js';
import { groupTasks } from './resolve/group-tasks.js';

/** The one place that chains the stages: bytes → text → layout → items → resolved items. */
export async function processDocument(bytes: Uint8Array, name = ''): Promise<DocumentResult> {
  const source = await readSource(bytes, name);
  return processText(source.text, { format: source.format, encoding: source.encoding, warnings: source.warnings });
}

/** The stages after decoding; also used where text arrives already decoded. */
export function processText(
  sourceText: string,
  origin: Pick<DocumentResult, 'format' | 'encoding' | 'warnings'> = { format: 'txt', encoding: 'utf-8', warnings: [] },
): DocumentResult {
  const normalized = normalizeText(sourceText);
  const text = normalized.text;
  const layout = parseLayout(text, normalized.metadata);
  const ctx: ExtractContext = { text, layout };
  const sections = layout.sections;

  const references = assignSections(findReferences(ctx), sections);
  const dates = assignSections(findDates(ctx), sections);
  const periods = assignSections(findPeriods(ctx), sections);
  const targets = assignSections(keepDocumentItems(findTargets(ctx), layout), sections);
  const units = assignSections(keepDocumentItems(findUnits(ctx), layout), sections);
  const tasks = groupTasks(text, sections, targets, units, dates);

  return {
    document: layout.info,
    sections,
    references: resolveReferences(references, layout.info),
    dates,
    periods,
    targets,
    units,
    tasks,
    text,
    format: origin.format,
    encoding: origin.encoding,
    warnings: [...origin.warnings],
  };
}
