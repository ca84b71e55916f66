/** One line of a text: `[start, end)` without its line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits a text into lines on `\n`, keeping each line's offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}
