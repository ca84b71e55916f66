/** A span to mark, with anything the renderer needs. */
export interface MarkSpan {
  start: number;
  end: number;
}

/** How a format writes marks and text. */
export interface MarkRenderer<T extends MarkSpan> {
  /** Source text between marks: escaped so nothing in it is markup. */
  text(s: string): string;
  open(item: T): string;
  close(item: T): string;
  /** Written at `position` before any mark opens there (section anchors). */
  anchor?(position: number): string;
}

/**
 * Writes `text` with every item marked, well nested even when items overlap:
 * items open outer first (earlier start, then later end); when an item must
 * close while items opened inside it are still open, those are closed and
 * reopened after it, so a mark that crosses another is split in two. Empty and
 * out-of-range items are skipped.
 */
export function renderMarks<T extends MarkSpan>(text: string, items: T[], r: MarkRenderer<T>, anchors: number[] = []): string {
  const valid = items.filter((i) => i.start >= 0 && i.end <= text.length && i.start < i.end);
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const points = new Set<number>([0, text.length]);
  for (const i of valid) {
    points.add(i.start);
    points.add(i.end);
  }
  for (const a of anchors) if (a >= 0 && a <= text.length) points.add(a);
  const anchorsAt = new Map<number, number>();
  for (const a of anchors) anchorsAt.set(a, (anchorsAt.get(a) ?? 0) + 1);
  const sorted = [...points].sort((a, b) => a - b);
  const stack: T[] = [];
  const out: string[] = [];
  let next = 0;
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k];
    // Close what ends here; reopen what was opened inside it and goes on.
    const lowest = stack.findIndex((i) => i.end === p);
    if (lowest >= 0) {
      const popped = stack.splice(lowest);
      for (let j = popped.length - 1; j >= 0; j--) out.push(r.close(popped[j]));
      for (const i of popped) {
        if (i.end > p) {
          out.push(r.open(i));
          stack.push(i);
        }
      }
    }
    if (r.anchor && anchorsAt.has(p)) out.push(r.anchor(p));
    while (next < valid.length && valid[next].start === p) {
      out.push(r.open(valid[next]));
      stack.push(valid[next]);
      next++;
    }
    const to = sorted[k + 1];
    if (to !== undefined && to > p) out.push(r.text(text.slice(p, to)));
  }
  for (let j = stack.length - 1; j >= 0; j--) out.push(r.close(stack[j]));
  return out.join('');
}

/** A section anchor id: `s-` and the path with `/` as `-`, letters without marks (`Điều 5` → `s-Dieu-5`). */
export function sectionAnchorId(path: string): string {
  const plain = path
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[/\s]+/g, '-')
    .replace(/[^A-Za-z0-9._-]/g, '');
  return `s-${plain || 'top'}`;
}
