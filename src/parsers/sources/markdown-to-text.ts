import type { Nodes, Paragraph, Parent, Root, RootContent } from 'mdast';

/** Stands for a hard line break until soft breaks are settled. */
const HARD_BREAK = '\uE000';

/**
 * Reads Markdown as the text it stands for: headings, paragraphs and list
 * items become lines, emphasis and escapes are read as their characters
 * (`**KT. GIÁM ĐỐC**` → `KT. GIÁM ĐỐC`, `57\-NQ/TW` → `57-NQ/TW`), links as
 * their text, images not at all. An ordered item keeps the number written in
 * the source (`1. Foo`, a list starting at 3 gives `3.`), a bullet item comes
 * out as `- foo`, so the section parser sees the numbering. A pipe table
 * (GFM, read here without the GFM plugin) gives one line per row, cells
 * separated by a tab. Hard line breaks stay line breaks; a soft break stays a
 * line break too, except where a long line runs on into a line starting in
 * lower case (a hard-wrapped paragraph), which is joined with a space.
 */
export async function markdownToText(markdown: string): Promise<string> {
  const [{ unified }, { default: remarkParse }, { visit, SKIP }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('unist-util-visit'),
  ]);
  const processor = unified().use(remarkParse);
  const parse = (md: string): Root => processor.parse(md) as Root;

  /** The text of inline content, hard breaks as HARD_BREAK and soft breaks as `\n`. */
  const inline = (node: Nodes): string => {
    const parts: string[] = [];
    visit(node, (n) => {
      switch (n.type) {
        case 'text':
        case 'inlineCode':
          parts.push(n.value);
          return undefined;
        case 'break':
          parts.push(HARD_BREAK);
          return undefined;
        case 'html':
          parts.push(stripHtml(n.value));
          return undefined;
        case 'image':
        case 'imageReference':
        case 'definition':
          return SKIP;
        default:
          return undefined;
      }
    });
    return parts.join('');
  };

  const renderParagraph = (node: Paragraph, src: string): string => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const table = splitPipeTable(src.slice(start, end));
      if (table) {
        const out: string[] = [];
        if (table.before) out.push(renderDocument(table.before));
        out.push(table.rows.map((cells) => cells.map((c) => renderDocument(c).replace(/\s+/gu, ' ').trim()).join('\t')).join('\n'));
        if (table.after) out.push(renderDocument(table.after));
        return out.join('\n\n');
      }
    }
    return settleBreaks(inline(node));
  };

  const renderBlock = (node: RootContent, src: string): string => {
    switch (node.type) {
      case 'heading': {
        const text = settleBreaks(inline(node));
        // A setext underline under a line of a plain-text header (`TỈNH LÀO CAI` / `-------`)
        // is the document's own rule: keep the lines as they were.
        const underline = setextUnderline(src, node.position?.start.offset, node.position?.end.offset);
        return underline ? `${text}\n${underline}` : text.replace(/\n/gu, ' ');
      }
      case 'paragraph':
        return renderParagraph(node, src);
      case 'list': {
        const sep = node.spread ? '\n\n' : '\n';
        let n = node.start ?? 1;
        return node.children
          .map((item) => {
            const marker = node.ordered ? orderedMarker(src, item.position?.start.offset, n) : '- ';
            n++;
            const body = item.children.map((c) => renderBlock(c, src)).filter((s) => s !== '');
            if (body.length === 0) return marker.trimEnd();
            return `${marker}${body.join(item.spread ? '\n\n' : '\n')}`;
          })
          .join(sep);
      }
      case 'blockquote':
        return node.children.map((c) => renderBlock(c, src)).filter((s) => s !== '').join('\n\n');
      case 'code':
        return node.value;
      case 'html':
        return stripHtml(node.value);
      case 'thematicBreak':
      case 'definition':
        return '';
      default:
        return 'children' in node ? settleBreaks(inline(node as Parent as Nodes)) : '';
    }
  };

  const renderDocument = (md: string): string =>
    parse(md)
      .children.map((c) => renderBlock(c, md))
      .filter((s) => s.trim() !== '')
      .join('\n\n');

  return renderDocument(markdown);
}

/**
 * The marker an ordered item was written with (`3.`, `2)`), read from the
 * source at the item's start; `fallback.` when it cannot be read.
 */
function orderedMarker(src: string, offset: number | undefined, fallback: number): string {
  if (offset !== undefined) {
    const m = /^[ \t]{0,3}(\d{1,9})([.)])/u.exec(src.slice(offset, offset + 16));
    if (m) return `${m[1]}${m[2]} `;
  }
  return `${fallback}. `;
}

/** The `---` / `===` line under a setext heading, as written, or null for an ATX heading. */
function setextUnderline(src: string, start: number | undefined, end: number | undefined): string | null {
  if (start === undefined || end === undefined) return null;
  const last = src.slice(start, end).split('\n').pop() ?? '';
  return /^[ \t]{0,3}(?:-+|=+)[ \t]*$/u.test(last) && src.slice(start, end).includes('\n') ? last.trim() : null;
}

/**
 * Soft breaks (`\n`) stay line breaks, except a long line running on into a
 * line that starts in lower case, which is a hard-wrapped paragraph: joined
 * with a space. Hard breaks become line breaks.
 */
function settleBreaks(s: string): string {
  const lines = s.split('\n');
  let out = lines[0];
  let lastLine = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const prev = lastLine.split(HARD_BREAK).pop() ?? '';
    const runOn = prev.length >= 40 && /^\s{0,8}\p{Ll}/u.test(line);
    out += (runOn ? ' ' : '\n') + line;
    lastLine = runOn ? prev + ' ' + line : line;
  }
  return out.split(HARD_BREAK).map((l) => l.replace(/^[ \t]+/u, '')).join('\n');
}

/** Tags out, `<br>` as a line break, the common entities read. */
function stripHtml(html: string): string {
  return html
    .replace(/<br\s{0,4}\/?>/giu, '\n')
    .replace(/<\/?(?:p|div|li|tr|h[1-6])(?:\s[^>]{0,500})?>/giu, '\n')
    .replace(/<[^>]{0,500}>/gu, '')
    .replace(/&nbsp;/gu, '\u00A0')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#(\d{1,7});/gu, (_, d: string) => safeChar(Number(d)))
    .replace(/&#x([\da-f]{1,6});/giu, (_, h: string) => safeChar(Number.parseInt(h, 16)))
    .replace(/&amp;/gu, '&');
}

function safeChar(cp: number): string {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
}

const DELIMITER_ROW = /^[\s|:-]+$/u;

/**
 * Finds a GFM pipe table in a paragraph's source: a row with a pipe, then a
 * delimiter row (`|---|:--:|`), then rows with pipes. Gives the source before
 * and after it and the rows' cells (markdown source, split on unescaped pipes).
 */
function splitPipeTable(src: string): { before: string; rows: string[][]; after: string } | null {
  const lines = src.split('\n');
  for (let k = 0; k + 1 < lines.length; k++) {
    const delim = lines[k + 1];
    if (!lines[k].includes('|') || !delim.includes('-') || !delim.includes('|') || !DELIMITER_ROW.test(delim)) continue;
    let end = k + 2;
    while (end < lines.length && lines[end].includes('|')) end++;
    const rows = [lines[k], ...lines.slice(k + 2, end)].map(splitCells);
    return { before: lines.slice(0, k).join('\n'), rows, after: lines.slice(end).join('\n') };
  }
  return null;
}

/** Cells of one pipe-table row: split on pipes not escaped by a backslash, outer pipes dropped. */
function splitCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  if (cells.length > 1 && cells[0].trim() === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}
