import type { Edit } from './apply-edits.js';

/**
 * Single characters replaced wherever they stand, each with an example of
 * where it comes from. Spaces of every width become a plain space, line and
 * page separators a line break, invisible characters go.
 */
export const CHARACTER_REPLACEMENTS: ReadonlyArray<{ char: string; to: string; example: string }> = [
  { char: '\u00D0', to: 'Đ', example: 'Ð (Icelandic eth) typed for Đ: "ÐIỀU 1" → "ĐIỀU 1"' },
  { char: '\u00F0', to: 'đ', example: 'ð typed for đ: "ðịnh" → "định"' },
  { char: '\u0189', to: 'Đ', example: 'Ɖ (African D) typed for Đ: "ƉIỀU" → "ĐIỀU"' },
  { char: '\u00A0', to: ' ', example: 'NBSP from &nbsp; in web pages: "số\u00A0166" → "số 166"' },
  { char: '\u1680', to: ' ', example: 'Ogham space mark' },
  ...Array.from({ length: 11 }, (_, k) => ({
    char: String.fromCharCode(0x2000 + k),
    to: ' ',
    example: `U+${(0x2000 + k).toString(16).toUpperCase()} (en/em/thin/hair space) from typeset PDFs`,
  })),
  { char: '\u202F', to: ' ', example: 'narrow no-break space' },
  { char: '\u205F', to: ' ', example: 'medium mathematical space' },
  { char: '\u3000', to: ' ', example: 'ideographic space' },
  { char: '\u000B', to: '\n', example: 'vertical tab: Word manual line break in copied text' },
  { char: '\u000C', to: '\n', example: 'form feed: page break in text extracted from PDF' },
  { char: '\u0085', to: '\n', example: 'next line (NEL) from EBCDIC-era tools' },
  { char: '\u2028', to: '\n', example: 'line separator' },
  { char: '\u2029', to: '\n', example: 'paragraph separator' },
  { char: '\u2010', to: '-', example: 'Unicode hyphen: "QĐ‐UBND" → "QĐ-UBND"' },
  { char: '\u2011', to: '-', example: 'non-breaking hyphen from Word: "166/QĐ‑UBND" → "166/QĐ-UBND"' },
  { char: '\u00AD', to: '', example: 'soft hyphen: "Quyết\u00ADđịnh" → "Quyếtđịnh"' },
  { char: '\u200B', to: '', example: 'zero-width space from CMS editors' },
  { char: '\u200C', to: '', example: 'zero-width non-joiner' },
  { char: '\u200D', to: '', example: 'zero-width joiner' },
  { char: '\u2060', to: '', example: 'word joiner' },
  { char: '\uFEFF', to: '', example: 'BOM / zero-width no-break space inside text' },
  { char: '\u180E', to: '', example: 'Mongolian vowel separator (invisible)' },
];

const REPLACEMENT = new Map(CHARACTER_REPLACEMENTS.map((r) => [r.char, r.to]));

/** Combining marks: the tail of a decomposed (NFD) letter. */
const MARK = /\p{M}/u;

/**
 * Finds the character-level edits: CRLF and CR to LF, decomposed letters
 * composed (NFC, one letter and its marks at a time so the offset map stays
 * exact), the look-alike and invisible characters of `CHARACTER_REPLACEMENTS`,
 * and other control characters dropped (tab and line feed stay).
 */
export function findCharacterEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      // CRLF → LF as one edit, so the LF maps to where the line's text ends; a lone CR → LF.
      const crlf = text.charCodeAt(i + 1) === 0x0a;
      edits.push({ start: i, end: crlf ? i + 2 : i + 1, insert: '\n' });
      i += crlf ? 2 : 1;
      continue;
    }
    const ch = text[i];
    const rep = REPLACEMENT.get(ch);
    if (rep !== undefined) {
      edits.push({ start: i, end: i + 1, insert: rep });
      i++;
      continue;
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f || (c >= 0x80 && c < 0xa0 && c !== 0x85)) {
      edits.push({ start: i, end: i + 1, insert: '' });
      i++;
      continue;
    }
    if (c < 0x80 && !(i + 1 < n && text.charCodeAt(i + 1) >= 0x300 && MARK.test(text[i + 1]))) {
      i++;
      continue;
    }
    // A letter and the combining marks after it: compose it on its own.
    const cp = text.codePointAt(i) ?? c;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = text.codePointAt(j) ?? 0;
      if (!MARK.test(String.fromCodePoint(next))) break;
      j += next > 0xffff ? 2 : 1;
    }
    const cluster = text.slice(i, j);
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) edits.push({ start: i, end: j, insert: composed });
    i = j;
  }
  return edits;
}
