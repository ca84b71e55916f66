import type { PortalMetadata } from '../../types.js';
import type { Edit } from './apply-edits.js';
import { readPortalMetadata } from './read-portal-metadata.js';
import { splitLines, type Line } from './split-lines.js';

/**
 * What a line of page chrome is:
 * - `counter`: a visit counter that says so (`Lượt xem: 2749`, `Đang online: 2`);
 * - `counter-weak`: a counter row that needs a counter beside it (`Hôm nay: 13`, `Tất cả: 4412040`);
 * - `counter-head`: the heading of the counter box (`Thống kê truy cập`), also a footer marker;
 * - `footer`: the heading of the related-news list (`Tin khác`) or a copyright line: the page's
 *   own text ends there;
 * - `related`: a row of a portal's numbered list of related documents, its number glued to the
 *   title (`- 10Nghị định 27/2022/NĐ-CP quy định …`);
 * - `page-head`: the Công báo's running head that a text copy keeps at each page break
 *   (`CÔNG BÁO/Số 45 + 46/Ngày 15-01-2022 3`);
 * - `ad`, `tool` (share / print buttons), `breadcrumb`, `pager` (`1 2 3`), `posting-meta`
 *   (`Ngày đăng: 12/07/2022 08:15`), `editor-label` (`Ban biên tập`), `attachment` (`File đính kèm:`,
 *   `13_CT-UBND_signed.pdf`).
 */
export type ChromeKind =
  | 'counter'
  | 'counter-weak'
  | 'counter-head'
  | 'footer'
  | 'ad'
  | 'attachment'
  | 'tool'
  | 'breadcrumb'
  | 'pager'
  | 'posting-meta'
  | 'related'
  | 'page-head'
  | 'editor-label';

const BULLET = String.raw`(?:[•·*+►▪●◦»›>\-–]\s{0,3})?`;
const COUNT = String.raw`\d[\d., ]{0,15}(?:\.\.\.|…)?`;

/** Line patterns (matched on the trimmed line, case-insensitively), each with real examples. */
export const CHROME_PATTERNS: ReadonlyArray<{ kind: ChromeKind; pattern: RegExp; examples: string[] }> = [
  {
    kind: 'counter',
    pattern: new RegExp(
      String.raw`^${BULLET}(?:số\s+)?(?:lượt\s+(?:xem(?:\s+bài(?:\s+viết)?)?|truy\s+cập|đọc)|tổng\s+(?:số\s+)?(?:lượt\s+)?truy\s+cập|đang\s+(?:online|trực\s+tuyến|truy\s+cập)|số\s+người\s+(?:online|đang\s+truy\s+cập)|online|views?)\s{0,3}:?\s{0,3}${COUNT}(?:\s{0,3}lượt)?$`,
      'iu',
    ),
    examples: ['Lượt xem: 2749', 'Lượt xem: 42', '  • Đang online: 2', 'Tổng lượt truy cập: 1.234.567', 'Số lượt xem 120'],
  },
  {
    // Several counters on one line: `Lượt dowload: 10 Lượt xem: 60`, `Lượt tải: 3 | Lượt xem: 120`.
    kind: 'counter',
    pattern: new RegExp(String.raw`^(?:lượt\s{1,3}\p{L}{2,10}(?:\s\p{L}{2,5})?\s{0,3}:?\s{0,3}${COUNT}\s{0,3}[|•·,;-]?\s{0,3}){2,3}$`, 'iu'),
    examples: ['Lượt dowload: 10 Lượt xem: 60', 'Lượt tải: 3 | Lượt xem: 120'],
  },
  {
    kind: 'counter-weak',
    pattern: new RegExp(
      String.raw`^${BULLET}(?:hôm\s+(?:nay|qua)|trong\s+(?:ngày|tuần|tháng|năm)|(?:tuần|tháng)\s+(?:này|trước)|năm\s+(?:nay|trước)|tất\s+cả|tổng(?:\s+cộng|\s+số)?|khách|thành\s+viên|truy\s+cập)\s{0,3}:?\s{0,3}${COUNT}$`,
      'iu',
    ),
    examples: ['  • Hôm nay: 13', '  • Trong tuần: 681', '  • Tất cả: 4412040', 'Hôm qua: 1.203'],
  },
  {
    kind: 'counter-head',
    pattern:
      /^(?:thống\s+kê\s+(?:lượt\s+)?(?:truy\s+cập|xem)|thống\s+kê\s+website|bộ\s+đếm(?:\s+lượt)?\s+truy\s+cập|số\s+lượt\s+truy\s+cập|lượt\s+truy\s+cập)\s{0,3}:?$/iu,
    examples: ['Thống kê truy cập', 'THỐNG KÊ TRUY CẬP', 'Bộ đếm truy cập'],
  },
  {
    kind: 'footer',
    pattern: new RegExp(
      String.raw`^${BULLET}(?:(?:các\s+)?(?:tin|bài(?:\s+viết)?|tin\s+bài|văn\s+bản)\s+(?:khác|liên\s+quan|cùng\s+(?:chuyên\s+mục|loại|lĩnh\s+vực)|đã\s+(?:đưa|đăng)|mới\s+hơn|cũ\s+hơn)|xem\s+thêm|tin\s+(?:mới|xem|đọc)\s+nhiều(?:\s+nhất)?|tin\s+nổi\s+bật|tin\s+mới\s+nhất|ý\s+kiến\s+bạn\s+đọc|bình\s+luận|gửi\s+(?:ý\s+kiến|bình\s+luận)(?:\s+của\s+bạn)?)\s{0,3}:?$`,
      'iu',
    ),
    examples: ['Tin khác', 'Các tin khác:', 'TIN LIÊN QUAN', 'Bài viết liên quan', 'Tin cùng chuyên mục', 'Xem thêm', 'Ý kiến bạn đọc', 'Gửi bình luận'],
  },
  {
    kind: 'footer',
    pattern: /^(?:bản\s+quyền\s+(?:thuộc|©|\(c\))|copyright(?:\s|©|\(c\))|©\s{0,3}(?:\d{4}|bản\s+quyền|copyright))/iu,
    examples: ['Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Trà Vinh', 'Copyright © 2022 Sở KH&CN', '© 2021 Bản quyền thuộc UBND tỉnh'],
  },
  {
    kind: 'ad',
    pattern: /^(?:(?:image|img|ảnh|hình)\s+)?(?:advertisement|advertising|banner|quảng\s+cáo|ads?)$|^(?:image|img|ảnh|hình)\s+logo$/iu,
    examples: ['image advertisement', 'image banner', 'Quảng cáo', 'Ảnh quảng cáo'],
  },
  {
    kind: 'attachment',
    pattern: /^(?:(?:tải|tải\s+về|tải\s+file|file|tệp|tập\s+tin|văn\s+bản)\s+(?:đính\s+kèm|về)\s{0,3}:?|[^\s/\\]{1,120}\.(?:pdf|docx?|xlsx?|rtf|zip|rar)(?:\s{0,3}\([^)]{0,40}\))?)$/iu,
    examples: ['File đính kèm:', 'Tải về', '13_CT-UBND_signed.pdf', 'KH-65-UBND.docx (250 KB)'],
  },
  {
    kind: 'breadcrumb',
    pattern: /^trang\s+chủ(?:\s{0,3}(?:[»>›/|→]|-\s)|$)/iu,
    examples: ['Trang chủ » Tin tức - Sự kiện', 'Trang chủ > Văn bản chỉ đạo điều hành', 'Trang chủ'],
  },
  {
    kind: 'page-head',
    pattern: /^(?:\d{1,4}\s{1,4})?CÔNG BÁO\s{0,3}\/\s{0,3}Số\s{0,3}\d{1,5}(?:\s{0,3}\+\s{0,3}\d{1,5})?\s{0,3}\/\s{0,3}Ngày\s{0,3}\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s{1,4}\d{1,4})?$/u,
    examples: ['CÔNG BÁO/Số 45 + 46/Ngày 15-01-2022 3', '12 CÔNG BÁO/Số 1103 + 1104/Ngày 28-12-2018'],
  },
  {
    kind: 'related',
    pattern: /^[-•*]\s{0,2}\d{1,3}(?=\p{Lu})\p{L}/u,
    examples: ['- 1Luật đấu thầu 2013', '- 10Nghị định 27/2022/NĐ-CP quy định về cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia'],
  },
  {
    // A posting's date stamp alone on its line, under the headline or after the article
    // (a document's own date stands in its place-and-date line, never bare).
    kind: 'posting-meta',
    pattern:
      /^\(?(?:(?:thứ\s(?:hai|ba|tư|năm|sáu|bảy)|chủ\snhật),?\s{1,3})?\d{1,2}\/\d{1,2}\/\d{4}(?:\s{1,3}[|-]?\s{0,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}(?:AM|PM|SA|CH))?)?(?:\s{0,2}\(GMT\s?\+\s?7\))?\)?$/iu,
    examples: ['15/01/2021', '(21/09/2022)', '19/01/2021 08:30', 'Thứ năm, 30/05/2024 11:24 (GMT+7)'],
  },
  {
    // The page's own title on a news portal (`Chi tiết tin - Sở Khoa học và Công nghệ`).
    kind: 'breadcrumb',
    pattern: /^(?:chi\s+tiết\s+(?:tin(?:\s+tức)?|bài\s+viết|văn\s+bản)|tin\s+chi\s+tiết)(?:\s{0,3}[-–|:»>]\s{0,3}.{0,100})?$/iu,
    examples: ['Chi tiết tin - Sở Khoa học và Công nghệ', 'Chi tiết bài viết', 'Tin chi tiết'],
  },
  {
    kind: 'editor-label',
    pattern: /^ban\s+biên\s+tập(?:\s+(?:website|trang\s+tin|cổng\s+thông\s+tin(?:\s+điện\s+tử)?))?\s{0,3}:?$/iu,
    examples: ['Ban biên tập', 'Ban biên tập website'],
  },
];

/** Buttons and links a page prints around an article, matched as whole words over a whole line. */
export const TOOL_WORDS: readonly string[] = [
  'chia sẻ bài viết', 'chia sẻ', 'in bài viết', 'in bài', 'in trang', 'bản in', 'in', 'gửi email', 'gửi bài viết',
  'gửi bài', 'email', 'e-mail', 'lưu bài viết', 'lưu', 'lên đầu trang', 'về đầu trang', 'đầu trang', 'quay lại',
  'quay về', 'trở về', 'trở lại', 'facebook', 'zalo', 'twitter', 'tweet', 'like', 'share', 'print', 'xem cỡ chữ',
  'cỡ chữ', 'a-', 'a+', 'a', 'nghe đọc bài viết', 'nghe bài viết', 'đọc bài viết', 'tải về', 'tải văn bản',
  'bình luận', 'ý kiến bạn đọc', 'gửi ý kiến', 'đánh giá bài viết', 'sơ đồ trang', 'sitemap', 'rss', 'liên hệ',
  'back to top', 'top',
].slice().sort((a, b) => b.length - a.length);

const TOOL_SEPARATOR = /[\s|•·/\\,;:]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Whether a whole line is a row of buttons (`Chia sẻ | In bài viết | Gửi email`). */
function isToolLine(line: string): boolean {
  if (line.length > 120) return false;
  const s = line.toLowerCase();
  let p = 0;
  let words = 0;
  while (p < s.length) {
    if (TOOL_SEPARATOR.test(s[p])) {
      p++;
      continue;
    }
    const w = TOOL_WORDS.find((t) => s.startsWith(t, p) && !LETTER.test(s.charAt(p + t.length)));
    if (!w) return false;
    words++;
    p += w.length;
  }
  // One short word alone (`In`, `A`) is too little to call a line chrome.
  return words >= 2 || (words === 1 && s.trim().length >= 4);
}

const PAGER = /^(?:[«‹<]{1,2}\s{0,3}|(?:trang|trước|đầu)\s{1,3})?(\d{1,3})\s{1,3}(\d{1,3})(?:\s{1,3}\d{1,3}){0,30}(?:\s{0,3}[»›>]{1,2}|\s{1,3}(?:tiếp|sau|cuối)|\s{0,3}(?:\.\.\.|…))?$/iu;

/** A pager: two or more page numbers counting up from the first (`1 2 3`, `« 1 2 3 4 »`). */
function isPager(line: string): boolean {
  const m = PAGER.exec(line);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

const POSTING_LABEL =
  /^(?:ngày\s+đăng(?:\s+tin)?|đăng\s+(?:ngày|lúc)|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+(?:lúc|ngày))?|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|ngày\s+gửi|lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lượt\s+xem|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?![\p{L}])/iu;
const TIME_WORDS = /lúc|giờ|phút|sáng|chiều|tối|am|pm|gmt|ngày|tháng|năm|lượt/giu;

/** A posting's date or view line (`Ngày đăng: 12/07/2022 08:15 | Lượt xem: 42`, `Thứ Ba, 12/07/2022`). */
function isPostingMeta(line: string): boolean {
  if (line.length > 160 || !POSTING_LABEL.test(line)) return false;
  const parts = line.split(/[|•·]/u).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const m = POSTING_LABEL.exec(part);
    if (!m) return false;
    const value = part.slice(m[0].length).replace(TIME_WORDS, '');
    return /\d/u.test(value) && /^[\d/\-.:,()+\s]*$/u.test(value);
  });
}

/** Classifies one line (already trimmed) as page chrome, or null for text. */
export function classifyChromeLine(line: string): ChromeKind | null {
  const t = line.trim();
  if (t === '' || t.length > 200) return null;
  for (const { kind, pattern } of CHROME_PATTERNS) if (pattern.test(t)) return kind;
  if (isPager(t)) return 'pager';
  if (isPostingMeta(t)) return 'posting-meta';
  if (isToolLine(t)) return 'tool';
  return null;
}

/** Letters of document text needed before a footer marker for it to end the page's text. */
const MIN_TEXT_BEFORE_FOOTER = 200;

/**
 * Drops the page chrome a web or legal-portal copy carries around the
 * document, as whole lines: counters and their box, ads, buttons, breadcrumbs,
 * pagers, posting dates, `Ban biên tập`, and everything from a footer marker
 * (`Tin khác`, `Thống kê truy cập`, a copyright line) to the end once some
 * document text came before it. Reads the legal portal's metadata table and
 * title line into `metadata` and drops them. Document text stays: a posting's
 * headline, the editor's byline at the end, body lines that merely mention a
 * counter word.
 */
export function stripChrome(text: string): { edits: Edit[]; metadata: PortalMetadata } {
  const lines = splitLines(text);
  const { metadata, dropped } = readPortalMetadata(lines);
  const kinds = lines.map((l, i) => (dropped.has(i) ? null : classifyChromeLine(l.text)));
  const drop = new Set(dropped);

  // Counter rows: the weak ones go only inside a box of counters.
  for (let i = 0; i < lines.length; ) {
    const k = kinds[i];
    if (k !== 'counter' && k !== 'counter-weak' && k !== 'counter-head') {
      i++;
      continue;
    }
    const run: number[] = [];
    let strong = false;
    let weak = 0;
    let j = i;
    while (j < lines.length) {
      const kj = kinds[j];
      if (kj === 'counter' || kj === 'counter-head') strong = true;
      else if (kj === 'counter-weak') weak++;
      else if (lines[j].text.trim() !== '') break;
      if (kj) run.push(j);
      j++;
    }
    if (strong || weak >= 3) for (const r of run) drop.add(r);
    i = j;
  }
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if (k && k !== 'counter-weak' && k !== 'counter' && k !== 'footer' && k !== 'counter-head') drop.add(i);
  }

  // A footer marker after enough text ends the page's text, unless document
  // text resumes after it (a related-news box inside an article): then only
  // the box, up to the next paragraph of text, goes.
  let cut = lines.length;
  let letters = 0;
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if ((k === 'footer' || k === 'counter-head') && letters >= MIN_TEXT_BEFORE_FOOTER) {
      let resume = i + 1;
      while (resume < lines.length && !(kinds[resume] === null && !drop.has(resume) && isParagraphOfText(lines[resume].text))) resume++;
      if (resume < lines.length) {
        for (let j = i; j < resume; j++) drop.add(j);
        i = resume - 1;
        continue;
      }
      cut = i;
      break;
    }
    // Before any document text (a sidebar copied above the article) only the marker goes:
    // what follows may be the posting's headline.
    if (k === 'footer') drop.add(i);
    if (!drop.has(i) && letters < MIN_TEXT_BEFORE_FOOTER) letters += countLetters(lines[i]);
  }

  const edits: Edit[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i >= cut) {
      edits.push({ start: lines[i].start, end: text.length, insert: '' });
      break;
    }
    if (drop.has(i)) edits.push({ start: lines[i].start, end: Math.min(lines[i].end + 1, text.length), insert: '' });
  }
  return { edits, metadata };
}

const SECTION_START = /^(?:[IVXLC]{1,6}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ][).,]|Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d)\s/u;

/**
 * A line that can only be document text, never a related-news title: a
 * numbered or lettered section, a closing `./.`, `Nơi nhận`, or a sentence of
 * 120+ characters in mixed case ending in `.`, `;` or `:`.
 */
function isParagraphOfText(text: string): boolean {
  const t = text.trim();
  if (SECTION_START.test(t) || t.endsWith('./.') || /^Nơi nhận/iu.test(t)) return true;
  return t.length >= 120 && /[.;:]$/u.test(t) && t !== t.toUpperCase();
}

/** Characters of text on a line (spaces not counted); enough to tell a page's text from its furniture. */
function countLetters(line: Line): number {
  return line.text.replace(/\s+/gu, '').length;
}
