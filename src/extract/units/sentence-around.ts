/**
 * The sentence holding offset `at` within a line [from, to): where it starts
 * and where the next one starts (raw, before trimming). A sentence ends at
 * `.`, `!`, `?` (with any further `.` or `/`, as in `./.`) followed by space
 * and a capital letter or a `-`/`+` bullet. Scans are bounded by the line.
 */
export function sentenceAround(text: string, from: number, to: number, at: number): [number, number] {
  return [sentenceStartBefore(text, from, at), sentenceEndAfter(text, at, to)];
}

/** Where the sentence holding `at` starts: after `.`/`!`/`?` + space + a capital or a bullet, or at `from`. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  for (let p = at - 1; p > from; p--) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const q = sentenceBreakAfter(text, p, at + 1);
    if (q > 0) return q;
  }
  return from;
}

/** Where the sentence holding `at` ends (end-exclusive), or `to`. */
function sentenceEndAfter(text: string, at: number, to: number): number {
  for (let p = at; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const q = sentenceBreakAfter(text, p, to);
    if (q > 0) return q;
  }
  return to;
}

/**
 * If the `.`/`!`/`?` at `p` ends a sentence (the rule of `splitSentences`:
 * further `.` or `/`, then space, then a capital letter or a `-`/`+` bullet),
 * the index where the next sentence starts; else -1.
 */
function sentenceBreakAfter(text: string, p: number, limit: number): number {
  let k = p + 1;
  while (k < limit && (text[k] === '.' || text[k] === '/')) k++;
  const sp = k;
  while (k < limit && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\u00a0')) k++;
  if (k === sp || k >= limit) return -1;
  const ch = text[k];
  if (ch === '-' || ch === '+') return k;
  return ch !== ch.toLowerCase() ? k : -1;
}

