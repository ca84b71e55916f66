import { SourceError } from './source-error.js';
import { stripPageFurniture } from './strip-page-furniture.js';

/** Minimal shape of a pdf.js text item (a `TextMarkedContent` has no `str`). */
interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Reads a PDF's text layer: items in content order, a line break where pdf.js
 * marks the end of a line, pages separated by a blank line, page numbers and
 * the Công báo running head at a page's top or bottom dropped. Fonts are not
 * loaded (text only). Throws `SourceError` for a damaged or password-protected
 * file, and for a PDF with no text at all (a scan: it needs OCR first).
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0, isEvalSupported: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new SourceError('PDF is password-protected');
    throw new SourceError(`damaged PDF (${(e as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== 'string') continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(stripPageFurniture(text.split('\n')).join('\n').trim());
      page.cleanup();
    }
    const text = pages.join('\n\n').normalize('NFC');
    if (text.replace(/\s/gu, '') === '') throw new SourceError('PDF has no text layer (a scanned image?): run OCR first');
    return text;
  } finally {
    await pdf.destroy();
  }
}
