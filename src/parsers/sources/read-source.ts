import type { SourceFormat, SourceText } from '../../types.js';
import { decodeBytes } from './decode-bytes.js';
import { docxToText } from './docx-to-text.js';
import { htmlToText } from './html-to-text.js';
import { markdownToText } from './markdown-to-text.js';
import { pdfToText } from './pdf-to-text.js';
import { rtfToText } from './rtf-to-text.js';
import { sniffFormat } from './sniff-format.js';
import { SourceError } from './source-error.js';

/**
 * Reads a file's bytes as text, choosing the reader by content first and by
 * the name's extension second (see `sniffFormat`): PDF and DOCX through their
 * readers, RTF through `rtfToText`, HTML and Markdown decoded by `decodeBytes`
 * then read as the text they show, plain text decoded as is (page chrome
 * stays; normalization drops it). Throws `SourceError`, with a reason a user
 * can read, for what cannot be read: empty or binary files, legacy `.doc`,
 * damaged or scanned PDFs, other zip containers.
 */
export async function readSource(bytes: Uint8Array, name = ''): Promise<SourceText> {
  const sniffed = sniffFormat(bytes, name);
  const warnings = [...sniffed.warnings];
  if (sniffed.unsupported) throw new SourceError(sniffed.unsupported);
  const format: SourceFormat = sniffed.format;
  switch (format) {
    case 'pdf':
      return { text: await pdfToText(bytes), format, encoding: 'pdf', warnings };
    case 'docx':
      return { text: await docxToText(bytes), format, encoding: 'utf-8', warnings };
    case 'doc':
      throw new SourceError('legacy .doc is not supported; convert to .docx');
    case 'rtf': {
      const decoded = rtfToText(bytes);
      return { text: decoded.text, format, encoding: decoded.encoding, warnings: [...warnings, ...decoded.warnings] };
    }
    case 'html': {
      const decoded = decodeBytes(bytes);
      const text = await htmlToText(decoded.text);
      if (text.trim() === '') throw new SourceError('HTML page has no text');
      return { text, format, encoding: decoded.encoding, warnings: [...warnings, ...decoded.warnings] };
    }
    case 'md': {
      const decoded = decodeBytes(bytes);
      return { text: await markdownToText(decoded.text), format, encoding: decoded.encoding, warnings: [...warnings, ...decoded.warnings] };
    }
    default: {
      const decoded = decodeBytes(bytes);
      return { text: decoded.text, format: 'txt', encoding: decoded.encoding, warnings: [...warnings, ...decoded.warnings] };
    }
  }
}
