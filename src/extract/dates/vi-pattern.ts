/**
 * Regex source for Vietnamese keywords that matches the NFC spelling and the
 * decomposed ones too: `vi('ngày')` matches `ngày`, `nga\u0300y` (NFD) and a
 * half-composed `â\u0300` as windows-1258 decoders give it. The pipeline
 * normalizes to NFC before the extractors, but a pattern that silently finds
 * nothing in decomposed text is a trap we do not want to depend on.
 *
 * Words are separated by one space in the argument; any run of whitespace
 * matches it (`\s+`). Alternatives are separated by `|` and grouped.
 * Use the result inside a RegExp with the `u` flag (and `i` for case).
 */
export function vi(words: string): string {
  const alternatives = words.split('|').map((alt) =>
    alt
      .trim()
      .split(/\s+/u)
      .map((word) => Array.from(word.normalize('NFC'), charVariants).join(''))
      .join('\\s+'),
  );
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

/** One NFC character as regex source: itself, or an alternation of its composed, half-composed and decomposed forms. */
function charVariants(char: string): string {
  const nfd = char.normalize('NFD');
  if (nfd === char) return escapeChar(char);
  const forms = new Set<string>([char]);
  // Compose a prefix of the sequence and leave the rest as combining marks: `ầ`, `â`+grave, `a`+circumflex+grave.
  for (let i = 1; i <= nfd.length; i++) forms.add(nfd.slice(0, i).normalize('NFC') + nfd.slice(i));
  return `(?:${[...forms].map(escapeChar).join('|')})`;
}

function escapeChar(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
