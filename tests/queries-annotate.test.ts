import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/store/open-database.js';
import { documentItems } from '../src/store/queries/document-items.js';
import { annotateHtml, escapeHtml } from '../src/output/annotate-html.js';
import { annotateMarkdown, escapeMarkdown } from '../src/output/annotate-md.js';
import { renderMarks, sectionAnchorId } from '../src/output/annotate-marks.js';
import { at, ref, result, save, section, closeTempDbs, tempDb } from './queries-helpers.js';

afterEach(closeTempDbs);

// A document whose text tries to inject markup, with a reference (holding a date) to a stored document.
const EVIL = `II. Nhiệm vụ <script>alert("x")</script>
3. Triển khai [bấm](javascript:alert(1)) theo Quyết định số 166/QĐ-UBND ngày 20/01/2022 của UBND tỉnh;
a) Sở Tài chính bảo đảm *_100%_* hồ sơ & <b>đúng hạn</b> \\ \`code\`
`;
const CITED = 'QUYẾT ĐỊNH 166/QĐ-UBND';

function build(): { db: Db; id: number; citedId: number } {
  const t = tempDb();
  const key = 'qd|166|2022|ubnd|tra-vinh';
  const [citedId] = save(t.db, [{ ...result(CITED, { document: { symbol: '166/QĐ-UBND', title: 'Kế hoạch <hành động>' } }), citationKey: key }]);
  const ii = section(EVIL, 'II. Nhiệm vụ <script>alert("x")</script>', 'II');
  const s3 = section(EVIL, '3. Triển khai [bấm](javascript:alert(1)) theo Quyết định số 166/QĐ-UBND ngày 20/01/2022 của UBND tỉnh;', 'II/3');
  const sa = section(EVIL, 'a) Sở Tài chính bảo đảm *_100%_* hồ sơ & <b>đúng hạn</b> \\ `code`', 'II/3/a');
  const r = ref(EVIL, 'Quyết định số 166/QĐ-UBND ngày 20/01/2022', '166/QĐ-UBND', { key });
  const date = at(EVIL, '20/01/2022');
  const u = at(EVIL, 'Sở Tài chính');
  const tg = at(EVIL, '100%');
  const [id] = save(t.db, [
    result(EVIL, {
      sections: [ii, s3, sa],
      references: [r],
      dates: [{ ...date, text: '20/01/2022', value: '2022-01-20', precision: 'day', role: 'issue', section: 'II/3' }],
      units: [{ ...u, name: 'Sở Tài chính', canonical: 'Sở Tài chính', role: 'lead', sentence: u, section: 'II/3/a' }],
      targets: [{ ...tg, text: '100%', value: 100, max: null, unit: '%', comparator: '=', kind: 'target', sentence: tg, section: 'II/3/a' }],
    }),
  ]);
  return { db: t.db, id, citedId };
}

/** The text of an HTML fragment with tags removed and entities read back. */
const htmlText = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('annotate', () => {
  it('should escape every piece of source text in HTML, so a document cannot inject tags or links', () => {
    const { db, id, citedId } = build();
    const html = annotateHtml(documentItems(db, id), { link: 'doc-{id}.html' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;đúng hạn&lt;/b&gt;');
    expect(html).not.toMatch(/href="javascript/i);
    // The only link is vanban's own, to the cited document in the database.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([`doc-${citedId}.html`]);
    const body = html.slice(html.indexOf('<div class="vanban">') + 20, html.lastIndexOf('</div>'));
    expect(htmlText(body)).toBe(EVIL);
  });

  it('should nest a date inside its reference and anchor each section by its path', () => {
    const { db, id } = build();
    const html = annotateHtml(documentItems(db, id), { link: 'doc-{id}.html' });
    expect(html).toMatch(/<a class="ref"[^>]*>Quyết định số 166\/QĐ-UBND ngày <mark class="date"[^>]*>20\/01\/2022<\/mark><\/a>/);
    expect(html).toContain('<a id="s-II"></a>II. Nhiệm vụ');
    expect(html).toContain('<a id="s-II-3"></a>3. Triển khai');
    expect(html).toContain('<a id="s-II-3-a"></a>a) <span class="unit lead"');
    expect(html).toContain('<mark class="target target" title="100 %">100%</mark>');
  });

  it('should escape Markdown so that brackets, emphasis, HTML and entities in the text stay text', () => {
    const { db, id, citedId } = build();
    const md = annotateMarkdown(documentItems(db, id), { link: 'doc-{id}.md' });
    expect(md).toContain('\\[bấm\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*\\_**100\\%**\\_\\*');
    expect(md).toContain('\\& \\<b\\>đúng hạn\\<\\/b\\> \\\\ \\`code\\`');
    expect(md).toContain(`[Quyết định số 166/QĐ\\-UBND ngày *20/01/2022*](doc-${citedId}.md)`.replace('166/', '166\\/').replace('20/01/', '20\\/01\\/'));
    expect(md).toContain('<a id="s-II-3-a"></a>a\\) _Sở Tài chính_');
    // No raw link or tag other than vanban's own anchors and link.
    expect(md.replace(/<a id="s-[A-Za-z0-9._-]+"><\/a>/g, '')).not.toMatch(/(?<!\\)<[a-z/]/i);
  });

  it('should drop indentation and keep line breaks in Markdown', () => {
    expect(escapeMarkdown('    1. Mục\nhai', true)).toBe('1\\. Mục  \nhai');
    expect(escapeMarkdown('a\n    b', false)).toBe('a  \nb');
  });

  it('should split a mark that crosses another so that tags stay well nested', () => {
    const text = 'abcdefghij';
    const items = [
      { start: 1, end: 6, name: 'x' },
      { start: 4, end: 9, name: 'y' },
    ];
    const out = renderMarks(text, items, { text: (s) => s, open: (i) => `<${i.name}>`, close: (i) => `</${i.name}>` });
    expect(out).toBe('a<x>bcd<y>ef</y></x><y>ghi</y>j');
  });

  it('should make section anchors from paths without marks or spaces', () => {
    expect(sectionAnchorId('II/3/a')).toBe('s-II-3-a');
    expect(sectionAnchorId('Chương I/Điều 5')).toBe('s-Chuong-I-Dieu-5');
    expect(escapeHtml(`<a href='x'>&`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;');
  });
});
