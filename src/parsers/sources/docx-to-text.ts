import { SourceError } from './source-error.js';

/**
 * Reads a .docx's text with mammoth: paragraphs (mammoth separates them by a
 * blank line), table cells as paragraphs in reading order. Throws
 * `SourceError` for a damaged archive or one without text.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (e) {
    throw new SourceError(`damaged .docx (${(e as Error).message})`);
  }
  const text = value.normalize('NFC');
  if (text.replace(/\s/gu, '') === '') throw new SourceError('.docx has no text');
  return text;
}
