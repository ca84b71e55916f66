import type { Span } from '../../types.js';

/** How far to look either way for a sentence end before giving up (bounded work on run-on text). */
const REACH = 400;

/**
 * The sentence around [start, end) in `text`: from after the previous sentence
 * end (`.`, `;`, `!`, `?` followed by a space, or a line break) to the next one,
 * at most REACH characters either way. Abbreviation dots (`TP.HCM`, `Q.1`) are
 * not followed by a space and do not end sentences.
 */
export function sentenceAround(text: string, start: number, end: number): Span & { text: string } {
  let a = start;
  const lo = Math.max(0, start - REACH);
  while (a > lo) {
    const ch = text[a - 1];
    if (ch === '\n') break;
    if (/[.;!?]/.test(ch) && /\s/.test(text[a] ?? '') && a < start) break;
    a--;
  }
  let b = end;
  const hi = Math.min(text.length, end + REACH);
  while (b < hi) {
    const ch = text[b];
    if (ch === '\n') break;
    if (/[.;!?]/.test(ch) && (b + 1 >= text.length || /\s/.test(text[b + 1]))) {
      b++;
      break;
    }
    b++;
  }
  while (a < start && /\s/.test(text[a])) a++;
  while (b > end && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b, text: text.slice(a, b) };
}
