/**
 * Old-style tone placement (`hoá`, `uỷ`, `khoẻ`) written the new way (`hóa`,
 * `ủy`, `khỏe`) in open syllables, one character for one, so a folded string keeps the offsets
 * of the original. Only the pairs that differ between the two spellings.
 */
const TONE_PAIRS: ReadonlyArray<[string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];
const TONE_MAP = new Map(TONE_PAIRS);
// only in an open syllable (`hoá`, not `hoạch`); `quý` keeps its mark: `qu` is one consonant
const OLD_TONE = /(?:o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

/**
 * Lower case with the tone mark moved to the new-style place, length kept:
 * `Hàng hoá` → `hàng hóa`. Used to compare words against lexicon entries.
 */
export function foldMatch(s: string): string {
  return foldLower(s.toLowerCase());
}

/** foldMatch for a string already in lower case. */
export function foldLower(low: string): string {
  // fast path: most words have no `o`/`u` followed by a toned vowel
  for (let k = 0; k < low.length - 1; k++) {
    const c = low[k];
    if ((c === 'o' || c === 'u') && TONED.has(low[k + 1])) return low.replace(OLD_TONE, (m) => TONE_MAP.get(m) ?? m);
  }
  return low;
}

const TONED: ReadonlySet<string> = new Set([...'àáảãạèéẻẽẹỳýỷỹỵ']);
