import { ISSUER_OPENER, NEXT_MENTION, ORGAN_HEAD, TYPE_WORD_FIRST_WORDS } from './patterns.js';

/** The `của …` phrase of a mention. */
export interface AttachedIssuer {
  /** Start of `của`. */
  start: number;
  /** Start and end of the issuer's name (what goes into `issuer`). */
  nameStart: number;
  end: number;
  name: string;
}

/**
 * Words that end an issuer's name even in the second-syllable slot or in
 * capitals: what follows a `của X` in administrative writing (`về`, `về
 * việc`, `V/v`, `ban hành`, `phê duyệt`, `thực hiện`, `triển khai`, `ngày` …).
 */
const STOP_WORDS = [
  'về', 'v/v', 'ban hành', 'phê duyệt', 'thực hiện', 'triển khai', 'ngày', 'năm', 'tháng', 'tại', 'theo',
  'quy định', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'đã', 'đề nghị', 'giao', 'trên', 'đến', 'trong', 'để',
  'nhằm', 'cho', 'với', 'là', 'thì', 'khi', 'được', 'có', 'kèm', 'số', 'giai đoạn', 'hỗ trợ', 'gồm', 'như',
  'này', 'đó', 'ký', 'nghiên cứu', 'yêu cầu', 'chỉ đạo các', 'tổ chức thực hiện', 'đang', 'sẽ', 'cũng',
  'và các', 'các', 'những', 'mà', 'nay', 'từ', 'qua', 'vào', 'thông qua', 'quyết định', 'chấp thuận',
  'công bố', 'về việc', 'kết luận', 'đánh giá', 'ứng dụng', 'phát động', 'thành lập', 'kiện toàn', 'bãi bỏ',
];

/**
 * Lower-case words that belong inside a body's name (`Ủy ban nhân dân tỉnh`,
 * `Ban chấp hành Đảng bộ tỉnh`, `Sở Kế hoạch và Đầu tư`, `Bộ Nông nghiệp và
 * Phát triển nông thôn`) wherever they stand.
 */
const NAME_WORDS = [
  'nhân dân', 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'và', 'chấp hành',
  'thường vụ', 'tối cao', 'trung ương', 'nhà nước', 'đảng bộ', 'đảng ủy', 'đảng uỷ', 'khóa', 'khoá', 'vận tải',
  'nông thôn', 'xã hội', 'đào tạo', 'đầu tư', 'công nghệ', 'môi trường', 'du lịch', 'truyền thông', 'thương binh',
  'dân tộc', 'tôn giáo', 'chính phủ', 'quốc hội', 'tỉnh ủy', 'tỉnh uỷ', 'huyện ủy', 'huyện uỷ', 'thành ủy',
  'thành uỷ', 'bộ trưởng', 'chủ tịch', 'chủ tịch nước', 'lần thứ nhất', 'lần thứ hai', 'lần thứ ba', 'lần thứ tư',
  'cán sự đảng', 'cán sự', 'tập thể lãnh đạo', 'lần thứ năm', 'lần thứ sáu', 'lần thứ bảy', 'lần thứ tám', 'lần thứ chín', 'lần thứ mười', 'lần thứ',
];

const STOP_SET = buildPhraseMatcher(STOP_WORDS);
const NAME_SET = buildPhraseMatcher(NAME_WORDS);

/** A word of a name: letters and `&` (`KH&CN`); `TP.` before a capital (`TP.Hồ Chí Minh`) counts as one word. */
const WORD = /(?:TP|Tp)\.\s?(?=\p{Lu})|[\p{L}&]+/uy;
/** Between words: spaces, or a hyphen/dash with spaces (`Bà Rịa - Vũng Tàu`, `Lao động - Thương binh`). */
const BETWEEN = /[ \t\u00A0]{0,2}[-–][ \t\u00A0]{0,2}|[ \t\u00A0]{1,3}/uy;

const MAX_WORDS = 18;

/** Name words after which a place name follows. */
const PLACE_WORD = /^(?:tỉnh|thành\s{1,3}phố|huyện|quận|thị\s{1,3}xã|thị\s{1,3}trấn|xã|phường)$/iu;

/**
 * Reads a `của …` issuer phrase at `at` (right after a symbol or its date) and
 * returns the name as written, stopping where the name ends: before `về`,
 * `V/v`, `ban hành`, `phê duyệt`, `thực hiện`, `ngày` …, at punctuation,
 * digits, a line break, or a lower-case word that cannot be part of a name.
 * A name is capitalised words (each may take one lower-case second syllable,
 * `Chính phủ`, `Tỉnh ủy`) and the name words (`nhân dân`, `tỉnh`, `và` …);
 * in an ALL CAPS headline every word is a capital. Null when no name starts
 * with a capital. For a `joint` document (`TTLT`, `NQLT`) a comma before
 * another body's head word adds that co-issuer.
 */
export function attachIssuer(text: string, at: number, joint = false): AttachedIssuer | null {
  ISSUER_OPENER.lastIndex = at;
  const opener = ISSUER_OPENER.exec(text);
  if (!opener) return null;
  const start = at + opener[0].search(/\S/u);
  const nameStart = at + opener[0].length;
  let pos = nameStart;
  let end = nameStart;
  let words = 0;
  let previousCapital = false;
  // After `tỉnh`, `huyện` … comes a place name: all its words are capitals
  // (`tỉnh Điện Biên`), so a lower-case word there ends the name (`tiến hành`).
  let placeName = false;
  while (words < MAX_WORDS) {
    WORD.lastIndex = pos;
    const w = WORD.exec(text);
    if (!w) break;
    // One lower-casing per word serves both phrase lists.
    const lower = w[0].toLowerCase();
    if (STOP_SET(text, pos, lower)) break;
    if (TYPE_WORD_FIRST_WORDS.has(lower) && startsNextMention(text, pos)) break;
    const name = NAME_SET(text, pos, lower);
    let next: number;
    const capital = isCapital(w[0].charCodeAt(0), w[0]);
    // At the start only a capitalised name phrase (`Chủ tịch nước`).
    if (name && (words > 0 || capital)) {
      next = pos + name;
      placeName = PLACE_WORD.test(text.slice(pos, next));
    } else {
      if (!capital && !(previousCapital && words > 0 && !placeName)) break;
      next = pos + w[0].length;
      const after = text.charCodeAt(next);
      if (after >= 48 && after <= 57) break;
    }
    // A lower-case second syllable follows only a capital (`Chính phủ`, not `phủ phê`).
    previousCapital = capital && !name;
    end = next;
    words++;
    // `TP.` already took its gap.
    const last = text.charCodeAt(next - 1);
    if (last === 46 || last === 32) {
      pos = next;
      continue;
    }
    BETWEEN.lastIndex = next;
    let gap = BETWEEN.exec(text);
    if (!gap) gap = commaInName(text, next);
    if (!gap && joint) gap = coIssuerGap(text, next);
    if (!gap) break;
    const after = next + gap[0].length;
    // A hyphen joins only two parts of a name (`Bà Rịa - Vũng Tàu`).
    if (/[-–]/u.test(gap[0]) && !isCapital(text.charCodeAt(after), text[after] ?? '')) break;
    pos = after;
  }
  // Connectors cannot end a name.
  let nameText = text.slice(nameStart, end);
  const trimmed = nameText.replace(/(?:[\s\u00A0]+(?:và|VÀ))+$/u, '');
  nameText = trimmed;
  if (!nameText || !/^\p{Lu}/u.test(nameText)) return null;
  return { start, nameStart, end: nameStart + nameText.length, name: nameText };
}

/**
 * Builds a test "does one of these phrases start at `pos` as whole words"
 * (case-insensitive), returning the phrase's length in the text or 0. Spaces
 * inside a phrase match one to three spaces.
 */
function buildPhraseMatcher(phrases: readonly string[]): (text: string, pos: number, firstWord: string) => number {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`[ \t\u00A0]{1,3}`));
  const re = new RegExp(String.raw`(?:${alternatives.join('|')})(?![\p{L}\p{N}])`, 'iuy');
  // Most words start no phrase: a set of first words skips the pattern for them.
  const firstWords = new Set(phrases.map((p) => p.split(/[ /&]/u)[0].toLowerCase()));
  return (text, pos, firstWord) => {
    if (!firstWords.has(firstWord)) return 0;
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? m[0].length : 0;
  };
}

/**
 * A comma between the fields of one body's name (`Bộ Văn hóa, Thể thao và Du lịch`,
 * `Bộ Lao động, Thương binh và Xã hội`): one or two capitalised words, then `và` and a
 * capital. A body's head word after the comma starts another body, not a field.
 */
const FIELD_AFTER_COMMA = /,[ \t\u00A0]{1,2}(?=\p{Lu}\p{Ll}{0,7}(?:[ \t]\p{Ll}{1,7})?(?:[ \t]\p{Lu}\p{Ll}{0,7}(?:[ \t]\p{Ll}{1,7})?)?[ \t]và[ \t]\p{Lu})/uy;

function commaInName(text: string, at: number): RegExpExecArray | null {
  if (text.charCodeAt(at) !== 44) return null; // ','
  FIELD_AFTER_COMMA.lastIndex = at;
  const comma = FIELD_AFTER_COMMA.exec(text);
  if (!comma) return null;
  ORGAN_HEAD.lastIndex = at + comma[0].length;
  return ORGAN_HEAD.test(text) ? null : comma;
}

/** `, ` before a body's head word (`, Bộ Tài chính`), as a gap, or null. */
function coIssuerGap(text: string, at: number): RegExpExecArray | null {
  const m = /,[ \t\u00A0]{1,2}/uy;
  m.lastIndex = at;
  const comma = m.exec(text);
  if (!comma) return null;
  ORGAN_HEAD.lastIndex = at + comma[0].length;
  return ORGAN_HEAD.test(text) ? comma : null;
}

/** A type word and a number start here: the next mention, not part of this name. */
function startsNextMention(text: string, pos: number): boolean {
  NEXT_MENTION.lastIndex = pos;
  return NEXT_MENTION.test(text);
}

/** An upper-case letter: ASCII fast, the rest by case mapping. */
function isCapital(code: number, ch: string): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return ch[0] !== ch[0].toLowerCase();
}
