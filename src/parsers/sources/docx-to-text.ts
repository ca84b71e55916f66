import { htmlToText } from './html-to-text.js';
import { SourceError } from './source-error.js';

/**
 * Reads a .docx's text: mammoth turns it into HTML and `htmlToText` reads
 * that, so line breaks inside a paragraph (`ỦY BAN NHÂN DÂN<w:br/>TỈNH LÀO
 * CAI`, which mammoth's raw-text mode glues into "DÂNTỈNH") stay breaks and a
 * header or signature table keeps its cells' lines. Word's automatic list
 * numbers are not written (mammoth does not say whether a list counts `1.`
 * or `a)`). Throws `SourceError` for a damaged archive or one without text.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: true },
    ));
  } catch (e) {
    throw new SourceError(`damaged .docx (${(e as Error).message})`);
  }
  const text = (await htmlToText(`<body>${html}</body>`, { listMarkers: false })).normalize('NFC');
  if (text.replace(/\s/gu, '') === '') throw new SourceError('.docx has no text');
  return text;
}
