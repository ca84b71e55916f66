import type { Tok } from './tokenize-line.js';

/**
 * Splits a line's tokens into sentences: token index ranges [start, end).
 * A sentence ends at `.`, `!`, `?` followed by a capitalized word, a bullet
 * or the end of the line (`./.` closes the last one). A `.` between digits
 * or inside `v.v.` does not end one.
 */
export function splitSentences(toks: Tok[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.s !== '.' && t.s !== '!' && t.s !== '?') continue;
    let e = k + 1;
    while (e < toks.length && !toks[e].word && (toks[e].s === '.' || toks[e].s === '/')) e++;
    const next = toks[e];
    const ends = !next || (next.word && next.cap && next.gap) || (!next.word && next.gap && (next.s === '-' || next.s === '+'));
    if (!ends) continue;
    if (e > start) out.push([start, e]);
    start = e;
    k = e - 1;
  }
  if (start < toks.length) out.push([start, toks.length]);
  return out;
}
