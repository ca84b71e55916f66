import type { PortalMetadata } from '../../types.js';
import type { Line } from './split-lines.js';

type Field = Exclude<keyof PortalMetadata, 'title'>;

/** One label of a portal's table; `more` names the fields of extra value cells after the first. */
interface PortalLabel {
  label: string;
  field: Field | null;
  more?: ReadonlyArray<Field | null>;
  example: string;
}

/**
 * The labels of the metadata table legal portals print around a document
 * (thuvienphapluat, vbpl.vn, luatvietnam, provincial portals), longest first
 * so `Ngày có hiệu lực` wins over a shorter prefix. `field` is where the value
 * goes; labels without a field are read and dropped.
 */
export const PORTAL_LABELS: ReadonlyArray<PortalLabel> = ([
  { label: 'Số hiệu', field: 'symbol', example: 'Số hiệu 13/CT-UBND' },
  { label: 'Số ký hiệu', field: 'symbol', example: 'Số ký hiệu: 166/QĐ-UBND' },
  { label: 'Số/Ký hiệu', field: 'symbol', example: 'Số/Ký hiệu: 65/KH-UBND' },
  { label: 'Ký hiệu', field: 'symbol', example: 'Ký hiệu: 2199/KH-UBND' },
  { label: 'Ngày ban hành', field: 'issuedOn', example: 'Ngày ban hành 20/05/2021' },
  { label: 'Ngày có hiệu lực', field: 'effectiveOn', example: 'Ngày có hiệu lực 20/05/2021' },
  { label: 'Ngày hiệu lực', field: 'effectiveOn', example: 'Ngày hiệu lực: 01/07/2022' },
  { label: 'Ngày bắt đầu hiệu lực', field: 'effectiveOn', example: 'Ngày bắt đầu hiệu lực: 01/07/2022' },
  { label: 'Loại văn bản', field: 'type', example: 'Loại văn bản Chỉ thị' },
  { label: 'Hình thức văn bản', field: 'type', example: 'Hình thức văn bản: Quyết định' },
  { label: 'Cơ quan ban hành', field: 'issuer', example: 'Cơ quan ban hành Tỉnh Lào Cai' },
  {
    label: 'Cơ quan ban hành/Chức danh/Người ký',
    field: 'issuer',
    more: [null, 'signer'],
    example: 'Cơ quan ban hành/ Chức danh / Người ký\tUBND tỉnh Lào Cai\tChủ tịch\tTrịnh Xuân Trường',
  },
  { label: 'Nơi ban hành', field: 'issuer', example: 'Nơi ban hành: Tỉnh Trà Vinh' },
  { label: 'Đơn vị ban hành', field: 'issuer', example: 'Đơn vị ban hành: Sở Khoa học và Công nghệ' },
  { label: 'Người ký', field: 'signer', example: 'Người ký Trịnh Xuân Trường' },
  { label: 'Người ký duyệt', field: 'signer', example: 'Người ký duyệt: Lê Văn Quang' },
  { label: 'Chức danh', field: null, example: 'Chức danh: Chủ tịch' },
  { label: 'Lĩnh vực, ngành', field: null, example: 'Lĩnh vực, ngành: Khoa học - Công nghệ' },
  { label: 'Lĩnh vực', field: null, example: 'Lĩnh vực Lĩnh vực khác' },
  { label: 'Ngành', field: null, example: 'Ngành: Khoa học và Công nghệ' },
  { label: 'Ngày hết hiệu lực', field: null, example: 'Ngày hết hiệu lực: Đang cập nhật' },
  { label: 'Ngày công báo', field: null, example: 'Ngày công báo: Đang cập nhật' },
  { label: 'Ngày đăng công báo', field: null, example: 'Ngày đăng công báo: 05/06/2021' },
  { label: 'Số công báo', field: null, example: 'Số công báo: Đang cập nhật' },
  { label: 'Tình trạng hiệu lực', field: null, example: 'Tình trạng hiệu lực: Còn hiệu lực' },
  { label: 'Tình trạng', field: null, example: 'Tình trạng: Đã biết' },
  { label: 'Phạm vi', field: null, example: 'Phạm vi: Tỉnh Lào Cai' },
  { label: 'Nguồn thu thập', field: null, example: 'Nguồn thu thập: Công báo' },
  { label: 'Áp dụng', field: null, example: 'Áp dụng: Đã biết' },
  { label: 'Hiệu lực', field: null, example: 'Hiệu lực: Còn hiệu lực' },
  { label: 'Trích yếu', field: null, example: 'Trích yếu: Về tăng cường hoạt động khoa học và công nghệ' },
] satisfies PortalLabel[]).sort((a, b) => b.label.length - a.label.length);

/** Tab and button labels a portal prints next to its table; dropped only beside a table. */
export const PORTAL_TAB_LABELS: readonly string[] = [
  'thuộc tính', 'thuộc tính văn bản', 'thông tin văn bản', 'văn bản gốc', 'văn bản gốc/pdf', 'lược đồ', 'tải về',
  'tải văn bản', 'hiệu lực', 'toàn văn', 'tiếng anh', 'vb liên quan', 'mục lục', 'nội dung', 'tóm tắt',
  'lưu trữ', 'theo dõi văn bản', 'văn bản tiếng việt',
];

/** Type words a portal's title line begins with (`Chỉ thị 13/CT-UBND năm 2021 về …`). */
const TITLE_TYPE =
  /^(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Lệnh|Nghị quyết(?: liên tịch)?|Nghị định|Quyết định|Chỉ thị|Thông tư(?: liên tịch)?|Kế hoạch|Công văn|Công điện|Thông báo|Báo cáo|Hướng dẫn|Chương trình|Đề án|Quy định|Quy chế|Tờ trình|Văn bản hợp nhất|Điều lệ)\s/iu;

/** Values that stand for "not known" on portals: read, not kept. */
const PLACEHOLDER = /^(?:đã biết|đang cập nhật|chưa cập nhật|không có|không xác định|chưa xác định|chưa có|\.{2,}|…|-{1,3}|\*+)$/iu;

interface Pair {
  field: Field | null;
  value: string;
}

interface ParsedLine {
  pairs: Pair[];
  /** The last label had no value on its line: the value is on the next line. */
  pending: Field | null | undefined;
}

/** Finds which label a cell starts with, if any: the label then end, `:`, or a space. */
const LABEL_INITIALS = new Set(PORTAL_LABELS.map((l) => l.label[0].toLowerCase()));

// Lower-cased once: matchLabel runs on every line that starts with a label's initial.
const LOWER_LABELS = PORTAL_LABELS.map((label) => ({ label, lower: label.label.toLowerCase() }));

function matchLabel(raw: string): { label: PortalLabel; rest: string } | null {
  if (!LABEL_INITIALS.has(raw.charAt(0).toLowerCase())) return null;
  // `Cơ quan ban hành/ Chức danh / Người ký`: spaces around slashes vary.
  const cell = raw.replace(/\s{0,4}\/\s{0,4}/gu, '/');
  const lower = cell.toLowerCase();
  for (const { label: l, lower: label } of LOWER_LABELS) {
    if (!lower.startsWith(label)) continue;
    const next = cell.charAt(label.length);
    if (next !== '' && next !== ':' && next !== ' ') continue;
    const rest = cell
      .slice(label.length)
      .replace(/^\s{0,4}:?\s{0,4}/u, '')
      .trim();
    return { label: l, rest };
  }
  return null;
}

/** Reads a line as label/value pairs (cells split by tabs), or null when some cell is not part of one. */
function parseMetaLine(raw: string): ParsedLine | null {
  if (raw.length === 0 || raw.length > 300) return null;
  // `• Ngày có hiệu lực: 15/06/2022` (vbpl.vn): a bullet before a row
  const text = splitInlineLabels(raw.replace(/^[•·*-]\s{1,3}/u, ''));
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  const pairs: Pair[] = [];
  let pending: Field | null | undefined;
  let extra: Array<Field | null> = [];
  for (const cell of cells) {
    const m = matchLabel(cell);
    if (m) {
      extra = [...(m.label.more ?? [])];
      if (m.rest === '') pending = m.label.field;
      else {
        pairs.push({ field: m.label.field, value: m.rest });
        pending = undefined;
      }
    } else if (pending !== undefined) {
      pairs.push({ field: pending, value: cell });
      pending = undefined;
    } else if (extra.length > 0) {
      pairs.push({ field: extra.shift() ?? null, value: cell });
    } else return null;
  }
  if (pairs.length === 0 && pending === undefined) return null;
  return { pairs, pending };
}

/** The labels that may follow another cell on the same line, with their colon: ` Loại văn bản:`. */
const INLINE_LABELS = PORTAL_LABELS.map((l) => ` ${l.label}:`);

/**
 * Two rows printed on one line without a cell break (lawnet.vn: `Số hiệu: 12/2018/TT-BKHCN
 * Loại văn bản: Thông tư`): a tab before every further `Label:`. Only lines with a label and
 * a colon are looked at.
 */
function splitInlineLabels(text: string): string {
  if (!text.includes(':')) return text;
  let out = text;
  for (const label of INLINE_LABELS) {
    const at = out.indexOf(label);
    if (at > 0) out = `${out.slice(0, at)}\t${out.slice(at + 1)}`;
  }
  return out;
}

/** A portal's status row, which no document prints: `Hiệu lực: Còn hiệu lực`, `Tình trạng: Đã biết`. */
const STATUS_ROW = /^(?:[•·*-]\s{1,3})?(?:Hiệu lực|Tình trạng(?: hiệu lực)?|Ngày hết hiệu lực|Ngày công báo|Số công báo)\s{0,3}:/u;

/** Whether a line looks like a portal's title line for this table. */
function isPortalTitle(text: string, symbol: string | undefined): boolean {
  if (text.length > 400 || !TITLE_TYPE.test(text)) return false;
  if (symbol && text.replace(/\s/gu, '').includes(symbol.replace(/\s/gu, ''))) return true;
  return /\d{1,5}[/-]/u.test(text) && /(?<!\p{L})năm \d{4}/u.test(text);
}

/**
 * Finds the legal portal's metadata table (`Số hiệu`, `Ngày ban hành`,
 * `Loại văn bản`, `Người ký`, …: label then value on the same line, in tab
 * cells, or on the next line), reads it into `PortalMetadata`, and gives the
 * lines to drop: the table, the portal tabs beside it, and the portal's title
 * line directly above it (kept as `metadata.title`). A run of label lines
 * counts as a table only when it gives at least two of the identity fields
 * (symbol, dates, type, issuer, signer), so a body line that happens to start
 * with `Người ký` stays.
 */
export function readPortalMetadata(lines: readonly Line[]): { metadata: PortalMetadata; dropped: Set<number> } {
  const metadata: PortalMetadata = {};
  const dropped = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const first = parseMetaLine(lines[i].text.trim());
    if (!first) {
      i++;
      continue;
    }
    const block: number[] = [];
    const pairs: Pair[] = [];
    let j = i;
    let last = i;
    while (j < lines.length) {
      const text = lines[j].text.trim();
      if (text === '') {
        j++;
        continue;
      }
      const parsed = parseMetaLine(text);
      if (!parsed) break;
      block.push(j);
      pairs.push(...parsed.pairs);
      last = j;
      j++;
      if (parsed.pending !== undefined) {
        // The value sits on the next non-blank line.
        while (j < lines.length && lines[j].text.trim() === '') j++;
        if (j < lines.length && !parseMetaLine(lines[j].text.trim())) {
          pairs.push({ field: parsed.pending, value: lines[j].text.trim() });
          block.push(j);
          last = j;
          j++;
        }
      }
    }
    const fields = new Set(pairs.map((p) => p.field).filter((f) => f !== null));
    // Two rows or more, one a portal's status row (`Hiệu lực: Còn hiệu lực`) and one a number or
    // a date of the document (vbpl.vn's `• Ngày có hiệu lực: 15/06/2022`): a table's tail too.
    const portalOnly =
      block.length >= 2 &&
      (fields.has('symbol') || fields.has('issuedOn') || fields.has('effectiveOn')) &&
      block.some((k) => STATUS_ROW.test(lines[k].text.trim()));
    if (fields.size < 2 && !portalOnly) {
      i = last + 1;
      continue;
    }
    for (const p of pairs) {
      if (p.field && metadata[p.field] === undefined && !PLACEHOLDER.test(p.value)) metadata[p.field] = p.value;
    }
    for (let k = i; k <= last; k++) dropped.add(k);
    // Portal tabs directly below and above, then the title line above them.
    let below = last + 1;
    while (below < lines.length) {
      const t = lines[below].text.trim().toLowerCase().replace(/:$/u, '');
      if (t !== '' && !PORTAL_TAB_LABELS.includes(t)) break;
      if (t !== '') dropped.add(below);
      below++;
    }
    let above = i - 1;
    while (above >= 0) {
      const t = lines[above].text.trim();
      if (t === '') {
        above--;
        continue;
      }
      if (PORTAL_TAB_LABELS.includes(t.toLowerCase().replace(/:$/u, ''))) {
        dropped.add(above);
        above--;
        continue;
      }
      if (isPortalTitle(t, metadata.symbol)) {
        if (metadata.title === undefined) metadata.title = t;
        dropped.add(above);
      }
      break;
    }
    i = last + 1;
  }
  return { metadata, dropped };
}
