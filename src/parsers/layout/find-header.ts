import type { Span } from '../../types.js';
import { analyzeHeaderLine, type HeaderLineParts, type Piece } from './analyze-header-line.js';
import { RULE_LINE, leadingTypeWord, typeWordOf } from './header-patterns.js';
import type { LayoutLine } from './layout-lines.js';
import { expandIssuerWords, startsWithOrgan, territoryIndex } from './proper-case-issuer.js';
import { readSectionLabel } from './section-labels.js';
import { SIGNER_TITLES } from './signature-words.js';
import { isAllCaps, upperKey } from './vietnamese-text.js';

/** What the formal header block says about the document. */
export interface Header {
  span: Span;
  /** Issuer lines (or pieces of squashed lines) in capitals, top to bottom. */
  issuerParts: string[];
  /** The `Số` line was there (the number may still be blank). */
  symbolFound: boolean;
  symbol: string | null;
  /** The code part of the symbol (`/BC-SKHCN` → `BC-SKHCN`), also for a draft. */
  symbolCode: string | null;
  /** The place-and-date line was there (the day may still be blank). */
  dateFound: boolean;
  place: string | null;
  issuedOn: string | null;
  type: string | null;
  /** A `V/v` subject line stood under Số (an official letter). */
  subject: boolean;
  title: string | null;
  titleSpan: Span | null;
}

// How far down a header may start, and how many lines it may span.
const MAX_START = 25;
const MAX_ISSUER_LINES = 5;

// A body paragraph, not a trích yếu: the openers of the body of a decision or letter.
const BODY_OPENER = /^(?:Căn cứ|Kính gửi|Xét đề nghị|Theo đề nghị|Xét|QUYẾT ĐỊNH\s?:|QUYẾT NGHỊ\s?:)/u;
// The verbs a trích yếu printed in capitals opens with, when no type word stands above it.
const TITLE_OPENER = /^(?:VỀ VIỆC|V\/V|BAN HÀNH|PHÊ DUYỆT|QUY ĐỊNH|SỬA ĐỔI|BÃI BỎ|BỔ SUNG|TRIỂN KHAI|TĂNG CƯỜNG|THÀNH LẬP|KIỆN TOÀN|HƯỚNG DẪN|CÔNG BỐ|ĐIỀU CHỈNH|CHẤN CHỈNH|ĐẨY MẠNH|PHÊ CHUẨN|GIAO)\s/u;
// A title line that ends with a word that cannot end a title was wrapped.
const OPEN_END = /(?:^|\s)(?:CỦA|VÀ|VỀ|TẠI|CHO|TRÊN|THEO|ĐẾN|NĂM|VIỆC|VỚI|ĐỐI|TRONG|GIAI ĐOẠN|THỰC HIỆN|CÁC|NHỮNG)$|[,-]$/u;

function isIssuerLine(p: HeaderLineParts): boolean {
  if (p.rule || p.motto || p.symbol || p.date || p.subject) return false;
  if (p.other.length || p.caps.length !== 1 || typeWordOf(p.caps[0].text)) return false;
  const text = p.caps[0].text;
  if (text.length > 120 || /[.:;]$/u.test(text)) return false;
  const words = expandIssuerWords(text);
  return startsWithOrgan(words) || territoryIndex(words) === 0 || words.length <= 8;
}

function isSignerTitleLine(text: string): boolean {
  const key = upperKey(text);
  return SIGNER_TITLES.some((t) => key.startsWith(t + ' ') || key === t);
}

/**
 * Finds the formal header block near the top: issuer lines, national motto,
 * `Số …`, place and date, the type word line and the trích yếu under it. The
 * block may be spread over lines or squashed onto one or two. Returns null for
 * a text with no formal header (a web posting).
 */
export function findHeader(lines: LayoutLine[], chrome: Set<number>): Header | null {
  const cands = lines.filter((l) => l.text && !chrome.has(l.index)).slice(0, MAX_START + 15);
  const parts = cands.map(analyzeHeaderLine);
  const isAnchor = (p: HeaderLineParts): boolean =>
    p.motto || Boolean(p.symbol?.lineStart) || Boolean(p.date?.lineStart && p.date.place && p.line.text.length < 160);
  // The header stands above the body: no anchor is looked for past the first
  // numbered section or running paragraph (a place-and-date line at the end of a
  // short posting is not a header).
  let limit = Math.min(MAX_START, parts.length);
  for (let k = 0; k < limit; k++) {
    const t = parts[k].line.text;
    if (parts[k].motto) continue;
    if (readSectionLabel(t).length || (t.length > 250 && !isAllCaps(t) && !parts[k].symbol?.lineStart)) {
      limit = k;
      break;
    }
  }
  const anchor = parts.findIndex((p, k) => k < limit && isAnchor(p));
  if (anchor < 0) return null;

  let first = anchor;
  while (first > 0 && anchor - (first - 1) <= MAX_ISSUER_LINES && (parts[first - 1].rule || isIssuerLine(parts[first - 1]))) first--;

  let last = anchor;
  let typeAt = -1;
  let untypedTitleAt = -1;
  const subjectTail = new Set<number>();
  for (let k = anchor + 1; k < parts.length; k++) {
    const p = parts[k];
    if (typeWordOf(p.line.text)) {
      typeAt = k;
      break;
    }
    // `BÁO CÁO KẾT QUẢ THỰC HIỆN …`: the type word and the trích yếu printed on one line.
    if (!p.symbol && !p.date && !p.motto && isAllCaps(p.line.text) && leadingTypeWord(p.line.text) && p.line.text.split(' ').length > 3) {
      typeAt = k;
      break;
    }
    // `V/v hướng dẫn xây dựng dự toán` / `ngân sách nhà nước năm 2023`: a subject wrapped onto the next line.
    const prev = parts[k - 1];
    if ((prev.subject || subjectTail.has(k - 1)) && /^\p{Ll}/u.test(p.line.text) && !p.motto && !p.date && !p.symbol) {
      subjectTail.add(k);
      last = k;
      continue;
    }
    const component = p.rule || p.motto || Boolean(p.symbol?.lineStart) || Boolean(p.date?.lineStart) || Boolean(p.subject);
    // Under the place-and-date line, a line of capitals that opens with a verb of a trích yếu
    // (`BAN HÀNH QUY ĐỊNH VỀ …`) is the title of a copy that lost its type line, not an issuer.
    const untypedTitle = !component && TITLE_OPENER.test(p.line.text) && isAllCaps(p.line.text) && parts.slice(anchor, k).some((q) => q.date);
    if (untypedTitle) {
      untypedTitleAt = k;
      break;
    }
    if (component || (isIssuerLine(p) && !isSignerTitleLine(p.line.text) && k - last <= 2)) {
      last = k;
      continue;
    }
    break;
  }

  const header: Header = {
    span: { start: cands[first].start, end: cands[last].end },
    issuerParts: [],
    symbolFound: false,
    symbol: null,
    symbolCode: null,
    dateFound: false,
    place: null,
    issuedOn: null,
    type: null,
    subject: false,
    title: null,
    titleSpan: null,
  };
  const titlePieces: Piece[] = [];
  for (let k = first; k <= last; k++) {
    const p = parts[k];
    if (p.symbol && !header.symbolFound) {
      header.symbolFound = true;
      header.symbol = p.symbol.value;
      header.symbolCode = p.symbol.code.replace(/^[/-]/u, '');
    }
    if (p.date && !header.dateFound) {
      header.dateFound = true;
      header.place = p.date.place;
      header.issuedOn = p.date.issuedOn;
    }
    if (subjectTail.has(k)) {
      titlePieces.push({ start: p.line.start, end: p.line.end, text: p.line.text });
      continue;
    }
    if (p.subject && !header.subject) {
      header.subject = true;
      titlePieces.push(p.subject);
    }
    for (const c of p.caps) {
      const type = typeWordOf(c.text);
      if (type) header.type ??= type;
      else if (!header.type) header.issuerParts.push(c.text);
      else titlePieces.push(c);
    }
    // A squashed line can carry the trích yếu after the type word.
    if (header.type) for (const o of p.other) if (!p.subject || o.start < p.subject.start) titlePieces.push(o);
  }

  if (typeAt >= 0) {
    const typeLine = cands[typeAt];
    header.type = typeWordOf(typeLine.text);
    header.span.end = typeLine.end;
    if (header.type) {
      const title = readTitleLines(cands, typeAt + 1);
      if (title.length) titlePieces.splice(0, titlePieces.length, ...title);
    } else {
      header.type = leadingTypeWord(typeLine.text);
      const cut = upperKey(header.type ?? '').length;
      const rest = typeLine.text.slice(cut);
      const lead = rest.length - rest.trimStart().length;
      const first = { start: typeLine.start + cut + lead, end: typeLine.end, text: rest.trim() };
      const more = readTitleLines(cands, typeAt + 1, first);
      titlePieces.splice(0, titlePieces.length, first, ...more);
    }
  }
  if (typeAt < 0 && untypedTitleAt >= 0 && !titlePieces.length) titlePieces.push(...readTitleLines(cands, untypedTitleAt));
  if (titlePieces.length) {
    header.titleSpan = { start: titlePieces[0].start, end: titlePieces[titlePieces.length - 1].end };
    header.title = titlePieces.map((t) => t.text).join(' ');
    header.span.end = Math.max(header.span.end, header.titleSpan.end);
  }
  return header;
}

/** The trích yếu: the lines under the type word, until the first body paragraph. */
function readTitleLines(cands: LayoutLine[], from: number, firstPiece?: Piece): Piece[] {
  const out: Piece[] = firstPiece ? [firstPiece] : [];
  for (let k = from; k < cands.length && out.length < 6; k++) {
    const line = cands[k];
    const text = line.text;
    if (RULE_LINE.test(text)) {
      if (out.length) break;
      continue;
    }
    if (BODY_OPENER.test(text) || readSectionLabel(text).length) break;
    if (!out.length) {
      // A first line that reads as a body paragraph is not a title.
      if (/:$/u.test(text) || (/[.;]$/u.test(text) && text.length > 200)) break;
      out.push({ start: line.start, end: line.end, text });
      continue;
    }
    const prev = out[out.length - 1].text;
    const caps = isAllCaps(text);
    const wrapped = !/[.:;!?]$/u.test(prev) && /^\p{Ll}/u.test(text);
    const capsRun = isAllCaps(prev) && caps && !/[:]$/u.test(text) && !isSignerTitleLine(text) && !startsWithOrgan(expandIssuerWords(text));
    const openEnd = OPEN_END.test(upperKey(prev)) && !/[.:;]$/u.test(prev);
    if (wrapped || capsRun || (openEnd && !isSignerTitleLine(text))) {
      out.push({ start: line.start, end: line.end, text });
      continue;
    }
    break;
  }
  return firstPiece ? out.slice(1) : out;
}
