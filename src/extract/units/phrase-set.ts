import type { Tok } from './tokenize-line.js';

/**
 * A set of lower-case multi-syllable phrases matched against word tokens,
 * forwards (`matchAt`) or backwards (`matchEndingAt`), longest first.
 */
export interface PhraseSet {
  /** Token count of the longest phrase starting at token `i`, or 0. */
  matchAt(toks: Tok[], i: number): number;
  /** Token count of the longest phrase whose last token is `j`, or 0. */
  matchEndingAt(toks: Tok[], j: number): number;
  has(phrase: string): boolean;
}

/** Entry shape of every lexicon table in this folder: a phrase and a real example using it. */
export interface LexiconEntry {
  phrase: string;
  example: string;
}

/**
 * Builds a phrase set. Phrases are split on spaces; matching compares each
 * token's `lo` to a syllable and never crosses a punctuation token.
 */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const byLast = new Map<string, string[][]>();
  const all = new Set<string>();
  for (const p of phrases) {
    const parts = p.toLowerCase().split(' ').filter(Boolean);
    if (!parts.length) continue;
    all.add(parts.join(' '));
    const f = parts[0];
    const l = parts[parts.length - 1];
    if (!byFirst.has(f)) byFirst.set(f, []);
    byFirst.get(f)!.push(parts);
    if (!byLast.has(l)) byLast.set(l, []);
    byLast.get(l)!.push(parts);
  }
  for (const m of [byFirst, byLast]) for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return {
    matchAt(toks, i) {
      const t = toks[i];
      if (!t || !t.word) return 0;
      const list = byFirst.get(t.lo);
      if (!list) return 0;
      outer: for (const parts of list) {
        if (i + parts.length > toks.length) continue;
        for (let k = 1; k < parts.length; k++) {
          const u = toks[i + k];
          if (!u.word || u.lo !== parts[k]) continue outer;
        }
        return parts.length;
      }
      return 0;
    },
    matchEndingAt(toks, j) {
      const t = toks[j];
      if (!t || !t.word) return 0;
      const list = byLast.get(t.lo);
      if (!list) return 0;
      outer: for (const parts of list) {
        const i = j - parts.length + 1;
        if (i < 0) continue;
        for (let k = 0; k < parts.length - 1; k++) {
          const u = toks[i + k];
          if (!u.word || u.lo !== parts[k]) continue outer;
        }
        return parts.length;
      }
      return 0;
    },
    has(phrase) {
      return all.has(phrase.toLowerCase());
    },
  };
}
