import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFeed } from '../src/ingest/web/read-feed.js';
import { readListing } from '../src/ingest/web/read-listing.js';
import { findAttachments } from '../src/ingest/web/find-attachments.js';
import { parsePublished } from '../src/ingest/web/parse-published.js';
import { WebError } from '../src/ingest/web/web-error.js';
import { portalPage, rssFeed, atomFeed } from './http-test-server.js';
import { mulberry32 } from '../src/util/mulberry32.js';

const devText = readFileSync(fileURLToPath(new URL('../fixtures/dev/004_a701ac0b9a96718b.txt', import.meta.url)), 'utf8');


const PIECES = ['<', '>', '</item>', '<item>', '<link>', ']]>', '<![CDATA[', '&amp;', '&#x0;', '"', "'", '\u0000', '\uFFFD', 'đ', '.pdf', 'href=', '<a href="', '/', '#', ' ', '\n', 'javascript:', '%', '%E0%A4%A'];

/** The text with a few cuts, duplications and inserted markup pieces. */
function mutate(text: string, rnd: () => number): string {
  let s = text;
  const edits = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * s.length);
    const kind = rnd();
    if (kind < 0.3) s = s.slice(0, at) + s.slice(at + Math.floor(rnd() * 200));
    else if (kind < 0.6) s = s.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + s.slice(at);
    else if (kind < 0.8) s = s.slice(0, at) + s.slice(Math.floor(rnd() * s.length), Math.floor(rnd() * s.length)) + s.slice(at);
    else s = s.slice(0, at) + String.fromCharCode(Math.floor(rnd() * 0x2000)).repeat(1 + Math.floor(rnd() * 3000)) + s.slice(at);
  }
  return s;
}

const items = [
  { link: '/tin/1.html', title: 'Chỉ thị 13/CT-UBND', pubDate: 'Thu, 20 May 2021 10:00:00 +0700' },
  { link: 'https://a.gov.vn/tin/2.html', title: 'Kế hoạch 65/KH-UBND' },
];
const SAMPLES = [
  rssFeed(items),
  atomFeed(items.map((i) => ({ link: i.link, title: i.title, published: '2021-05-20T10:00:00+07:00' }))),
  portalPage('Chỉ thị 13/CT-UBND', devText, [{ href: '/files/13-CT-UBND.pdf', label: 'Tải về' }]),
];

describe('the web readers on mutated real markup', () => {
  it('should return items or throw a WebError, within a time bound, for 60 mutated feeds and pages', () => {
    const rnd = mulberry32(20260522);
    for (let n = 0; n < 60; n++) {
      const input = mutate(SAMPLES[n % SAMPLES.length], rnd);
      const started = performance.now();
      try {
        const feed = readFeed(input, 'https://a.gov.vn/rss');
        for (const item of feed) expect(item.url).toMatch(/^https?:\/\//u);
      } catch (e) {
        if (!(e instanceof WebError)) throw new Error(`seed 20260522 #${n}: ${(e as Error).stack}`);
      }
      for (const link of readListing(input, 'https://a.gov.vn/ds', 'a')) expect(link.url).not.toContain('#');
      for (const att of findAttachments(input, 'https://a.gov.vn/tin/1.html')) expect(att.url).toMatch(/^https?:\/\//u);
      expect(performance.now() - started, `#${n}`).toBeLessThan(2000);
    }
  });

  it('should read dates in linear time on long adversarial strings', () => {
    for (const s of ['1'.repeat(100_000), '1/'.repeat(50_000), `Thu, 20 Jan 2022 ${'0'.repeat(100_000)}`, 'GMT+'.repeat(30_000), `${'12/'.repeat(30_000)}2022`]) {
      const started = performance.now();
      parsePublished(s);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('should find attachment names in linear time in a long link text without a file name', () => {
    const text = 'x'.repeat(200_000);
    const started = performance.now();
    expect(findAttachments(`<a href="/tai-ve">${text}</a><a href="/b">${'a.'.repeat(100_000)}</a>`, 'https://a.gov.vn/')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
