import type { ExtractContext } from '../../types.js';

/** A marked stretch of a test sentence: what an extractor must find there. */
export interface Mark {
  text: string;
  start: number;
  end: number;
}

/**
 * Reads a test sentence with `⟦…⟧` around what must be found: gives the clean
 * text and the marks' spans in it (`ngày ⟦20/01/2022⟧` → text `ngày 20/01/2022`,
 * mark 5–15). For the tests of the dates and periods extractors.
 */
export function readMarks(sentence: string): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  let open = -1;
  for (const ch of sentence) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      marks.push({ text: text.slice(open, text.length), start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}

/** An extraction context for a bare sentence: no header, the whole text is the body. */
export function sentenceContext(text: string, issuedOn: string | null = null): ExtractContext {
  return {
    text,
    layout: {
      info: { symbol: null, type: null, issuedOn, place: null, issuer: null, signer: null, title: null },
      header: null,
      title: null,
      body: { start: 0, end: text.length },
      signature: null,
      recipients: null,
      sections: [],
    },
  };
}
