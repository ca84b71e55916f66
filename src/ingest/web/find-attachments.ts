import * as cheerio from 'cheerio';
import { resolveLink } from './resolve-link.js';

/** A file a posting links to. */
export interface AttachmentLink {
  /** Absolute, without fragment. */
  url: string;
  /** The link's text (else its title, else the file name). */
  label: string;
}

/** Extensions of document files we read, each with a real-looking link that shows it. */
export const ATTACHMENT_EXTENSIONS: ReadonlyArray<{ ext: string; example: string }> = [
  { ext: 'pdf', example: '/Uploads/files/2022/13-CT-UBND.pdf' },
  { ext: 'docx', example: '/van-ban/KH-65-UBND.docx' },
  { ext: 'doc', example: '/Portals/0/CV-2550.doc' },
  { ext: 'rtf', example: '/files/QD-166.rtf' },
];

const EXT = ATTACHMENT_EXTENSIONS.map((e) => e.ext).join('|');
/** A path or query value that ends in a document extension. */
const ENDS_WITH_EXT = new RegExp(`\\.(?:${EXT})$`, 'iu');
/**
 * A file name with a document extension inside a link's text: 'Tải về:
 * 13-CT-UBND.pdf'. Only whether one is there matters, so one character of
 * name before the dot is enough, and the scan stays one pass over the text.
 */
const FILE_NAME_IN_TEXT = new RegExp(`[^\\s/\\\\.]\\.(?:${EXT})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Page furniture whose links are the portal's, not the posting's (a user
 * guide PDF in the menu would otherwise be an attachment of every posting).
 */
const FURNITURE = 'nav, header, footer, [role=navigation], .menu, #menu, .menu-top, .navbar, .footer, #footer, .header, #header';

/**
 * The document files a posting page links to: with `selector`, the links it
 * picks (an `<a href>`, or the `<a href>` elements inside what it picks);
 * otherwise every link whose path (or a query value, as in
 * `DownloadFile.aspx?file=KH-65.docx`) ends in .pdf/.docx/.doc/.rtf, or a
 * download link whose text names such a file ('Tải về: 13-CT-UBND.pdf'),
 * links in menus, headers and footers left out.
 * URLs absolute (against the page's `<base href>` first), fragments dropped,
 * each once, in page order.
 */
export function findAttachments(html: string, pageUrl: string, selector?: string): AttachmentLink[] {
  const $ = cheerio.load(html);
  const base = resolveLink($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
  const seen = new Set<string>();
  const out: AttachmentLink[] = [];
  const consider = (el: Parameters<typeof $>[0], picked: boolean) => {
    const a = $(el);
    const url = resolveLink(a.attr('href'), base);
    if (!url || seen.has(url)) return;
    const text = a.text().replace(/\s+/gu, ' ').trim();
    const title = (a.attr('title') ?? '').trim();
    if (!picked && !isDocumentUrl(url) && !FILE_NAME_IN_TEXT.test(text) && !FILE_NAME_IN_TEXT.test(title)) return;
    seen.add(url);
    out.push({ url, label: (text || title || fileNameOf(url)).normalize('NFC') });
  };
  if (selector) {
    $(selector).each((_, el) => {
      const picked = $(el);
      if (picked.is('a[href]')) consider(el, true);
      else picked.find('a[href]').each((_i, a) => consider(a, true));
    });
  } else {
    $('a[href]').each((_, el) => {
      if ($(el).closest(FURNITURE).length === 0) consider(el, false);
    });
  }
  return out;
}

/** The URL's path, or one of its query values, ends in a document extension. */
function isDocumentUrl(url: string): boolean {
  const u = new URL(url);
  if (ENDS_WITH_EXT.test(safeDecode(u.pathname))) return true;
  for (const value of u.searchParams.values()) if (ENDS_WITH_EXT.test(value.trim())) return true;
  return false;
}

function fileNameOf(url: string): string {
  const u = new URL(url);
  return safeDecode(u.pathname.split('/').pop() ?? '') || u.host;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
