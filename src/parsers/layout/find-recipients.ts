import type { Span } from '../../types.js';
import type { LayoutLine } from './layout-lines.js';

const RECIPIENTS_HEAD = /^N[ơƠ][iI]\s{1,3}nh[ậẬ]n\s{0,2}:?/iu;
const LIST_ITEM = /^[-+•*–]\s{0,3}\S/u;
const MAX_ITEMS = 40;

/**
 * Finds the `Nơi nhận:` list: the heading line and the `- …;` lines under it
 * (in two-column copies a signature title can share their lines, which is why
 * the list is allowed to run past a line of capitals). Returns the span from
 * the heading to the end of the last item, or null.
 */
export function findRecipients(lines: LayoutLine[], from: number, skip: Set<number>): Span | null {
  const head = lines.find((l) => l.start >= from && !skip.has(l.index) && RECIPIENTS_HEAD.test(l.text));
  if (!head) return null;
  let end = head.end;
  let items = 0;
  let gap = 0;
  for (let i = head.index + 1; i < lines.length && items < MAX_ITEMS; i++) {
    const t = lines[i].text;
    if (!t || skip.has(i)) continue;
    if (LIST_ITEM.test(t) || /^(?:Lưu|Như trên)\b/iu.test(t)) {
      end = lines[i].end;
      items++;
      gap = 0;
      continue;
    }
    // A line of the signature block between items; the list may go on below it.
    if (++gap > 3) break;
  }
  return { start: head.start, end };
}
