import type { Comparator, ExtractContext, Span, Target, TargetKind } from '../../types.js';
import { AFTER_PHRASES, BEFORE_PHRASES } from './comparators.js';
import { countedNounUnitLength, matchCountedNoun, startsCountedNoun } from './counted-nouns.js';
import { sentenceAround } from './find-sentences.js';
import { foldMatch } from './fold-match.js';
import { headingKinds } from './heading-kinds.js';
import { inferDocumentType, RESULT_TYPES } from './infer-document-type.js';
import { KIND_CUES } from './kind-cues.js';
import { DURATION_NOUN_SET, FUNCTION_WORDS, LABEL_COMPOUND_SET, LABEL_VERB_SET, LABEL_WORD_SET } from './not-target-contexts.js';
import { NUMBER_WORD_UNITS, NUMBER_WORD_VALUES } from './number-words.js';
import { readNumeral } from './read-numeral.js';
import { isWordChar, readWords, readWordsBefore, type WordToken } from './read-words.js';

/** A figure found, before its kind is known. */
interface Figure extends Span {
  value: number;
  max: number | null;
  unit: string;
  comparator: Comparator;
  /** The comparator came from the text around this figure (not inherited, not `=` by default). */
  ownComparator: boolean;
  /** The number itself starts here (text may start earlier, at `ít nhất`). */
  numberStart: number;
}

/** Candidates: digits (the pattern; each call makes its own RegExp, so no state is shared). */
const DIGIT_SOURCE = '[0-9]';
/**
 * A lower-case number word followed by a space and a lower-case letter: the
 * only shape in which it can count a noun (`hai lớp`, not `năm 2022`, `Hai là`).
 * No lookbehind (slow on megabytes): the letter before is checked in code.
 */
const NUMBER_WORD_SOURCE = '(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?=\\p{Ll})';

/** Where a number word stands alone before a lower-case word, in document order. */
function numberWordStarts(text: string): Array<{ at: number; word: string }> {
  const out: Array<{ at: number; word: string }> = [];
  const pattern = new RegExp(NUMBER_WORD_SOURCE, 'gu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && isWordChar(text, m.index - 1)) continue; // `ban`, `hoài hai`: glued on
    out.push({ at: m.index, word: m[0].slice(0, -1) });
  }
  return out;
}

/** What joins the two ends of a range: `02 đến 03`, `80 - 90%`. */
const RANGE_TAIL = /^\s{0,3}(?:-|–|đến|tới)\s{0,3}(?=\d)/u;
/** Verbs a figure's text starts with when they stand right before it (`tăng 15%/năm`, `đạt ít nhất 70%`). */
const LEAD_VERBS: ReadonlySet<string> = new Set(['tăng', 'giảm', 'đạt']);
/** Words that may stand between a `%` and what it is a share of (`100% các nhiệm vụ`). */
const SHARE_DETERMINERS: ReadonlySet<string> = new Set(['các', 'những', 'số']);
/** Nouns a number word must not count: `hai bên`, `Hai là`, `ba chiều`. */
const NOT_AFTER_NUMBER_WORD: ReadonlySet<string> = new Set(['bên', 'chiều', 'mặt', 'là', 'phía', 'số', 'cửa', 'trong', 'phần', 'cách', 'khi', 'lúc', 'nửa', 'mươi', 'trăm', 'nghìn', 'ngàn', 'triệu', 'tỷ']);
/** The bounds before which `một` is a count: `ít nhất một sản phẩm`. */
const ONE_BOUNDS: ReadonlySet<string> = new Set(['ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'không dưới', 'không ít hơn']);
/** Label words of the calendar: after a number they still make a date (`tháng 5 năm 2021`). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['năm', 'tháng', 'ngày', 'quý', 'tuần', 'giờ', 'phút']);
/** Words before `năm` that make it "year", not "five": `hàng năm tổ chức`, `trong năm có`. */
const YEAR_DETERMINERS: ReadonlySet<string> = new Set(['hàng', 'hằng', 'mỗi', 'trong', 'cả', 'nhiều', 'những', 'từng', 'các', 'cuối', 'đầu', 'giữa', 'qua', 'sau', 'trước', 'một', 'hai', 'ba', 'vài', 'này', 'tài', 'học']);
/** Words of magnitude between a number and its counted noun (`1,5 triệu doanh nghiệp`). */
const SCALE_WORDS: ReadonlySet<string> = new Set(['trăm', 'nghìn', 'ngàn', 'vạn', 'triệu', 'tỷ', 'tỉ']);
/** Complements that belong to a counted noun's phrase in the text (`04 nhiệm vụ khoa học và công nghệ`). */
const COMPLEMENTS: ReadonlyArray<string[]> = [['khoa', 'học', 'và', 'công', 'nghệ'], ['kh&cn'], ['bảo', 'hộ', 'nhãn', 'hiệu']];

/** Is `w` a word that can begin or continue a counted noun we do not know? */
function nounLike(w: WordToken | undefined): boolean {
  return w !== undefined && w.raw !== ',' && !w.numeric && !w.capitalized && !FUNCTION_WORDS.has(w.key);
}

/** The counted noun at the start of `words`: how many words it covers (lexicon, else at most two plain words). */
function countedNounLength(words: readonly WordToken[], from: number, lexiconOnly: boolean): number {
  const w = words[from];
  if (!w || w.raw === ',' || w.numeric) return 0;
  if (DURATION_NOUN_SET.has(w.key) || (words[from + 1] && DURATION_NOUN_SET.has(`${w.key} ${words[from + 1].key}`))) return 0;
  const known = matchCountedNoun(words, from);
  if (known > 0) return known;
  if (lexiconOnly || !nounLike(w)) return 0;
  return nounLike(words[from + 1]) && !DURATION_NOUN_SET.has(words[from + 1].key) ? 2 : 1;
}

/** How many of `words` (from `from`) a known complement covers. */
function complementLength(words: readonly WordToken[], from: number): number {
  for (const c of COMPLEMENTS) {
    if (c.every((k, i) => words[from + i]?.key === k)) return c.length;
  }
  return 0;
}

/**
 * Does a label word (`mức độ`, `nhóm`, `Đề án`, `năm`) stand right before the
 * number? A label that is also a verb (`Cấp 30 giấy phép`) is none when a
 * counted noun of the lexicon follows (`countsKnownNoun`).
 */
function labelBefore(before: WordToken[], countsKnownNoun: boolean): boolean {
  const b = before.slice();
  // `mức độ 3, 4` and `mức độ 3 và 4`: look past the earlier numbers of the list
  // (a year is no member of such a list: `năm 2025, 2 triệu DN vào năm 2030` counts the 2)
  while (b.length >= 2 && (b[b.length - 1].raw === ',' || b[b.length - 1].key === 'và') && b[b.length - 2].numeric && !/^\d{4}$/u.test(b[b.length - 2].raw)) b.length -= 2;
  const n = b.length;
  if (n === 0) return false;
  if (b[n - 1].numeric) return true; // `0214 3840`, a pager `1 2 3`
  // a capitalised word inside the sentence right before the number: a name (`Techfest 2024`, `Covid 19`)
  if (n >= 2 && b[n - 1].capitalized && b[n - 2].raw !== ',') return true;
  const one = b[n - 1].key;
  if (one === 'số' && n >= 2 && (b[n - 2].key === 'tổng' || b[n - 2].key === 'với')) return false;
  if (n >= 2 && LABEL_COMPOUND_SET.has(`${b[n - 2].key} ${one}`)) return false;
  // `một lần 30 triệu đồng`: a label word that is itself counted labels nothing
  // (not a calendar word: `tháng 5 năm 2021` is a date)
  if (n >= 2 && !CALENDAR_WORDS.has(one) && (b[n - 2].numeric || NUMBER_WORD_VALUES.has(b[n - 2].key))) return false;
  if (LABEL_WORD_SET.has(one)) return !(countsKnownNoun && LABEL_VERB_SET.has(one));
  if (n >= 2 && LABEL_WORD_SET.has(`${b[n - 2].key} ${one}`)) return true;
  if (n >= 3 && LABEL_WORD_SET.has(`${b[n - 3].key} ${b[n - 2].key} ${one}`)) return true;
  return false;
}

/** The comparator phrase that ends right before `pos`, skipping one `từ`. */
function comparatorBefore(text: string, pos: number): { comparator: Comparator; start: number; tu: number | null } | null {
  const before = readWordsBefore(text, pos, 4);
  let n = before.length;
  let tu: number | null = null;
  if (n > 0 && before[n - 1].key === 'từ') {
    tu = before[n - 1].start;
    n--;
  }
  for (const p of BEFORE_PHRASES) {
    const k = p.words.length;
    if (k > n) continue;
    let ok = true;
    for (let i = 0; i < k; i++) if (before[n - k + i].key !== p.words[i]) { ok = false; break; }
    if (ok) return { comparator: p.comparator, start: before[n - k].start, tu };
  }
  return tu !== null ? { comparator: '=', start: tu, tu } : null;
}

/** `trở lên` / `trở xuống` right after `pos`: its comparator and end. */
function comparatorAfter(text: string, pos: number): { comparator: Comparator; end: number } | null {
  const words = readWords(text, pos, 2);
  for (const p of AFTER_PHRASES) {
    if (p.words.every((k, i) => words[i]?.key === k)) return { comparator: p.comparator, end: words[p.words.length - 1].end };
  }
  return null;
}

/** `%` or `phần trăm` (after optional spaces) at `pos`, then an optional rate `/năm`: the end, or -1. */
function percentAt(text: string, pos: number): number {
  let k = pos;
  while (text[k] === ' ' && k - pos < 2) k++;
  let end = -1;
  if (text[k] === '%') end = k + 1;
  else if ((text[k] === 'p' || text[k] === 'P') && foldMatch(text.slice(k, k + 9)) === 'phần trăm' && !/[\p{L}\p{M}]/u.test(text[k + 9] ?? '')) end = k + 9;
  if (end < 0) return -1;
  const rate = /^\/ ?[\p{L}\p{M}]{1,8}/u.exec(text.slice(end, end + 12));
  return rate ? end + rate[0].length : end;
}

/** Reads a compound number word at `start` (`mười lăm`, `hai mươi mốt`): value and end. */
function readNumberWord(text: string, start: number, first: string): { value: number; end: number } | null {
  const base = NUMBER_WORD_VALUES.get(first);
  if (base === undefined) return null;
  const words = readWords(text, start + first.length, 3);
  let value = base;
  let end = start + first.length;
  let i = 0;
  if (first === 'mười') {
    const u = words[0] && NUMBER_WORD_UNITS.get(words[0].key);
    if (u !== undefined && words[0].key !== 'hai' && words[0].key !== 'ba') { value = 10 + u; end = words[0].end; }
    return { value, end };
  }
  if (words[i]?.key === 'mươi') {
    value = base * 10;
    end = words[i].end;
    i++;
    const u = words[i] && NUMBER_WORD_UNITS.get(words[i].key);
    if (u !== undefined && words[i].key !== 'năm') { value += u; end = words[i].end; }
  }
  return { value, end };
}

/**
 * Reads the figure whose number starts at `start` (digits or a number word),
 * with its comparator, range, unit and text; null when the number counts or
 * measures nothing (a date, a label, a name, a duration …).
 */
function readFigure(text: string, start: number, word: string | null): Figure | null {
  let value: number;
  let max: number | null = null;
  let numEnd: number;
  let range = false;
  let yearLike = false;
  if (word === null) {
    const num = readNumeral(text, start);
    if (!num) return null;
    value = num.value;
    max = num.max;
    numEnd = num.end;
    range = num.range;
    yearLike = num.yearLike;
  } else {
    const w = readNumberWord(text, start, word);
    if (!w) return null;
    value = w.value;
    numEnd = w.end;
  }

  // a range written with spaces or words: `02 đến 03`, `80 - 90%`, `từ 80% đến 90%`
  let pctEnd = percentAt(text, numEnd);
  if (!range && max === null && word === null) {
    const tailFrom = pctEnd > 0 ? pctEnd : numEnd;
    const c0 = text[tailFrom];
    const tail = c0 === ' ' || c0 === '-' || c0 === '–' ? RANGE_TAIL.exec(text.slice(tailFrom, tailFrom + 12)) : null;
    if (tail) {
      const second = readNumeral(text, tailFrom + tail[0].length);
      if (second && !second.fraction && !second.range) {
        if (yearLike || second.yearLike) return null; // a period `2021 - 2025`
        if (second.value > value) {
          const pct2 = percentAt(text, second.end);
          if (pctEnd > 0 || pct2 > 0) {
            max = second.value;
            range = true;
            numEnd = second.end;
            pctEnd = pct2 > 0 ? pct2 : -1;
            if (pctEnd < 0) pctEnd = second.end; // `80% - 90` keeps the unit of the first
          } else if (pctEnd < 0) {
            max = second.value;
            range = true;
            numEnd = second.end;
          }
        }
      }
    }
  }
  const percent = pctEnd > 0;
  const figureEnd = percent ? pctEnd : numEnd;
  // a count is `number noun`: anything but a space after the number (`2022.`, `12)`, `5,`) counts nothing
  if (!percent) {
    const c = text[figureEnd];
    if (c !== ' ' && c !== '\t' && c !== '\u00A0') return null;
  }

  if (!percent) {
    // cheap rejections before reading words: `năm 2022`, `6 tháng`, `Đề án 996 và`
    const first = readWords(text, figureEnd, 1)[0];
    if (!first || first.raw === ',' || first.numeric || DURATION_NOUN_SET.has(first.key)) return null;
    if (!startsCountedNoun(first.key) && (first.capitalized || FUNCTION_WORDS.has(first.key) || yearLike || word === 'năm')) return null;
  }
  const before = readWordsBefore(text, start, 4);
  // `xếp thứ 15 trên 63 tỉnh`: `trên` between numbers means "out of", the total of a rank
  const nb = before.length;
  if (nb >= 2 && before[nb - 1].key === 'trên' && before[nb - 2].numeric) return null;
  // the unit: `%`, or the counted noun after the number
  const words = readWords(text, figureEnd, 8);
  if (!percent && labelBefore(before, matchCountedNoun(words, 0) > 0)) return null;

  let unit = '%';
  let end = figureEnd;
  if (percent) {
    // `100% dịch vụ công trực tuyến`: the share's noun belongs to the text
    let i = 0;
    if (words[0] && SHARE_DETERMINERS.has(words[0].key)) i = 1;
    // the share's noun is often no unit of the lexicon: `100% đồng hồ đo nước` is no `đồng`
    const len = Math.max(countedNounLength(words, i, false), countedNounLength(words, i, false) === 1 && nounLike(words[i + 1]) ? 2 : 0);
    if (len > 0) {
      let last = i + len;
      last += complementLength(words, last);
      end = words[last - 1].end;
    }
  } else {
    if (words.length === 0) return null;
    const lexiconOnly = yearLike || word === 'năm';
    if (word !== null && NOT_AFTER_NUMBER_WORD.has(words[0].key)) return null;
    if (word === 'năm' && (words[0].key === 'tổ' || (before.length > 0 && YEAR_DETERMINERS.has(before[before.length - 1].key)))) return null;
    // `1,5 triệu doanh nghiệp`, `12 nghìn tỷ tiền thuế`: scale words are part of the unit, and the
    // counted noun follows them (`triệu đồng`, a phrase of the lexicon, is read whole).
    let scaled = 0;
    while (scaled < 2 && words[scaled] && SCALE_WORDS.has(words[scaled].key) && matchCountedNoun(words, scaled) === 0) scaled++;
    const nounLen = countedNounLength(words, scaled, lexiconOnly);
    if (nounLen === 0) return null;
    const len = scaled + nounLen;
    const unitLen = scaled + countedNounUnitLength(words, scaled, nounLen);
    unit = text.slice(words[0].start, words[unitLen - 1].end).toLowerCase().replace(/\s+/g, ' ');
    end = words[len - 1].end;
    const more = complementLength(words, len);
    if (more > 0) end = words[len + more - 1].end;
  }

  // comparator: before the number, after the figure, or a range
  let comparator: Comparator = '=';
  let own = false;
  let textStart = start;
  const cb = comparatorBefore(text, start);
  const ca = comparatorAfter(text, end) ?? (end !== figureEnd ? comparatorAfter(text, figureEnd) : null);
  if (range) {
    comparator = 'range';
    own = true;
    if (cb) textStart = cb.start;
  } else if (ca && (cb?.tu != null || !cb)) {
    comparator = ca.comparator;
    own = true;
    if (cb) textStart = cb.start;
    end = Math.max(end, ca.end);
  } else if (cb && cb.comparator !== '=') {
    comparator = cb.comparator;
    own = true;
    textStart = cb.start;
  }
  // `một` counts only when bounded (`ít nhất một`); `trên một vạn dân` is "per"
  if (word === 'một' && !(cb && ONE_BOUNDS.has(foldMatch(text.slice(cb.start, start)).trim().replace(/\s+từ$/u, '')))) return null;
  if (percent && own && comparator !== 'range') end = Math.max(figureEnd, ca ? ca.end : figureEnd);

  // `tăng 15%/năm`, `đạt ít nhất 70%`: the verb right before belongs to the text
  const lead = readWordsBefore(text, textStart, 1)[0];
  if (lead && LEAD_VERBS.has(lead.key)) textStart = lead.start;

  return { start: textStart, end, numberStart: start, value, max, unit, comparator, ownComparator: own };
}

/** Does a number or `%` stand right before `pos`? Then the word there is a counted noun (`18/22 chỉ tiêu`), no cue. */
function afterFigure(text: string, pos: number): boolean {
  let k = pos;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u00A0')) k--;
  const c = text[k - 1];
  if (c === '%') return true;
  if (!(c >= '0' && c <= '9')) return false;
  let d = k - 1;
  while (d > 0 && text[d - 1] >= '0' && text[d - 1] <= '9') d--;
  const n = Number(text.slice(d, k));
  return !(k - d === 4 && n >= 1900 && n <= 2100); // `Năm 2022 dự kiến`: a year, no figure
}

const CUE_BY_WORDS = new Map(KIND_CUES.map((c) => [foldMatch(c.words), c]));
/** The first words of the cues: only these start a look-up. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...CUE_BY_WORDS.keys()].map((k) => k.split(' ')[0]));
/** Cheap filters before a word is sliced: its first letter and its length. */
const CUE_FIRST_CHARS: ReadonlySet<string> = new Set([...CUE_FIRST_WORDS].map((w) => w[0]));
const CUE_WORD_MAX = Math.max(...[...CUE_FIRST_WORDS].map((w) => w.length));

/**
 * The kind of a figure at `pos`: the nearest cue of its sentence (read
 * backwards from the figure to the sentence start, at most 300 characters:
 * `Năm 2024, Sở đặt mục tiêu …; tỷ lệ … đạt từ 80% trở lên` plans the whole
 * list) that can move the document's default (`đã` in a plan,
 * `phấn đấu` in a report); else the innermost heading with a cue
 * (`Kết quả …`, `Phương hướng …`); else the document's default (a Báo cáo
 * reports results, the others plan).
 */
function figureKind(text: string, sentence: Span, pos: number, base: TargetKind, heading: TargetKind | null): TargetKind {
  const floor = Math.max(sentence.start, pos - 300);
  const fallback = heading ?? base;
  let i = pos;
  // the two words after the current one, as [start, end) (-1: none); sliced only when needed
  let s1 = -1, e1 = -1, s2 = -1, e2 = -1;
  while (i > floor) {
    if (!isWordChar(text, i - 1)) { i--; continue; }
    let j = i - 1;
    while (j > floor && isWordChar(text, j - 1)) j--;
    if (i - j <= CUE_WORD_MAX && CUE_FIRST_CHARS.has(text[j].toLowerCase())) {
      const w = foldMatch(text.slice(j, i));
      if (CUE_FIRST_WORDS.has(w)) {
        const w1 = s1 >= 0 ? foldMatch(text.slice(s1, e1)) : '';
        const w2 = s2 >= 0 ? foldMatch(text.slice(s2, e2)) : '';
        const cue = (w2 ? CUE_BY_WORDS.get(`${w} ${w1} ${w2}`) : undefined) ?? (w1 ? CUE_BY_WORDS.get(`${w} ${w1}`) : undefined) ?? CUE_BY_WORDS.get(w);
        if (cue && !afterFigure(text, j)) {
          if (cue.kind === 'result' && cue.strong) return 'result';
          if (cue.kind === 'target' && (cue.strong || fallback === 'target')) return 'target';
          return fallback;
        }
      }
    }
    s2 = s1; e2 = e1;
    s1 = j; e1 = i;
    i = j;
  }
  return fallback;
}

/**
 * Every quantitative figure of the text that counts or measures something
 * (spec `targets`): percentages (`tối thiểu 70%`, `tăng 15%/năm`), counts of
 * a thing (`04 lớp tập huấn`, `hai lớp tập huấn`), fractions (`61/61 TTHC`),
 * ranges (`từ 02 đến 03 sáng kiến`), amounts (`1.500 triệu đồng`). Leaves out
 * dates, years, document numbers, labels, levels, durations and numbers in
 * names (see not-target-contexts.ts). `ít nhất` before a `;` or `,` list of
 * bare counts bounds every item. Kind from the clause, the heading and the
 * document type (`ctx.layout.info.type`, else guessed from the first lines).
 */
export function findTargets(ctx: ExtractContext): Target[] {
  const text = ctx.text;
  const figures: Figure[] = [];
  const words = numberWordStarts(text);
  let w = 0;
  let after = 0;
  const tryAt = (start: number, word: string | null): void => {
    if (start < after) return;
    if (word !== null) {
      // a count in words needs a lower-case noun after it: `năm 2022`, `Hai là` count nothing
      const c = text[start + word.length + 1];
      if (c === undefined || c === c.toUpperCase()) return;
    }
    let fig: Figure | null = null;
    try {
      fig = readFigure(text, start, word);
    } catch {
      fig = null; // an extractor never throws: a figure we cannot read is left out
    }
    if (fig) {
      figures.push(fig);
      after = fig.end;
    }
  };
  const digit = new RegExp(DIGIT_SOURCE, 'g');
  for (let m = digit.exec(text); m; m = digit.exec(text)) {
    const start = m.index;
    while (w < words.length && words[w].at < start) tryAt(words[w].at, words[w].word), w++;
    tryAt(start, null);
    digit.lastIndex = Math.max(skipDigits(text, start), after);
  }
  while (w < words.length) tryAt(words[w].at, words[w].word), w++;
  if (figures.length === 0) return [];

  // `ít nhất 01 chỉ dẫn địa lý; 09 nhãn hiệu chứng nhận; 03 …`: the bound covers the list
  for (let i = 1; i < figures.length; i++) {
    const prev = figures[i - 1];
    const cur = figures[i];
    if (cur.ownComparator || (prev.comparator !== '>=' && prev.comparator !== '<=')) continue;
    // a list of bare counts (`01 chỉ dẫn địa lý; 09 nhãn hiệu …`); a share after `;` is a clause of its own
    if (prev.unit === '%' || cur.unit === '%') continue;
    if (cur.start !== cur.numberStart) continue;
    const gap = text.slice(prev.end, cur.start);
    if (LIST_GAP.test(gap) || /^\s{1,3}và\s{1,3}$/u.test(gap)) cur.comparator = prev.comparator;
  }

  const type = ctx.layout.info.type ?? inferDocumentType(text);
  const base: TargetKind = type && RESULT_TYPES.has(type) ? 'result' : 'target';
  const headingAt = headingKinds(text, ctx.layout.sections);
  let sentence: Span = { start: -1, end: -1 };
  return figures.map((f) => {
    // figures of one sentence share it: look it up once
    if (!(f.numberStart >= sentence.start && f.numberStart < sentence.end)) sentence = sentenceAround(text, f.numberStart);
    const kind = figureKind(text, sentence, f.start, base, headingAt(f.numberStart));
    return {
      text: text.slice(f.start, f.end),
      value: f.value,
      max: f.max,
      unit: f.unit,
      comparator: f.comparator,
      kind,
      sentence,
      start: f.start,
      end: f.end,
      section: '',
    };
  });
}

/**
 * Between two items of a bounded list: `;` or `,` (and `và`), after the year
 * each item is due by (`ít nhất 1,5 triệu DN vào năm 2025, 2 triệu DN vào năm 2030`).
 */
const LIST_GAP = /^(?:\s{1,3}(?:(?:vào|đến|trong)\s{1,3})?năm\s{1,3}\d{4})?\s{0,3}[;,]\s{0,3}(?:và\s{1,3})?$/u;

/** The index after the run of digits and separators at `start`. */
function skipDigits(text: string, start: number): number {
  let i = start;
  while (i < text.length && ((text[i] >= '0' && text[i] <= '9') || ((text[i] === '.' || text[i] === ',' || text[i] === '/') && text[i + 1] >= '0' && text[i + 1] <= '9'))) i++;
  return Math.max(i, start + 1);
}

