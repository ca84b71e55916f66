import type { DocumentLayout, PortalMetadata, Section, Span } from '../../types.js';
import { findHeader } from './find-header.js';
import { findRecipients } from './find-recipients.js';
import { findSections } from './find-sections.js';
import { findSignature } from './find-signature.js';
import { layoutLines, type LayoutLine } from './layout-lines.js';
import { findPageChrome, isTailMarker } from './page-chrome.js';
import { readDocumentInfo } from './read-document-info.js';
import { readSectionLabel } from './section-labels.js';
import { typeWordOf } from './header-patterns.js';

// The closing mark of an administrative text: `./.` or `/.` at the end of the last paragraph.
const CLOSING_MARK = /\/\.\s{0,2}$/u;
// A web posting's headline is a line, not a paragraph.
const MAX_HEADLINE = 400;

/**
 * Finds the header block (document identity), the body, the signature block,
 * the `Nơi nhận` list and the section tree. Page chrome still in the text
 * (counters, ads, a portal's metadata table) is skipped and its metadata used
 * only to fill fields the document lacks; `metadata` from normalization wins
 * over what is found here.
 */
export function parseLayout(text: string, metadata: PortalMetadata = {}): DocumentLayout {
  const lines = layoutLines(text);
  const chrome = findPageChrome(lines);
  const meta: PortalMetadata = { ...chrome.metadata, ...definedOnly(metadata) };
  const skip = chrome.lines;
  const content = lines.filter((l) => l.text && !skip.has(l.index));

  const header = findHeader(lines, skip);
  const headline = header ? null : findHeadline(content);
  const bodyFrom = header ? header.span.end : headline ? headline.span.end : 0;

  const recipients = findRecipients(lines, bodyFrom, skip);
  const signature = findSignature(lines, bodyFrom, skip);
  const tail = lines.find((l) => l.start >= bodyFrom && isTailMarker(l.text));
  const closingStart = Math.min(text.length, recipients?.start ?? Infinity, signature?.span.start ?? Infinity, tail?.start ?? Infinity);

  const bodyLines = content.filter((l) => l.start >= bodyFrom && l.end <= closingStart);
  const start = bodyLines.length ? bodyLines[0].start : bodyFrom;
  const end = bodyLines.length ? bodyEnd(bodyLines, Boolean(recipients || signature)) : Math.max(start, Math.min(closingStart, text.length));
  const body: Span = { start, end };

  const sections: Section[] = findSections(lines, body, skip);
  // An annex or attached regulation after the signature numbers itself afresh.
  const afterClose = Math.max(recipients?.end ?? -1, signature?.span.end ?? -1);
  if (afterClose > body.end) {
    const rest = content.filter((l) => l.start >= afterClose && (!tail || l.start < tail.start));
    if (rest.length) sections.push(...findSections(lines, { start: rest[0].start, end: rest[rest.length - 1].end }, skip));
  }

  const info = readDocumentInfo({
    text,
    header,
    headline: headline ? { text: headline.text, span: headline.span, type: headline.type } : null,
    body,
    signer: signature?.signer ?? null,
    metadata: meta,
  });
  return {
    info,
    header: header ? header.span : null,
    title: header?.titleSpan ?? headline?.span ?? null,
    body,
    signature: signature ? signature.span : null,
    recipients,
    sections,
  };
}

function definedOnly(m: PortalMetadata): PortalMetadata {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined && v !== null && v !== '')) as PortalMetadata;
}

/**
 * A web posting's headline: its first line, when that line reads as a title
 * (not a numbered section, not a paragraph ending in `.` or `:`).
 */
function findHeadline(content: LayoutLine[]): { text: string; span: Span; type: string | null } | null {
  // A short first line (`Tin tức`, a category) gives way to the next one; a type word
  // alone (`KẾ HOẠCH` over a Markdown copy's trích yếu) still names the type.
  let type: string | null = null;
  for (const line of content.slice(0, 3)) {
    const t = line.text;
    if (t.length > MAX_HEADLINE || /[.:;,]$/u.test(t) || readSectionLabel(t).length || !/\p{L}{2}/u.test(t)) return null;
    if (t.split(' ').length < 4) {
      type ??= typeWordOf(t);
      continue;
    }
    return { text: t, span: { start: line.start, end: line.end }, type };
  }
  return null;
}

/**
 * Where the body ends: after its last line, except for a web editor's byline
 * (`Thi Lan`, `P.QLCN-NNB`, `Văn phòng Sở …`: a few short lines after the
 * closing mark `./.`), which is not document text.
 */
function bodyEnd(bodyLines: LayoutLine[], closed: boolean): number {
  let k = bodyLines.length - 1;
  if (!closed) {
    let short = 0;
    while (k > 0 && short < 4 && isBylineLine(bodyLines[k].text)) {
      k--;
      short++;
    }
    if (short === 0 || !CLOSING_MARK.test(bodyLines[k].text)) k = bodyLines.length - 1;
  }
  return bodyLines[k].end;
}

function isBylineLine(t: string): boolean {
  return t.length <= 60 && t.split(' ').length <= 8 && !/[.:;,]$/u.test(t) && !/^[-+•]/u.test(t) && !readSectionLabel(t).length;
}
