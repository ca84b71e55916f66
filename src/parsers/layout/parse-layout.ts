import type { DocumentLayout, PortalMetadata } from '../../types.js';

/**
 * Finds the header block (document identity), the body, the signature block,
 * the `Nơi nhận` list and the section tree (STUB: whole text is the body).
 */
export function parseLayout(text: string, metadata: PortalMetadata = {}): DocumentLayout {
  void metadata;
  return {
    info: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null },
    header: null,
    title: null,
    body: { start: 0, end: text.length },
    signature: null,
    recipients: null,
    sections: [],
  };
}
