import type { ExtractContext } from '../../types.js';
import { compactSymbol } from './parse-symbol.js';

/**
 * The header's number line: a line that opens with `Số: 13/CT-UBND` (or a
 * portal's `Số hiệu 13/CT-UBND`), alone or with the place and date beside it
 * when two header columns were flattened (`Số: 587 /QĐ-TNVN, Hà Nội, ngày …`).
 * Only the document's own number is written so.
 * Found by scanning for `Số`/`SỐ` (a literal the engine skips to quickly) and
 * then reading the line, instead of a `^` pattern tried at every position.
 */
const NUMBER_WORD = /S[ốỐ]/gu;
const NUMBER_LINE = /^[ \t\u00A0]{0,8}S[ốỐ](?:[ \t\u00A0]{1,2}hiệu)?[ \t\u00A0]{0,3}:?[ \t\u00A0]{0,3}(\d{1,5}[a-zA-Z]?(?:[ \t\u00A0]{0,2}[/\-–][ \t\u00A0]{0,2}[\p{L}\d&]{1,14}){1,6})/u;

/**
 * The document's own symbol(s), compacted and upper-cased for comparison:
 * the layout's `info.symbol` when the header parser found it, else any
 * symbol standing alone on a `Số:` line (the grammar of the formal header;
 * a citation never takes that shape). A mention of one of these anywhere in
 * the text is the document naming itself, not a reference.
 */
export function findOwnSymbols(ctx: ExtractContext): Set<string> {
  const own = new Set<string>();
  const fromLayout = ctx.layout.info.symbol;
  if (fromLayout) {
    own.add(symbolKey(fromLayout));
    return own;
  }
  const { text } = ctx;
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m; m = NUMBER_WORD.exec(text)) {
    let lineStart = m.index;
    while (lineStart > 0 && m.index - lineStart <= 8 && text[lineStart - 1] !== '\n') lineStart--;
    if (lineStart > 0 && text[lineStart - 1] !== '\n') continue;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > 200) continue;
    const line = NUMBER_LINE.exec(text.slice(lineStart, lineEnd));
    if (line && /[/-]\s{0,2}\p{Lu}/u.test(line[1])) own.add(symbolKey(line[1]));
  }
  return own;
}

/** A symbol folded for identity: no spaces, look-alikes repaired, upper case. */
export function symbolKey(symbol: string): string {
  return compactSymbol(symbol).toUpperCase();
}
