import type { ExtractContext, Span } from '../../types.js';

/**
 * A context for tests: the text alone, with the document type the header
 * parser would have found (null: let findTargets guess it).
 */
export function testContext(text: string, type: string | null = null): ExtractContext {
  return {
    text,
    layout: {
      info: { symbol: null, type, issuedOn: null, place: null, issuer: null, signer: null, title: null },
      header: null,
      title: null,
      body: { start: 0, end: text.length },
      signature: null,
      recipients: null,
      sections: [],
    },
  };
}

/** Strips `⟦ … ⟧` marks from a test sentence: the plain text and the marked spans, in order. */
export function readMarks(marked: string): { text: string; marks: Span[] } {
  let text = '';
  const marks: Span[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      marks.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}
