import { TYPE_WORDS } from '../lexicon/type-words.js';
import { DATE_ONLY, TYPE_WORD_ANYWHERE } from './patterns.js';
import { isoDate } from './attach-date.js';

/** What stands in front of a symbol. */
export interface TypeWordFound {
  /** Where the mention starts: the type word, or the symbol itself when there is none. */
  start: number;
  /** The full type of the type word; null for a generic word (`Văn bản`) or none. */
  type: string | null;
  /** A type word (or abbreviation) was found. */
  hasWord: boolean;
  /** `số` (or `số:`) stands right before the symbol. */
  hasNumberWord: boolean;
  /** Where `số` starts, when there. */
  numberWordStart: number | null;
  /** A date between the type word and `số` (`Quyết định ngày 24 tháng 6 năm 1977 số 169-CP`). */
  dateBefore: string | null;
}

/** How far back a type word may stand from its symbol (a law's name sits between). */
const WINDOW = 200;
/** The most words a name between a type word and `số` may have (`Luật Ban hành văn bản quy phạm pháp luật`). */
const MAX_NAME_WORDS = 16;


/**
 * Finds the type word of the mention whose symbol starts at `symbolStart`,
 * looking back no further than `floor` (the previous mention's end or the
 * line start):
 * - right before the symbol, with or without `số` (`Quyết định số 166/…`,
 *   `QĐ 36/QĐ-TTg`, `NGHỊ QUYẾT 01/NQ-CP`);
 * - before a capitalised name and `số` (`Luật Chất lượng sản phẩm, hàng hóa
 *   số 05/2007/QH12`), where a lower-case type word inside the name
 *   (`văn bản`, `pháp luật`) does not count;
 * - before `ngày …` and `số` (a date written first).
 * `codeType` is the type the symbol's type code gives, if it has one: a type
 * word further back that contradicts it is not this mention's.
 */
export function findTypeWord(text: string, symbolStart: number, floor: number, codeType: string | null = null): TypeWordFound {
  const from = Math.max(floor, symbolStart - WINDOW);
  const none: TypeWordFound = { start: symbolStart, type: null, hasWord: false, hasNumberWord: false, numberWordStart: null, dateBefore: null };

  const numberWordStart = numberWordBefore(text, symbolStart, from);
  const so = numberWordStart !== null;
  let headEnd = numberWordStart ?? symbolStart;
  while (headEnd > from && isSpace(text.charCodeAt(headEnd - 1))) headEnd--;

  // Right before: a written-out type word or a capitalised abbreviation.
  const direct = typeWordEndingAt(text, headEnd, from);
  if (direct) {
    return { start: direct.start, type: direct.type, hasWord: true, hasNumberWord: so, numberWordStart, dateBefore: null };
  }
  if (!so) return none;

  // Further back, a name or a date between the type word and `số`.
  const head = text.slice(from, numberWordStart);
  const found: { index: number; word: string }[] = [];
  TYPE_WORD_ANYWHERE.lastIndex = 0;
  for (let m = TYPE_WORD_ANYWHERE.exec(head); m; m = TYPE_WORD_ANYWHERE.exec(head)) {
    found.push({ index: m.index, word: m[0] });
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const { index, word } = found[i];
    // A name may hold another type word (`Quyết định Phê duyệt Đề án … số
    // 12/QĐ-UBND`): one that contradicts the symbol's own type code is skipped.
    const wordType = typeOf(word);
    if (codeType && wordType && wordType !== codeType) continue;
    const between = head.slice(index + word.length);
    const date = DATE_ONLY.exec(between);
    if (date?.groups) {
      const g = date.groups;
      const value = isoDate(g.d1 ?? g.d2, g.m1 ?? g.m2, g.y1 ?? g.y2);
      return { start: from + index, type: typeOf(word), hasWord: true, hasNumberWord: true, numberWordStart, dateBefore: value };
    }
    if (isName(between)) {
      return { start: from + index, type: typeOf(word), hasWord: true, hasNumberWord: true, numberWordStart, dateBefore: null };
    }
    // A capitalised type word that does not fit hides any earlier one.
    if (/^\p{Lu}/u.test(word)) break;
  }
  return { ...none, hasNumberWord: true, numberWordStart };
}

/** The most words a type word has (`Thông tư liên tịch`, `Thông báo kết luận`). */
const MAX_TYPE_WORDS = Math.max(...TYPE_WORDS.map((w) => w.word.split(' ').length));
const WRITTEN = new Map(TYPE_WORDS.filter((w) => !w.abbreviation).map((w) => [fold(w.word), w.type]));
const ABBREVIATED = new Map(TYPE_WORDS.filter((w) => w.abbreviation).map((w) => [w.word, w.type]));

/**
 * The type word ending at `end` (read backwards word by word, longest first),
 * or null: written-out words in any case, abbreviations in capitals only.
 * `pháp luật` is law in general, not the type word `Luật`.
 */
function typeWordEndingAt(text: string, end: number, floor: number): { start: number; type: string | null } | null {
  const starts: number[] = [];
  let i = end;
  for (let k = 0; k < MAX_TYPE_WORDS; k++) {
    let j = i;
    if (k > 0) {
      let spaces = 0;
      while (j > floor && spaces < 4 && isSpace(text.charCodeAt(j - 1))) {
        j--;
        spaces++;
      }
      if (spaces === 0 || spaces > 3) break;
    }
    let w = j;
    while (w > floor && isLetter(text[w - 1])) w--;
    if (w === j) break;
    starts.push(w);
    i = w;
  }
  for (let k = starts.length; k >= 1; k--) {
    const start = starts[k - 1];
    // The word must stand alone: no letter or digit glued before it.
    if (start > floor && /[\p{L}\p{N}]/u.test(text[start - 1])) continue;
    const phrase = text.slice(start, end);
    if (k === 1 && ABBREVIATED.has(phrase)) return { start, type: ABBREVIATED.get(phrase) ?? null };
    const key = fold(phrase);
    if (!WRITTEN.has(key)) continue;
    if (key === 'luật' && phrase === 'luật' && k < starts.length && fold(text.slice(starts[k], start).trim()) === 'pháp') continue;
    return { start, type: WRITTEN.get(key) ?? null };
  }
  return null;
}

/** Where `số` (`số:`, `Số hiệu:`) starts right before `at`, or null. */
function numberWordBefore(text: string, at: number, floor: number): number | null {
  let j = at;
  let spaces = 0;
  while (j > floor && spaces < 4 && isSpace(text.charCodeAt(j - 1))) {
    j--;
    spaces++;
  }
  if (j > floor && text[j - 1] === ':') {
    j--;
    while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
  }
  if (j - 4 >= floor && text.slice(j - 4, j).toLowerCase() === 'hiệu') {
    let k = j - 4;
    let gap = 0;
    while (k > floor && gap < 3 && isSpace(text.charCodeAt(k - 1))) {
      k--;
      gap++;
    }
    if (gap > 0) j = k;
  }
  if (j - 2 < floor || text.slice(j - 2, j).toLowerCase() !== 'số') return null;
  if (j - 3 >= 0 && /[\p{L}\p{N}]/u.test(text[j - 3])) return null;
  return j - 2;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

/** A name between a type word and `số`: starts with a capital, one clause (commas allowed), not too long. */
function isName(between: string): boolean {
  if (!/^[ \t\u00A0]{1,3}["“]?\p{Lu}/u.test(between)) return false;
  if (/[.;:!?()\n\[\]]/u.test(between)) return false;
  const words = between.trim().split(/\s+/u).length;
  return words <= MAX_NAME_WORDS;
}

function typeOf(word: string): string | null {
  return WRITTEN.get(fold(word)) ?? ABBREVIATED.get(word) ?? null;
}

function fold(word: string): string {
  // Look-alike `Ð`/`ð` (U+00D0/U+00F0) read as `Đ`/`đ`.
  const lower = word.toLowerCase().replace(/ð/gu, 'đ');
  return /\s\s|[\t\n\r\u00A0]/u.test(lower) ? lower.replace(/\s+/gu, ' ') : lower;
}
