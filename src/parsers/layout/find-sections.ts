import type { Section, Span } from '../../types.js';
import type { LayoutLine } from './layout-lines.js';
import { readSectionLabel, type LabelCandidate } from './section-labels.js';

interface Open {
  style: string;
  ordinal: number;
  norm: string;
  section: Section;
}

/** Ordinal the next label of an open level must have. */
const nextOrdinal = (o: Open): number => o.ordinal + 1;

/**
 * Picks the reading of a label that the document's numbering allows, and where
 * it goes in the stack of open levels: a style already open must continue its
 * sequence (`2.` after `1.`, `b` after `a`) and closes the levels below it; a
 * new style must start its sequence (`1`, `a`, `I`) and nests under the
 * deepest open level; a multi-level number goes under the section it extends
 * (`2.4.1` under `2.4`). Returns the stack depth to keep, or -1 to reject.
 */
// Articles are numbered through the whole document, not afresh in each chapter or section.
const CONTINUOUS = new Set(['dieu']);

function place(stack: Open[], c: LabelCandidate, lastSeen: Map<string, number>): number {
  if (c.parentNorm !== undefined) {
    const parentAt = findLast(stack, (o) => o.norm === c.parentNorm);
    if (parentAt >= 0) {
      const sibling = stack[parentAt + 1];
      const expected = sibling && sibling.style === c.style ? nextOrdinal(sibling) : 1;
      return c.ordinal === expected ? parentAt + 1 : -1;
    }
  }
  const at = findLast(stack, (o) => o.style === c.style);
  if (at >= 0) {
    if (c.parentNorm !== undefined && stack[at].norm.split('.').slice(0, -1).join('.') !== c.parentNorm) return -1;
    if (c.ordinal === nextOrdinal(stack[at])) return at;
    if (CONTINUOUS.has(c.style)) return c.ordinal > stack[at].ordinal ? at : -1;
    // A Roman part skipped by a typing slip (`I.` … `III.`) still opens the next part.
    return c.style.startsWith('roman') && at === 0 && c.ordinal === nextOrdinal(stack[at]) + 1 ? at : -1;
  }
  // An article number never goes back; it may skip ahead (an excerpt, a Công báo page, an
  // article whose label line was garbled), since `Điều 7.` at a line start is not running text.
  if (CONTINUOUS.has(c.style) && lastSeen.has(c.style)) return c.ordinal > lastSeen.get(c.style)! ? stack.length : -1;
  return c.ordinal === 1 ? stack.length : -1;
}

// A bullet before a lettered point `a)`: the only label a bullet may carry.
const BULLETED_POINT = /^[-+*•]\s(?=[a-zđ]\)\s\p{Lu})/u;

function findLast<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i])) return i;
  return -1;
}

/**
 * Builds the section tree of a region from its lines: every line that starts
 * with a label the document's numbering grammar accepts opens a section. A
 * section ends where the next section of the same or a higher level starts, or
 * at the region's end. Lines outside `region` and lines in `skip` (page
 * chrome) are not read.
 */
export function findSections(lines: LayoutLine[], region: Span, skip: Set<number> = new Set()): Section[] {
  const sections: Section[] = [];
  const stack: Open[] = [];
  const lastSeen = new Map<string, number>();
  for (const line of lines) {
    if (!line.text || line.start < region.start || line.start >= region.end || skip.has(line.index)) continue;
    // `- a) Quốc hiệu và Tiêu ngữ.`: a Markdown conversion makes the points of an article
    // list items; the bullet is markup, the letter is the label.
    const bullet = BULLETED_POINT.exec(line.text)?.[0].length ?? 0;
    const text = bullet ? line.text.slice(bullet) : line.text;
    const cands = readSectionLabel(text);
    if (!cands.length) continue;
    // A continuing style wins over starting a new one (`i.` after `h.` is a letter).
    let best: { c: LabelCandidate; keep: number } | null = null;
    for (const c of cands) {
      const keep = place(stack, c, lastSeen);
      if (keep < 0) continue;
      const continues = keep < stack.length && stack[keep]?.style === c.style;
      if (!best || (continues && !(best.keep < stack.length && stack[best.keep]?.style === best.c.style))) best = { c, keep };
    }
    if (!best) continue;
    const { c, keep } = best;
    // The spec's heading is the rest of the label's line: a chapter or part alone on its
    // line (`Chương I` / `QUY ĐỊNH CHUNG`) has an empty heading, its name is its first text.
    const heading = text.slice(c.headingAt);
    const headingStart = line.start + bullet + c.headingAt;
    // `a, b, c khoản 1 Điều 5` at the start of a wrapped line: a list of letters in a
    // sentence, not a lettered item, which starts with a capital.
    const opens = keep === stack.length;
    if (opens && /^letter[,.]$/u.test(c.style) && /^\p{Ll}/u.test(heading)) continue;
    // Numbered cells of a table (`1.` alone on its line) are not sections; headings of words are.
    if (!heading && /^(?:arabic|letter|paren|multi)/u.test(c.style)) continue;
    stack.length = keep;
    const parent = stack.length ? stack[stack.length - 1].section : null;
    const section: Section = {
      path: parent ? `${parent.path}/${c.norm}` : c.norm,
      label: c.label,
      heading,
      parent: parent ? parent.path : null,
      depth: stack.length + 1,
      start: line.start,
      end: region.end,
      headingStart,
    };
    stack.push({ style: c.style, ordinal: c.ordinal, norm: c.norm, section });
    lastSeen.set(c.style, c.ordinal);
    sections.push(section);
  }
  // A section ends where the next one at its depth or above starts.
  const open: Section[] = [];
  for (const s of sections) {
    while (open.length && open[open.length - 1].depth >= s.depth) open.pop()!.end = s.start;
    open.push(s);
  }
  dropLoneSlashStyle(sections);
  return sections;
}

/** `1/` numbering counts only where the document uses it more than once (`1/` … `2/`). */
function dropLoneSlashStyle(sections: Section[]): void {
  const slash = sections.filter((s) => /^\d{1,2}\s?\/$/u.test(s.label));
  if (slash.length === 1 && !sections.some((s) => s.parent === slash[0].path)) sections.splice(sections.indexOf(slash[0]), 1);
}
