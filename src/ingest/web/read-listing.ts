import * as cheerio from 'cheerio';
import { resolveLink } from './resolve-link.js';

/** A link a listing page gives to one posting. */
export interface ListingItem {
  /** Absolute, without fragment. */
  url: string;
  title: string;
}

/**
 * The postings a listing page links to: the elements `linkSelector` picks
 * (an `<a href>` itself, or the first `<a href>` inside it, so `.news-item`
 * and `.news-item a` both work), their URLs resolved against the page (its
 * `<base href>` first), in page order, each URL once, `#…`/`javascript:`/
 * `mailto:` links dropped. The title is the link's text, else its `title`
 * attribute.
 */
export function readListing(html: string, pageUrl: string, linkSelector: string): ListingItem[] {
  const $ = cheerio.load(html);
  const base = resolveLink($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
  const seen = new Set<string>();
  const items: ListingItem[] = [];
  $(linkSelector).each((_, el) => {
    const picked = $(el);
    const a = picked.is('a[href]') ? picked : picked.find('a[href]').first();
    if (!a.length) return;
    const url = resolveLink(a.attr('href'), base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const text = a.text().replace(/\s+/gu, ' ').trim();
    items.push({ url, title: (text || (a.attr('title') ?? '').trim()).normalize('NFC') });
  });
  return items;
}
