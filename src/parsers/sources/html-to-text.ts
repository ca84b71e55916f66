import { classifyChromeLine } from '../normalize/strip-chrome.js';

/**
 * The few fields of a parsed HTML node (domhandler, as cheerio gives it) the
 * walker reads. Kept structural so this module needs no type import from a
 * transitive dependency.
 */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  parent?: HtmlNode | null;
}

/** Elements that never hold article text. */
const JUNK_SELECTOR = [
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'frame', 'object', 'embed',
  'input', 'select', 'button', 'textarea', 'link', 'meta', 'map', 'audio', 'video',
].join(', ');

/** Elements that are page furniture wherever they stand (inside the article too). */
const FURNITURE_SELECTOR = [
  'nav', 'aside', 'menu', 'footer', 'dialog', '[role=navigation]', '[role=complementary]', '[role=contentinfo]',
  '[role=search]', '[hidden]', '[aria-hidden=true]', '[style*="display:none"]', '[style*="display: none"]',
].join(', ');

/**
 * class/id words of page furniture (`menu`, `breadcrumb`, `tin-khac`,
 * `quangcao`, `thongke`…), matched as whole dash/underscore-separated words,
 * with examples of real class names in the tests.
 */
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:menu\w{0,12}|nav|navbar|navigation|breadcrumbs?|sidebar|side-bar|leftcol|rightcol|footer|banner|adverts?|advertisement|ads|qc|quangcao|quang-cao|share|sharing|social|related|lienquan|lien-quan|tinkhac|tin-khac|othernews|other-news|morenews|more-news|comments?|binhluan|binh-luan|pager|pagination|phantrang|phan-trang|counter|thongke|thong-ke|visitors?|statistics?|widget|search|login|toolbar|rating|copyright|popup|modal|cookie)(?:$|[\s_-])/iu;

/** class/id words of the article container on news and government portals. */
const CONTENT_CLASS =
  /(?:^|[\s_-])(?:article\w{0,10}|content\w{0,10}|post\w{0,8}|entry\w{0,8}|detail\w{0,8}|chitiet|chi-tiet|noidung|noi-dung|story|body-?text|main-?content|news-?detail|news-?content|fulltext|full-text)(?:$|[\s_-])/iu;

/** class/id words that mark a page's masthead: a heading inside one is the site name, not a headline. */
const MASTHEAD_CLASS = /(?:^|[\s_-])(?:header|top|logo|brand|site-?name|masthead|menu\w{0,12}|nav|banner|footer|sidebar)(?:$|[\s_-])/iu;

const HEADLINE_CLASS = /(?:^|[\s_-])(?:title|tieude|tieu-de|headline|news-?title|article-?title|post-?title)(?:$|[\s_-])/iu;

/** Blocks that stand apart from their neighbours by a blank line. */
const SPACED_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'dl', 'figure']);
/** Blocks that start on a new line. */
const LINE_BLOCKS = new Set([
  'address', 'article', 'aside', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dt', 'fieldset', 'figcaption',
  'footer', 'header', 'hgroup', 'li', 'main', 'nav', 'section', 'summary', 'tr', 'caption', 'legend', 'tbody',
  'thead', 'tfoot', 'html', 'form', 'menu', 'noscript',
]);

/** Options for `htmlToText`. */
export interface HtmlToTextOptions {
  /**
   * Write `1. ` / `- ` before list items (default true). Off for HTML made
   * from a .docx, whose lists carry Word's numbering style we cannot see:
   * writing `1.` for an `a)` list would invent a label.
   */
  listMarkers?: boolean;
}

/**
 * Reads an HTML page as the article's visible text: scripts, styles, forms,
 * menus, headers and footers, sidebars, share buttons and related-news boxes
 * out; the article container chosen (semantic `article`/`main`, a common
 * content class, else the element holding most of the page's non-link text);
 * the posting's headline kept as the first line. Blocks become lines, `<br>`
 * a line break, list items keep a `1.` / `- ` marker, a data table gives one
 * line per row with cells separated by tabs (a layout table, whose cells hold
 * several lines, gives each cell's lines in turn). Entities are decoded by the
 * parser; comments are not text.
 */
export async function htmlToText(html: string, options: HtmlToTextOptions = {}): Promise<string> {
  const cheerio = await import('cheerio');
  const $ = cheerio.load(html);
  $(JUNK_SELECTOR).remove();
  const root = $.root()[0] as unknown as HtmlNode;
  const body = (($('body')[0] as unknown as HtmlNode | undefined) ?? root) as HtmlNode;

  const textLength = new Map<HtmlNode, number>();
  measure(body, false, textLength);
  const container = pickContainer($('article, main, [role=main], [itemprop=articleBody]').toArray() as unknown as HtmlNode[], body, textLength);

  // Furniture inside the chosen container goes; the container itself stays.
  for (const el of $(FURNITURE_SELECTOR).toArray() as unknown as HtmlNode[]) {
    if (el !== container && contains(container, el)) detach(el);
  }
  for (const el of allElements(container)) {
    if (el === container || holdsMostText(el, container, textLength)) continue;
    // ASP.NET portals wrap the whole page in one <form>: only a small form is furniture.
    if (el.name === 'form' || FURNITURE_CLASS.test(classAndId(el))) detach(el);
  }

  removeRelatedBoxes(container);

  const headline = findHeadline(body, container);
  const out = new TextSink();
  const ctx: RenderContext = { listMarkers: options.listMarkers ?? true };
  if (headline) {
    render(headline, out, false, ctx);
    out.blankLine();
  }
  render(container, out, false, ctx);
  return out.toString();
}

/**
 * Removes the related-news boxes inside the article that no class gave away:
 * an element whose whole text is a footer heading (`Tin khác`, `Tin liên
 * quan`, `Bài viết liên quan`) goes with the box it heads (the largest
 * ancestor whose text starts with it) or, when it stands alone, with the
 * link lists after it.
 */
function removeRelatedBoxes(container: HtmlNode): void {
  const whole = textOf(container).length;
  for (const el of allElements(container)) {
    if (el === container || !el.parent) continue;
    const t = textOf(el);
    if (t.length > 60 || classifyChromeLine(t) !== 'footer') continue;
    let box = el;
    for (;;) {
      const up = box.parent;
      if (!up || up === container) break;
      const upText = textOf(up);
      // Never climb into the article itself.
      if (!upText.startsWith(t) || upText.length > whole / 2) break;
      box = up;
    }
    if (box !== el) {
      detach(box);
      continue;
    }
    const siblings = el.parent.children ?? [];
    const after = siblings.slice(siblings.indexOf(el) + 1);
    detach(el);
    for (const sib of after) {
      if (sib.type === 'text' && (sib.data ?? '').trim() === '') continue;
      if (sib.type !== 'tag' || !mostlyLinks(sib)) break;
      detach(sib);
    }
  }
}

/** Whether at least half of an element's text sits in links (a list of other news). */
function mostlyLinks(el: HtmlNode): boolean {
  let linked = 0;
  let all = 0;
  const walk = (n: HtmlNode, inLink: boolean): void => {
    if (n.type === 'text') {
      const len = (n.data ?? '').replace(/\s+/gu, '').length;
      all += len;
      if (inLink) linked += len;
    } else for (const c of n.children ?? []) walk(c, inLink || n.name === 'a');
  };
  walk(el, false);
  return all > 0 && linked >= all / 2;
}

/** Sums, for every element, the length of its non-link text. */
function measure(node: HtmlNode, inLink: boolean, lengths: Map<HtmlNode, number>): number {
  if (node.type === 'text') return inLink ? 0 : (node.data ?? '').replace(/\s+/gu, '').length;
  if (!node.children) return 0;
  const link = inLink || node.name === 'a';
  let n = 0;
  for (const c of node.children) n += measure(c, link, lengths);
  lengths.set(node, n);
  return n;
}

/**
 * The article container: among semantic and content-class candidates holding
 * at least 100 characters, the innermost one that still holds 70 % of the
 * best candidate's text; else the innermost element holding 60 % of the
 * page's text.
 */
function pickContainer(semantic: HtmlNode[], body: HtmlNode, lengths: Map<HtmlNode, number>): HtmlNode {
  const candidates = new Set(semantic);
  for (const el of allElements(body)) if (CONTENT_CLASS.test(classAndId(el)) && !FURNITURE_CLASS.test(classAndId(el))) candidates.add(el);
  const len = (n: HtmlNode): number => lengths.get(n) ?? 0;
  const good = [...candidates].filter((c) => len(c) >= 100);
  if (good.length > 0) {
    const best = Math.max(...good.map(len));
    const strong = good.filter((c) => len(c) >= 0.7 * best);
    return strong.reduce((a, b) => (contains(a, b) ? b : contains(b, a) ? a : len(b) > len(a) ? b : a));
  }
  const total = len(body);
  let node = body;
  for (;;) {
    const next = (node.children ?? []).find((c) => c.type === 'tag' && len(c) >= 0.6 * total);
    if (!next) return node;
    node = next;
  }
}

/** Whether an element holds most of the container's text (then its class must be a false alarm). */
function holdsMostText(el: HtmlNode, container: HtmlNode, lengths: Map<HtmlNode, number>): boolean {
  return (lengths.get(el) ?? 0) > 0.5 * (lengths.get(container) ?? 0);
}

/**
 * The posting's headline when the container does not start with one: the
 * last `h1`/`h2`/title-class element before the container, outside the
 * masthead, menus and links, with 10 to 400 characters.
 */
function findHeadline(body: HtmlNode, container: HtmlNode): HtmlNode | null {
  if (startsWithHeading(container)) return null;
  let found: HtmlNode | null = null;
  for (const el of allElements(body)) {
    if (el === container) break;
    if (contains(el, container)) continue;
    const isHeading = /^h[12]$/u.test(el.name ?? '') || HEADLINE_CLASS.test(classAndId(el)) || el.attribs?.itemprop === 'headline';
    if (!isHeading) continue;
    const t = textOf(el);
    if (t.length < 10 || t.length > 400 || underMasthead(el)) continue;
    found = el;
  }
  return found;
}

/** Whether a heading of 10+ characters comes before the container's first 50 characters of other text. */
function startsWithHeading(container: HtmlNode): boolean {
  let seen = 0;
  const walk = (n: HtmlNode): boolean | null => {
    if (n.type === 'text') {
      seen += (n.data ?? '').replace(/\s+/gu, '').length;
      return seen >= 50 ? false : null;
    }
    if (n !== container && (/^h[12]$/u.test(n.name ?? '') || HEADLINE_CLASS.test(classAndId(n))) && textOf(n).length >= 10) return true;
    for (const c of n.children ?? []) {
      const r = walk(c);
      if (r !== null) return r;
    }
    return null;
  };
  return walk(container) === true;
}

function underMasthead(el: HtmlNode): boolean {
  for (let p: HtmlNode | null | undefined = el; p; p = p.parent) {
    if (p.name === 'a' || p.name === 'header' || p.name === 'nav' || p.name === 'footer' || p.name === 'aside') return true;
    if (p.type === 'tag' && MASTHEAD_CLASS.test(classAndId(p)) && !CONTENT_CLASS.test(classAndId(p))) return true;
  }
  return false;
}

/** Collects the output text with at most the line breaks asked for. */
class TextSink {
  private parts: string[] = [];
  /** Line breaks owed before the next text (1 = new line, 2 = blank line). */
  private owed = 0;

  text(s: string): void {
    // At the start of a line, leading whitespace is not text.
    const last = this.parts.length > 0 ? this.parts[this.parts.length - 1] : '\n';
    if (this.owed > 0 || last.endsWith('\n')) s = s.replace(/^[ \t\n\r\f]+/u, '');
    if (s === '') return;
    if (this.parts.length > 0 && this.owed > 0) this.parts.push(this.owed >= 2 ? '\n\n' : '\n');
    this.owed = 0;
    this.parts.push(s);
  }
  newLine(): void {
    this.owed = Math.max(this.owed, 1);
  }
  blankLine(): void {
    this.owed = 2;
  }
  /** A line break written now (`<br>`), even between two breaks. */
  hardBreak(): void {
    if (this.owed > 0) this.parts.push(this.owed >= 2 ? '\n\n' : '\n');
    this.owed = 1;
  }
  toString(): string {
    return this.parts.join('');
  }
}

interface RenderContext {
  listMarkers: boolean;
}

/** Renders a node's visible text into the sink. `flat`: inside a table cell, breaks become spaces. */
function render(node: HtmlNode, out: TextSink, flat: boolean, ctx: RenderContext): void {
  if (node.type === 'text') {
    out.text((node.data ?? '').replace(/[ \t\n\r\f]+/gu, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.name ?? '';
  if (name === 'br') {
    if (flat) out.text(' ');
    else out.hardBreak();
    return;
  }
  if (name === 'img' || name === 'hr') {
    if (name === 'hr' && !flat) out.blankLine();
    return;
  }
  if (name === 'pre') {
    out.blankLine();
    out.text(textOf(node, true));
    out.blankLine();
    return;
  }
  if (name === 'table' && !flat) {
    renderTable(node, out, ctx);
    return;
  }
  const spaced = SPACED_BLOCKS.has(name);
  const block = spaced || LINE_BLOCKS.has(name);
  if (block) {
    if (flat) out.text(' ');
    else if (spaced) out.blankLine();
    else out.newLine();
  }
  if (name === 'li' && !flat && ctx.listMarkers) {
    const marker = listMarker(node);
    const own = textOf(node);
    if (marker && !/^(?:[-+•*–]|\d{1,3}[.)]|[a-zđ][.)]|[IVX]{1,5}[.)])/u.test(own)) out.text(marker);
  }
  for (const c of node.children ?? []) render(c, out, flat, ctx);
  if (block) {
    if (flat) out.text(' ');
    else if (spaced) out.blankLine();
    else out.newLine();
  }
}

/** A data table: one line per row, cells split by tabs. A layout table: each cell's lines in turn. */
function renderTable(table: HtmlNode, out: TextSink, ctx: RenderContext): void {
  const rows = allElements(table).filter((el) => el.name === 'tr' && nearestTable(el) === table);
  const cellsOf = (tr: HtmlNode): HtmlNode[] => (tr.children ?? []).filter((c) => c.name === 'td' || c.name === 'th');
  // A layout table (a decision's header, its signature block) has two columns at most, no
  // header cells, and cells of several lines; any other table is data, one row per line.
  const columns = Math.max(0, ...rows.map((tr) => cellsOf(tr).length));
  const hasHeaderCells = rows.some((tr) => cellsOf(tr).some((c) => c.name === 'th'));
  const layout = columns <= 2 && !hasHeaderCells && rows.some((tr) => cellsOf(tr).some((cell) => multiLine(cell)));
  out.blankLine();
  for (const tr of rows) {
    if (layout) {
      for (const cell of cellsOf(tr)) {
        render(cell, out, false, ctx);
        out.blankLine();
      }
      continue;
    }
    const cells = cellsOf(tr).map((cell) => {
      const sink = new TextSink();
      render(cell, sink, true, ctx);
      return sink.toString().replace(/\s+/gu, ' ').trim();
    });
    if (cells.some((c) => c !== '')) {
      out.text(cells.join('\t'));
      out.newLine();
    }
  }
  out.blankLine();
}

/** Whether a cell holds several lines (`<br>`, several paragraphs, a nested table or list). */
function multiLine(cell: HtmlNode): boolean {
  let blocks = 0;
  for (const el of allElements(cell)) {
    if (el === cell) continue;
    if (el.name === 'br' || el.name === 'table' || el.name === 'ul' || el.name === 'ol') return true;
    if (SPACED_BLOCKS.has(el.name ?? '') || el.name === 'div') blocks++;
  }
  return blocks >= 2;
}

function nearestTable(el: HtmlNode): HtmlNode | null {
  for (let p = el.parent; p; p = p.parent) if (p.name === 'table') return p;
  return null;
}

/** `1. ` (the list's own start and type), `- ` for bullets. */
function listMarker(li: HtmlNode): string {
  const list = li.parent;
  if (!list || list.name !== 'ol') return list && list.name === 'ul' ? '- ' : '';
  const items = (list.children ?? []).filter((c) => c.name === 'li');
  let n = Number.parseInt(list.attribs?.start ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  for (const item of items) {
    const v = Number.parseInt(item.attribs?.value ?? '', 10);
    if (Number.isFinite(v)) n = v;
    if (item === li) break;
    n++;
  }
  const type = list.attribs?.type ?? '1';
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + Math.min(Math.max(n, 1), 26));
    return `${type === 'A' ? letter.toUpperCase() : letter}. `;
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(n);
    return `${type === 'i' ? roman.toLowerCase() : roman}. `;
  }
  return `${n}. `;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let s = '';
  let v = Math.max(1, Math.min(n, 3999));
  for (const [k, r] of table) {
    while (v >= k) {
      s += r;
      v -= k;
    }
  }
  return s;
}

/** The element and all elements under it, in document order. */
function allElements(node: HtmlNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    if (n.type === 'tag' || n.type === 'root') out.push(n);
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

function contains(ancestor: HtmlNode, node: HtmlNode): boolean {
  for (let p: HtmlNode | null | undefined = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function detach(el: HtmlNode): void {
  const parent = el.parent;
  if (!parent?.children) return;
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
  el.parent = null;
}

function classAndId(el: HtmlNode): string {
  return `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`.trim();
}

/** The plain text under a node, whitespace collapsed unless `keepSpaces`. */
function textOf(node: HtmlNode, keepSpaces = false): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode): void => {
    if (n.type === 'text') parts.push(n.data ?? '');
    else if (n.name === 'br') parts.push('\n');
    else for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  const s = parts.join('');
  return keepSpaces ? s : s.replace(/\s+/gu, ' ').trim();
}
