import type { DocumentItems, MarkedItem } from '../store/queries/document-items.js';
import type { AnnotateOptions } from './annotate-html.js';
import { renderMarks, sectionAnchorId } from './annotate-marks.js';

/**
 * Escapes source text for CommonMark: every ASCII punctuation character gets a
 * backslash (no emphasis, link, HTML, entity or heading can come from the
 * document), spaces at a line start are dropped (no indented code blocks), and
 * each line break is a hard break.
 */
export function escapeMarkdown(s: string, atLineStart: boolean): string {
  let t = s.replace(/[!-/:-@[-`{-~]/g, '\\$&');
  t = t.replace(/\n[ \t\u00a0]+/g, '\n');
  if (atLineStart) t = t.replace(/^[ \t\u00a0]+/, '');
  return t.replace(/\r?\n/g, '  \n');
}

function open(i: MarkedItem, o: AnnotateOptions): string {
  if (i.kind === 'reference') return i.citedId !== null ? '[' : '**';
  if (i.kind === 'target') return '**';
  if (i.kind === 'unit') return '_';
  return '*';
}

function close(i: MarkedItem, o: AnnotateOptions): string {
  if (i.kind === 'reference') return i.citedId !== null ? `](${o.link.replace('{id}', String(i.citedId))})` : '**';
  return open(i, o);
}

/**
 * The document as Markdown: references in bold (a link when the cited document
 * is in the database), targets bold, dates and periods in italics, units with
 * underscores, and an HTML anchor `<a id="s-II-3-a"></a>` at each section.
 * Source text is escaped (escapeMarkdown), so only vanban's own marks are markup.
 */
export function annotateMarkdown(doc: DocumentItems, o: AnnotateOptions): string {
  const anchorIds = new Map<number, string[]>();
  for (const s of doc.sections) anchorIds.set(s.start, [...(anchorIds.get(s.start) ?? []), sectionAnchorId(s.path)]);
  const used = new Set<string>();
  let lineStart = true;
  const body = renderMarks(doc.text, doc.items, {
    text: (s) => {
      const t = escapeMarkdown(s, lineStart);
      if (s.length) lineStart = /\n[ \t\u00a0]*$/.test(s) || (lineStart && /^[ \t\u00a0]*$/.test(s));
      return t;
    },
    open: (i) => open(i, o),
    close: (i) => close(i, o),
    anchor: (p) =>
      (anchorIds.get(p) ?? [])
        .filter((id) => !used.has(id) && used.add(id))
        .map((id) => `<a id="${id}"></a>`)
        .join(''),
  }, [...anchorIds.keys()]);
  const heading = [doc.symbol, doc.title].filter(Boolean).join(' — ');
  return `${heading ? `# ${escapeMarkdown(heading.replace(/\s+/g, ' '), true)}\n\n` : ''}${body}\n`;
}
