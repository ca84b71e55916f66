import type { DocumentItems, MarkedItem } from '../store/queries/document-items.js';
import { renderMarks, sectionAnchorId } from './annotate-marks.js';

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Options of an annotated page. */
export interface AnnotateOptions {
  /** The link of a cited document in the database; `{id}` is replaced by its id. */
  link: string;
}

const STYLE = `body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
.vanban{white-space:pre-wrap}
.ref{background:#e3f2fd}a.ref{color:#0d47a1}
.date,.period{background:#fff3cd}
.target{background:#e8f5e9;font-weight:600}
.unit{background:#f3e5f5}.unit.lead{text-decoration:underline}
.legend span{padding:0 .3em;margin-right:.5em}`;

function attrs(item: MarkedItem, o: AnnotateOptions): string {
  switch (item.kind) {
    case 'reference':
      return `class="ref" data-symbol="${escapeHtml(item.symbol)}"${item.key ? ` data-key="${escapeHtml(item.key)}"` : ''}${
        item.citedId !== null ? ` href="${escapeHtml(o.link.replace('{id}', String(item.citedId)))}" title="${escapeHtml(item.citedTitle ?? '')}"` : ''
      }`;
    case 'date':
      return `class="date" data-value="${escapeHtml(item.value)}"${item.role ? ` data-role="${escapeHtml(item.role)}"` : ''} title="${escapeHtml(item.value)}"`;
    case 'period':
      return `class="period" data-from="${item.from ?? ''}" data-to="${item.to}" title="${item.from ?? ''}–${item.to}"`;
    case 'target':
      return `class="target ${escapeHtml(item.targetKind)}" title="${escapeHtml(item.label)}"`;
    case 'unit':
      return `class="unit ${escapeHtml(item.role)}" data-role="${escapeHtml(item.role)}" title="${escapeHtml(`${item.canonical} (${item.role})`)}"`;
  }
}

const tag = (item: MarkedItem): string => (item.kind === 'reference' && item.citedId !== null ? 'a' : item.kind === 'unit' ? 'span' : 'mark');

/**
 * A standalone HTML page of the document text with every item marked:
 * references (linked when the cited document is in the database), dates,
 * periods, targets and units, and an anchor `id="s-II-3-a"` at each section.
 * All source text, attribute values included, is escaped.
 */
export function annotateHtml(doc: DocumentItems, o: AnnotateOptions): string {
  const anchorIds = new Map<number, string[]>();
  for (const s of doc.sections) anchorIds.set(s.start, [...(anchorIds.get(s.start) ?? []), sectionAnchorId(s.path)]);
  const used = new Set<string>();
  const body = renderMarks(doc.text, doc.items, {
    text: escapeHtml,
    open: (i) => `<${tag(i)} ${attrs(i, o)}>`,
    close: (i) => `</${tag(i)}>`,
    anchor: (p) =>
      (anchorIds.get(p) ?? [])
        .filter((id) => !used.has(id) && used.add(id))
        .map((id) => `<a id="${escapeHtml(id)}"></a>`)
        .join(''),
  }, [...anchorIds.keys()]);
  const title = escapeHtml([doc.symbol, doc.title].filter(Boolean).join(' — ') || 'vanban');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="legend"><span class="ref">reference</span><span class="date">date</span><span class="period">period</span><span class="target">target</span><span class="unit">unit</span></p>
<div class="vanban">${body}</div>
</body>
</html>
`;
}
