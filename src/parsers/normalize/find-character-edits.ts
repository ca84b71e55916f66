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

/** Characters this pass may change: CR, controls, and every key of `CHARACTER_REPLACEMENTS`. */
const SPECIAL = new RegExp(
  `[\\r\\u0000-\\u0008\\u000B-\\u000C\\u000E-\\u001F\\u007F-\\u009F${CHARACTER_REPLACEMENTS.map((r) => r.char).join('')}]`,
  'gu',
);


/**
 * Finds the character-level edits: CRLF and CR to LF, the look-alike and
 * invisible characters of `CHARACTER_REPLACEMENTS`, and other control
 * characters dropped (tab and line feed stay). Composition is
 * `findComposeEdits`.
 */
export function findCharacterEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(SPECIAL)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\r') {
      // CRLF → LF as one edit, so the LF maps to where the line's text ends; a lone CR → LF.
      const crlf = text.charCodeAt(i + 1) === 0x0a;
      edits.push({ start: i, end: crlf ? i + 2 : i + 1, insert: '\n' });
      continue;
    }
    edits.push({ start: i, end: i + 1, insert: REPLACEMENT.get(ch) ?? '' });
  }
  return mergeEdits(edits);
}

/**
 * Sorts edits and drops any that overlap an earlier one (a replaced
 * character that is also the base of a decomposed letter keeps the first).
 */
export function mergeEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let end = -1;
  for (const e of edits) {
    if (e.start < end) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}
