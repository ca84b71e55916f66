/**
 * When a line break is a hard wrap and not a real line end: the grammar of
 * Vietnamese administrative text, read at a line boundary. Copies from legal
 * portals (thuvienphapluat, thuviennhadat, luatminhkhue) and PDF text keep the
 * source's wrap at about 80 columns, and header cells at about 20, so names,
 * dates and references are cut in two (`của Bộ Nông nghiệp và Phát triển nông` /
 * `thôn`, `ngày 24 tháng` / `02 năm 2009`, `Tam` / `Kỳ, ngày 19 tháng 6 năm 2007`).
 */

// A line that ends a sentence, a clause or a label: the break after it is real.
const TERMINAL = /[.;:!?…]["”’»)]?$/u;

// A line that starts a numbered or lettered item, a bullet or a structural
// heading is its own line, never the tail of the one above.
const ITEM_START =
  /^(?:[-+•*–—]\s|[a-zđ]{1,2}[).,](?:\s|$)|\(?[ivx]{1,5}\)(?:\s|$)|[IVXLC]{1,6}[.)/-](?:\s|$)|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:\s|$)|\d{1,2}(?:\.\d{1,2}){1,3}\s|(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ lục|PHỤ LỤC)\s)/u;

// Words that cannot end a line of running text: prepositions, conjunctions,
// classifiers and the words that take a number or a name after them.
const OPEN_WORD =
  /(?:^|\s)(?:của|và|về|tại|cho|theo|với|các|những|thuộc|trên|đến|từ|số|là|được|do|bởi|hoặc|trong|giữa|tới|nhằm|gồm|qua|cùng|vào|ngày|tháng|năm|giai đoạn|khóa|khoá)$/u;
// The head of a body's name, which needs the name after it (`Theo đề nghị của Sở` / `Thông tin và Truyền thông`).
const ORGAN_HEAD_END = /(?:^|\s)(?:Sở|Bộ|Ban|Cục|Chi cục|Tổng cục|Phòng|Trung tâm|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Văn phòng|Viện|Vụ|Liên minh|Kho bạc|Thanh tra)$/u;
// The same words in a line of capitals (a trích yếu printed in capitals).
// Also the head of a body's name, which needs the name after it (`… CỦA BAN` / `BÍ THƯ …`).
const OPEN_WORD_CAPS =
  /(?:^|\s)(?:CỦA|VÀ|VỀ|TẠI|CHO|THEO|VỚI|CÁC|NHỮNG|THUỘC|TRÊN|ĐẾN|TỪ|SỐ|LÀ|ĐƯỢC|DO|TRONG|GIỮA|NHẰM|NGÀY|THÁNG|NĂM|GIAI ĐOẠN|VIỆC|ĐỊA|KHÓA|KHOÁ|BAN|BỘ|SỞ|CỤC|VỤ|VIỆN|ỦY BAN|UỶ BAN|HỘI ĐỒNG|THỦ TƯỚNG|CHỈ|NGHỊ|KẾ)$/u;
// A line that ends in a số ký hiệu (`20/2016/QĐ-TTG`): a date may follow on the next line.
const SYMBOL_END = /\d{1,5}(?:\/\d{4})?\/[\p{Lu}Đ][\p{L}&]{0,9}(?:-[\p{L}&]{1,10}){0,3}$/u;
const DATE_START = /^(?:ngày|NGÀY)\s\d/u;

// A structural word alone on its line, its number on the next (`Điều` / `1. Ban hành kèm theo …`).
const LONE_STRUCTURE_WORD = /^(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)$/u;
const NUMBER_START = /^(?:\d{1,3}|[IVXLC]{1,7})(?![\p{L}\d])/u;
// An article label alone on its line, its heading on the next (`Điều 1.` / `Phê duyệt Kế hoạch …`).
const LONE_ARTICLE = /^(?:Điều|ĐIỀU)\s\d{1,3}[a-z]?\s?[.:]?$/u;
// A bullet alone on its line, its text on the next (`-` / `Tích cực chuyển dịch …`).
const LONE_BULLET = /^[-+•–]$/u;
// A position that needs its organ after it, and the organ on the next line
// (`Chủ tịch` / `UBND các huyện, thị xã`, `Chánh` / `Văn phòng Ủy ban nhân dân tỉnh`).
const POSITION_END = /(?:^|\s)(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Chánh|Phó Chánh|Thủ trưởng|Bộ trưởng|Thứ trưởng|Cục trưởng|Vụ trưởng|Chi cục trưởng|Trưởng|Phó|Trưởng ban|Trưởng phòng)$/u;
const ORGAN_START = /^(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Văn phòng|Sở|Bộ|Ban|Cục|Chi cục|Vụ|Phòng|Trung tâm|Thanh tra|Công an|Viện|Tổng cục|Kho bạc|Đài|Báo)(?![\p{L}])/u;

// A line ending in a dash between words (`Sở Lao động -` / `Thương binh và Xã hội`) goes on.
const SPACED_DASH_END = /\s[-–]$/u;
// The openers of a new paragraph of a decision or letter, which a comma before them does not join.
const PARAGRAPH_OPENER = /^(?:Căn cứ|Xét|Theo đề nghị|Thực hiện|Kính gửi|Nơi nhận|Điều\s\d|QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|KẾT LUẬN)/u;

// A Roman-numbered heading in capitals (`I. MỤC TIÊU`), which a portal copy may wrap.
const ROMAN_HEADING = /^[IVXLC]{1,6}[.)]\s\p{Lu}/u;
const TYPE_WORDS_CAPS = /^(?:QUYẾT ĐỊNH|KẾ HOẠCH|BÁO CÁO|CHỈ THỊ|THÔNG TƯ|NGHỊ ĐỊNH|NGHỊ QUYẾT|PHỤ LỤC|DANH MỤC|BIỂU|MẪU)/u;

const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\d/u;
const UPPER_START = /^\p{Lu}/u;

// Header lines: the motto and the heads of issuer names, folded, which a narrow
// header cell cuts anywhere (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM`, `ỦY` / `BAN NHÂN DÂN`).
const HEADER_PHRASES = ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'UY BAN NHAN DAN', 'HOI DONG NHAN DAN'];
// Type words printed in capitals and cut in two (`QUYẾT` / `ĐỊNH`).
const TYPE_PHRASES = [
  'QUYET DINH', 'KE HOACH', 'BAO CAO', 'CHI THI', 'THONG TU', 'NGHI DINH', 'NGHI QUYET',
  'CONG VAN', 'THONG BAO', 'TO TRINH', 'HUONG DAN', 'CHUONG TRINH', 'CONG DIEN',
];
// `Số:` alone on its line, its number on the next.
const SYMBOL_LABEL = /^Số\s?:?$/u;
// The first half of a place name cut before `, ngày` (`Tam` / `Kỳ, ngày 19 …`, `Bà Rịa - Vũng` / `Tàu, ngày …`).
const PLACE_HEAD = /^\p{Lu}\p{Ll}{0,7}(?:\s(?:-\s)?\p{Lu}\p{Ll}{0,7}){0,3}$/u;
const PLACE_TAIL = /^\p{Lu}\p{Ll}{0,7}(?:[\s-]{1,3}\p{Lu}\p{Ll}{0,7}){0,2}\s?,\s?ngày\s/u;

/** Folds a line of capitals for comparison with the header phrases: no tone marks, `Đ` → `D`. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'D')
    .toUpperCase();
}

function isCaps(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** A header line cut inside the motto, an issuer head or a type word. */
function cutInHeaderPhrase(prev: string, next: string): boolean {
  if (prev.length > 40 || !isCaps(prev) || !isCaps(next)) return false;
  const head = fold(prev);
  const joined = `${head} ${fold(next)}`;
  for (const phrase of HEADER_PHRASES) {
    if (head.length < phrase.length && phrase.startsWith(head + ' ') && (phrase.startsWith(joined) || joined.startsWith(phrase + ' ') || joined === phrase)) return true;
  }
  return TYPE_PHRASES.includes(joined);
}

/**
 * Whether the break between two non-blank lines is a hard wrap: `next` goes
 * on the sentence of `prev`. `inHeader` allows the header rules (the motto,
 * an issuer head, `Số:` or a place name cut by a narrow table cell), which
 * only the top of a document may use.
 */
export function continuesLine(prev: string, next: string, inHeader: boolean): boolean {
  // Table rows (cells split by tabs) are lines of their own.
  if (prev.includes('\t') || next.includes('\t')) return false;
  if (inHeader) {
    if (SYMBOL_LABEL.test(prev) && DIGIT_START.test(next)) return true;
    if (cutInHeaderPhrase(prev, next)) return true;
    if (PLACE_HEAD.test(prev) && PLACE_TAIL.test(next)) return true;
  }
  if (LONE_STRUCTURE_WORD.test(prev)) return NUMBER_START.test(next);
  if (LONE_BULLET.test(prev)) return !ITEM_START.test(next);
  if (LONE_ARTICLE.test(prev)) return UPPER_START.test(next) && !ITEM_START.test(next);
  if (ITEM_START.test(next) || TERMINAL.test(prev)) return false;
  if (POSITION_END.test(prev) && ORGAN_START.test(next)) return true;
  // A lower-case line under a line of capitals is a new line (`QUYẾT ĐỊNH` / `về việc …`), not a wrap.
  if (LOWER_START.test(next)) return !isCaps(prev);
  // `mùa khô năm 2019 -` / `2020.`: a range or a name cut at its dash
  if (SPACED_DASH_END.test(prev) && DIGIT_START.test(next)) return true;
  if (DATE_START.test(next) && SYMBOL_END.test(prev)) return true;
  if (DIGIT_START.test(next)) return OPEN_WORD.test(prev) || OPEN_WORD_CAPS.test(prev) || /\p{Ll}$/u.test(prev);
  if (UPPER_START.test(next)) {
    if (OPEN_WORD.test(prev)) return true;
    if (ORGAN_HEAD_END.test(prev) && !isCaps(next)) return !PARAGRAPH_OPENER.test(next);
    if (SPACED_DASH_END.test(prev)) return !PARAGRAPH_OPENER.test(next);
    // `I. MỤC ĐÍCH,` / `YÊU CẦU`: a heading of capitals cut after a comma
    if (prev.endsWith(',') && isCaps(prev) && isCaps(next) && !next.endsWith(':')) return !PARAGRAPH_OPENER.test(next);
    // `… của các cơ quan Đảng,` / `Nhà nước, Mặt trận …`: running text cut after a comma
    if (prev.endsWith(',') && !isCaps(prev) && !isCaps(next)) return !PARAGRAPH_OPENER.test(next);
    if (!isCaps(prev) || !isCaps(next)) return false;
    // `I. MỤC TIÊU` / `ĐẾN NĂM 2030`: a heading in capitals goes on in capitals (a new part has its label)
    return OPEN_WORD_CAPS.test(prev) || (ROMAN_HEADING.test(prev) && !PARAGRAPH_OPENER.test(next) && !TYPE_WORDS_CAPS.test(next));
  }
  return false;
}
