import type { DocumentInfo, ExtractContext } from '../types.js';

/** A marked stretch of a test sentence: what an extractor must find there. */
export interface Mark {
  text: string;
  start: number;
  end: number;
}

/**
 * Reads a test sentence with `⟦…⟧` around what must be found: gives the clean
 * text and the marks' spans in it (`ngày ⟦20/01/2022⟧` → text `ngày 20/01/2022`,
 * mark 5–15). For the extractors' tests.
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

/**
 * An extraction context for a bare sentence: no header, the whole text is the
 * body; `info` gives what the header parser would have found (a type, a date).
 */
export function sentenceContext(text: string, info: Partial<DocumentInfo> = {}): ExtractContext {
  return {
    text,
    layout: {
      info: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null, ...info },
      header: null,
      title: null,
      body: { start: 0, end: text.length },
      signature: null,
      recipients: null,
      sections: [],
    },
  };
}
