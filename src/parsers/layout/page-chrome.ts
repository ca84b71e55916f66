import type { PortalMetadata } from '../../types.js';
import type { LayoutLine } from './layout-lines.js';

/**
 * Lines a web page or legal portal puts around a document: counters, ads,
 * navigation. Normalization removes them upstream; the layout stage still
 * skips them so that no section, signer or title is ever read from them.
 */
const CHROME_LINES: readonly RegExp[] = [
  /^Lượt (?:xem|đọc|truy cập)\s{0,3}:?\s{0,3}[\d.,]{1,15}$/iu, // Lượt xem: 2749
  /^Thống kê truy cập$/iu,
  /^[•·*-]?\s{0,3}(?:Đang online|Đang truy cập|Hôm nay|Hôm qua|Trong tuần|Tuần này|Trong tháng|Tháng này|Tất cả|Tổng (?:số )?(?:lượt )?truy cập)\s{0,3}:\s{0,3}[\d.,]{1,15}$/iu,
  /^image (?:advertisement|banner)$/iu,
  /^(?:Tin khác|Các tin khác|Tin liên quan|Bài viết liên quan|Văn bản liên quan|Chia sẻ|In bài viết|Bản in|Gửi email|Quay lại|Về đầu trang|Xem thêm|Ban biên tập)$/iu,
  /^(?:\d{1,3} ){1,12}\d{1,3}$/u, // pagination `1 2 3`
  /^(?:Trang chủ|Home)\s{0,3}[>»/|›]/iu, // breadcrumbs
  /^(?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày|Thời gian đăng|Ngày xuất bản)\s{0,3}:?\s{0,3}\d/iu,
  // A bare date-time stamp: `12/03/2022 08:30`, `Thứ hai, 12/03/2022`.
  /^(?:(?:Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật),?\s{1,3})?\d{1,2}\/\d{1,2}\/\d{4}(?:\s{1,3}\|?\s{0,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,2}(?:AM|PM|SA|CH))?)?$/iu,
  /^(?:Cỡ chữ|Font size|Chia sẻ bài viết|In trang|Lưu bài viết)\b/iu,
];

/** Rows of a legal portal's metadata table (`Số hiệu 13/CT-UBND`, `Người ký Trịnh Xuân Trường`). */
const TABLE_ROW =
  /^(Số hiệu|Ngày ban hành|Ngày có hiệu lực|Ngày hiệu lực|Ngày hết hiệu lực|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Lĩnh vực|Tình trạng hiệu lực|Tình trạng|Ngày công báo|Số công báo|Ngày đăng)(?:\s{0,3}:)?(?:\s{1,3}(.{1,200}))?$/u;

const FIELD: Record<string, keyof PortalMetadata> = {
  'Số hiệu': 'symbol',
  'Ngày ban hành': 'issuedOn',
  'Ngày có hiệu lực': 'effectiveOn',
  'Ngày hiệu lực': 'effectiveOn',
  'Loại văn bản': 'type',
  'Cơ quan ban hành': 'issuer',
  'Nơi ban hành': 'issuer',
  'Người ký': 'signer',
};

// Lines after which a web page only lists other things (other news, related documents, counters).
const TAIL_MARKER = /^(?:Tin khác|Các tin khác|Tin liên quan|Các tin liên quan|Bài viết liên quan|Văn bản liên quan|Tin cùng chuyên mục|Xem thêm|Thống kê truy cập)\s{0,3}:?$/iu;

/** True for a line after which the page holds no more document text (`Tin khác`, `Thống kê truy cập`). */
export function isTailMarker(text: string): boolean {
  return TAIL_MARKER.test(text);
}

/** True for a counter, ad or navigation line. */
export function isChromeLine(text: string): boolean {
  return CHROME_LINES.some((re) => re.test(text));
}

/** The chrome lines of a document and the portal metadata found in them. */
export interface PageChrome {
  lines: Set<number>;
  metadata: PortalMetadata;
}

/**
 * Finds page chrome among the lines: counters and ads anywhere, and a legal
 * portal's metadata table (three or more rows close together) with the portal
 * title line just above it. The table's values come back as metadata; they
 * only fill fields the document text lacks.
 */
export function findPageChrome(lines: LayoutLine[]): PageChrome {
  const chrome = new Set<number>();
  const metadata: PortalMetadata = {};
  for (const line of lines) if (line.text && isChromeLine(line.text)) chrome.add(line.index);

  const rows = lines.filter((l) => TABLE_ROW.test(l.text));
  // A table: rows with at most two other non-blank lines between them.
  let group: LayoutLine[] = [];
  const flush = (): void => {
    if (group.length >= 3) {
      for (const r of group) {
        chrome.add(r.index);
        const m = TABLE_ROW.exec(r.text)!;
        const key = FIELD[m[1]];
        if (key && m[2] && metadata[key] === undefined) metadata[key] = m[2].trim();
      }
      const title = previousText(lines, group[0].index, chrome);
      if (title && title.index >= group[0].index - 3 && !TABLE_ROW.test(title.text)) {
        chrome.add(title.index);
        metadata.title = title.text;
      }
    }
    group = [];
  };
  for (const r of rows) {
    if (group.length && r.index - group[group.length - 1].index > 3) flush();
    group.push(r);
  }
  flush();
  return { lines: chrome, metadata };
}

function previousText(lines: LayoutLine[], index: number, chrome: Set<number>): LayoutLine | undefined {
  for (let i = index - 1; i >= 0; i--) if (lines[i].text && !chrome.has(i)) return lines[i];
  return undefined;
}
