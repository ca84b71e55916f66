/**
 * An href as an absolute http(s) URL without its fragment (the server never
 * sees it, so `a.html#top` and `a.html` are one posting), or null for what is
 * not a page to fetch: empty, `#…`, `javascript:`, `mailto:`, `tel:`, data
 * URLs, or text that does not parse as a URL.
 */
export function resolveLink(href: string | undefined | null, base: string): string | null {
  const raw = (href ?? '').trim();
  if (raw === '' || raw.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
