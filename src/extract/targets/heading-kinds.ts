import type { Section } from '../../types.js';
import { foldMatch } from './fold-match.js';
import { RESULT_HEADING, TARGET_HEADING } from './kind-cues.js';

/** A heading that says what kind of figures its block holds. */
interface HeadingMark {
  start: number;
  level: number;
  kind: 'target' | 'result' | null;
}

/** Label + heading text at a line start: `II. KẾT QUẢ …`, `2.3. Thực hiện …`, `a) …`; tried only at line starts. */
const HEADING_LINE = /[ \t]{0,8}(?:(?<roman>[IVXLC]{1,6})|(?<arabic>\d{1,2}(?:\.\d{1,2}){0,3})|(?<letter>[a-zđ]))[.)/,:-]{1,2}[ \t]{0,8}(?<text>[^\n]{1,160})/uy;

function headingKind(heading: string): 'target' | 'result' | null {
  const folded = foldMatch(heading.trim()).replace(/^[\s*_“"]+/u, '');
  if (RESULT_HEADING.test(folded)) return 'result';
  if (TARGET_HEADING.test(folded)) return 'target';
  return null;
}

function marksFromSections(sections: readonly Section[]): HeadingMark[] {
  return sections.map((s) => ({ start: s.start, level: s.depth, kind: headingKind(s.heading) }));
}

/** A small scan for numbered headings when the layout stage gives no sections. */
function marksFromLines(text: string): HeadingMark[] {
  const out: HeadingMark[] = [];
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    let k = at;
    while (k < lineEnd && (text[k] === ' ' || text[k] === '\t')) k++;
    const c = text.charCodeAt(k);
    // a label starts with a digit, a Roman numeral or a lower-case letter
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 0x111 || 'IVXLC'.includes(text[k] ?? '-')) {
      HEADING_LINE.lastIndex = at;
      const m = HEADING_LINE.exec(text);
      if (m) {
        const g = m.groups ?? {};
        const level = g.roman ? 1 : g.arabic ? 1 + g.arabic.split('.').length : 6;
        out.push({ start: at, level, kind: headingKind(g.text ?? '') });
      }
    }
    at = lineEnd + 1;
  }
  return out;
}

/**
 * Walks the headings in document order and answers, for positions asked in
 * increasing order, the kind that the innermost heading with a cue among the
 * enclosing ones gives (`Kết quả …` → result, `Phương hướng …` → target),
 * or null. Uses the layout's sections when there are any.
 */
export function headingKinds(text: string, sections: readonly Section[]): (pos: number) => 'target' | 'result' | null {
  const marks = sections.length > 0 ? marksFromSections(sections) : marksFromLines(text);
  const stack: HeadingMark[] = [];
  let next = 0;
  return (pos: number) => {
    while (next < marks.length && marks[next].start <= pos) {
      const h = marks[next++];
      while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
      stack.push(h);
    }
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].kind) return stack[i].kind;
    return null;
  };
}
