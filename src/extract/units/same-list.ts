import type { Tok } from './tokenize-line.js';
import type { NameMatch } from './read-unit-name.js';
import { LEX } from './unit-lexicons.js';

/** Are two mentions members of one list (`A, B và C`, `A, các sở chuyên ngành, B`)? */
export function sameList(toks: Tok[], a: NameMatch & { sentence: number }, b: NameMatch & { sentence: number }): boolean {
  if (a.sentence !== b.sentence) return false;
  let k = a.end;
  let n = 0;
  while (k < b.start) {
    if (++n > 10) return false;
    const t = toks[k];
    if (t.s === ',' || t.s === '/' || t.lo === 'và' || t.lo === 'hoặc' || t.s === ';') { k++; continue; }
    const g = LEX.generics.matchAt(toks, k);
    if (g) { k += g; continue; }
    return false;
  }
  return true;
}

