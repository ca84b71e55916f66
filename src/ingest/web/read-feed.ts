import * as cheerio from 'cheerio';
import { parsePublished } from './parse-published.js';
import { resolveLink } from './resolve-link.js';
import { WebError } from './web-error.js';

/** One entry of a feed: the posting it links to. */
export interface FeedItem {
  /** Absolute, without fragment. */
  url: string;
  title: string;
  /** ISO timestamp, or null when the item has no readable date. */
  publishedAt: string | null;
}

/**
 * The items of an RSS 2.0 (or RSS 1.0/RDF) or Atom feed, in feed order, each
 * URL resolved against the feed's URL; items without a usable link are
 * skipped, a URL seen twice is kept once. A body that is not XML, an HTML
 * page, or XML with no RSS channel or Atom feed throws a `WebError` at stage
 * 'feed' saying which.
 */
export function readFeed(body: string, feedUrl: string): FeedItem[] {
  const text = body.replace(/^\uFEFF/u, '');
  const start = text.trimStart();
  if (!start.startsWith('<')) {
    const head = start.length > 40 ? `${start.slice(0, 40).trimEnd()}…` : start;
    throw new WebError(feedUrl, 'feed', start === '' ? 'not XML: empty body' : `not XML: the body starts with ${JSON.stringify(head)}`);
  }
  const $ = cheerio.load(text, { xml: true });
  const rootEl = $.root().children().get(0) as { name?: string } | undefined;
  const root = (rootEl?.name ?? '').toLowerCase();
  if (root === 'html' || /^<!doctype\s{1,8}html/iu.test(start)) {
    throw new WebError(feedUrl, 'feed', 'not a feed: the body is an HTML page');
  }
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  const add = (href: string | undefined, title: string, date: string | undefined) => {
    const url = resolveLink(href, feedUrl);
    if (!url || seen.has(url)) return;
    seen.add(url);
    items.push({ url, title: cleanTitle(title), publishedAt: parsePublished(date) });
  };

  if (root === 'rss' || root === 'rdf:rdf') {
    if (root === 'rss' && $('channel').length === 0) throw new WebError(feedUrl, 'feed', 'RSS without a channel');
    $('item').each((_, el) => {
      const item = $(el);
      const link = item.children('link').first().text().trim() || permaLinkGuid(item);
      const date = item.children('pubDate').first().text() || item.children('dc\\:date').first().text() || item.children('published').first().text();
      add(link, item.children('title').first().text(), date);
    });
    return items;
  }
  if (root === 'feed') {
    $('entry').each((_, el) => {
      const entry = $(el);
      const links = entry.children('link');
      const alternate = links.filter((_i, l) => ($(l).attr('rel') ?? 'alternate') === 'alternate').first();
      const href = (alternate.length ? alternate : links.first()).attr('href');
      const date = entry.children('published').first().text() || entry.children('updated').first().text();
      add(href, entry.children('title').first().text(), date);
    });
    return items;
  }
  throw new WebError(feedUrl, 'feed', root ? `XML without an RSS channel or Atom feed (root <${root}>)` : 'not XML: no element could be read');
}

/** An RSS guid that is a permalink (the default) and looks like a URL. */
function permaLinkGuid(item: cheerio.Cheerio<any>): string {
  const guid = item.children('guid').first();
  if (!guid.length || guid.attr('isPermaLink') === 'false') return '';
  const value = guid.text().trim();
  return /^(?:https?:)?\/\//iu.test(value) || value.startsWith('/') ? value : '';
}

/** A title as one line: tags some feeds leave inside CDATA dropped, spaces collapsed. */
function cleanTitle(title: string): string {
  return title
    .replace(/<[^<>]{0,500}>/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}
