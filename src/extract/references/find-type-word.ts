import { TYPE_WORDS } from '../lexicon/type-words.js';
import {
  ABBREVIATION_AT_END,
  DATE_ONLY,
  NUMBER_WORD_AT_END,
  TYPE_WORD_AT_END,
  TYPE_WORD_ANYWHERE,
} from './patterns.js';
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

const TYPE_BY_WORD = new Map(TYPE_WORDS.map((w) => [fold(w.word), w.type]));

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
 */
export function findTypeWord(text: string, symbolStart: number, floor: number): TypeWordFound {
  const from = Math.max(floor, symbolStart - WINDOW);
  const before = text.slice(from, symbolStart);
  const none: TypeWordFound = { start: symbolStart, type: null, hasWord: false, hasNumberWord: false, numberWordStart: null, dateBefore: null };

  const so = NUMBER_WORD_AT_END.exec(before);
  const head = so ? before.slice(0, so.index) : before;
  const numberWordStart = so ? from + so.index : null;
  const trimmed = head.replace(/[\s\u00A0]+$/u, '');

  // Right before: a written-out type word or a capitalised abbreviation.
  const direct = TYPE_WORD_AT_END.exec(trimmed.slice(-40)) ?? ABBREVIATION_AT_END.exec(trimmed.slice(-8));
  if (direct && !isLawInPhapLuat(trimmed, direct[0])) {
    const start = from + trimmed.length - direct[0].length;
    return { start, type: typeOf(direct[0]), hasWord: true, hasNumberWord: !!so, numberWordStart, dateBefore: null };
  }
  if (!so) return { ...none, hasNumberWord: false };

  // Further back, a name or a date between the type word and `số`.
  const found: { index: number; word: string }[] = [];
  TYPE_WORD_ANYWHERE.lastIndex = 0;
  for (let m = TYPE_WORD_ANYWHERE.exec(head); m; m = TYPE_WORD_ANYWHERE.exec(head)) {
    found.push({ index: m.index, word: m[0] });
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const { index, word } = found[i];
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

/** A name between a type word and `số`: starts with a capital, one clause (commas allowed), not too long. */
function isName(between: string): boolean {
  if (!/^[ \t\u00A0]{1,3}["“]?\p{Lu}/u.test(between)) return false;
  if (/[.;:!?()\n\[\]]/u.test(between)) return false;
  const words = between.trim().split(/\s+/u).length;
  return words <= MAX_NAME_WORDS;
}

/** `pháp luật` is law in general, not the type word `Luật`. */
function isLawInPhapLuat(head: string, word: string): boolean {
  return /^luật$/u.test(word) && /pháp[ \t\u00A0]{1,3}luật$/iu.test(head);
}

function typeOf(word: string): string | null {
  return TYPE_BY_WORD.get(fold(word)) ?? null;
}

function fold(word: string): string {
  return word.toLowerCase().replace(/\s+/gu, ' ');
}
