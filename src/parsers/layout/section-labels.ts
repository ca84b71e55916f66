/**
 * Section labels at the start of a line, read by the numbering grammar of
 * Vietnamese administrative documents: `Phần I`, `PHẦN THỨ NHẤT`, `Chương I`, `Mục 1`, `Điều 5.`,
 * Roman `I.` `I-` `III/`, upper-case letters `A.`, Arabic `1.` `1 -` `1)` `1/`,
 * multi-level `2.1.` `2.4.1.`, letters `a)` `a,` `a.` `đ)`, and `(1)` `(a)` `(ii)`.
 *
 * A label is read with its style (kind and punctuation: `1.` and `1)` are two
 * styles) and its ordinal; whether it really opens a section is for the tree
 * builder to decide from the document's own sequence.
 */
export interface LabelCandidate {
  /** Kind and punctuation, e.g. `arabic.`, `roman-`, `letter,`, `multi3`, `dieu`. */
  style: string;
  /** Position in its sequence, 1-based (`c` → 3, `IV` → 4, `2.4.1` → 1). */
  ordinal: number;
  /** The label as written, punctuation included (`II.`, `a,`, `1 -`, `Điều 5.`). */
  label: string;
  /** Normalized label for paths (`II`, `a`, `1`, `2.4.1`, `Điều 5`, `Chương I`). */
  norm: string;
  /** For multi-level numbers, the normalized parent label (`2.4` for `2.4.1`). */
  parentNorm?: string;
  /** Offset in the line where the heading starts (after the label and spaces). */
  headingAt: number;
}

/** The Vietnamese alphabet order of lettered items (no ă, â, ê, ô, ơ, ư; f, j, w, z are foreign). */
export const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** 1-based positions a letter can have: Vietnamese order, and Latin order where it differs (`f` after `e`). */
export function letterOrdinals(letter: string): number[] {
  const l = letter.toLowerCase();
  const out: number[] = [];
  const vi = LETTERS.indexOf(l);
  if (vi >= 0) out.push(vi + 1);
  const la = LATIN.indexOf(l);
  if (la >= 0 && la + 1 !== vi + 1) out.push(la + 1);
  return out;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral up to 399, or 0 when it is not one written the standard way. */
export function romanValue(s: string): number {
  const u = s.toUpperCase();
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(u) || !u) return 0;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]];
    const next = ROMAN[u[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// After a label: a space, the end of the line, or (sloppy typing, `1.Nâng cao`) a capital
// letter after `.` or `)`; a dash or slash needs the space (`19-NQ/TW`, `A-Lưới`, `V/v`).
const AFTER = String.raw`(?=\s|$|(?<=[.)])[\p{Lu}"“(])`;

const WORD_LABEL = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s{1,3}([IVXLC]{1,7}|\d{1,3}[a-z]?)(?![\p{L}\p{N}])(\s{0,2}[.:\-–])?/u;
// `PHẦN THỨ NHẤT`, `Phần thứ hai`, `CHƯƠNG THỨ BA`: the part numbered by an ordinal word.
const ORDINAL_WORD_LABEL = /^(Phần|PHẦN|Chương|CHƯƠNG)\s{1,3}(thứ|THỨ)\s{1,3}(nhất|NHẤT|hai|HAI|ba|BA|tư|TƯ|năm|NĂM|sáu|SÁU|bảy|BẢY|tám|TÁM|chín|CHÍN|mười|MƯỜI)(?![\p{L}\p{N}])(\s{0,2}[.:\-–])?/u;
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const MULTI = new RegExp(String.raw`^(\d{1,2}(?:\.\d{1,2}){1,4})(\.?)` + AFTER, 'u');
const ROMAN_LABEL = new RegExp(String.raw`^([IVXLC]{1,7})(\s?[.)/:]|\s?[-–])` + AFTER, 'u');
const UPPER_LETTER = new RegExp(String.raw`^([A-ZĐ])([.)]|\s?[-–])(?=\s|$)`, 'u');
const ARABIC = new RegExp(String.raw`^(\d{1,2})(\s?[.)/]|\s?[-–])` + AFTER, 'u');
const PAREN = /^\((\d{1,2}|[a-zđ]|[ivx]{1,5})\)(?=\s)/u;
const LETTER = /^([a-zđ])([.),])(?=\s)/u;
const LOWER_ROMAN = /^([ivx]{1,5})([.)])(?=\s)/u;

const WORD_STYLE: Record<string, string> = { PHẦN: 'phan', CHƯƠNG: 'chuong', MỤC: 'muc', ĐIỀU: 'dieu' };
const WORD_NORM: Record<string, string> = { PHẦN: 'Phần', CHƯƠNG: 'Chương', MỤC: 'Mục', ĐIỀU: 'Điều' };

/** Punctuation of a label, spacing folded: `1 -`, `1-` and `1 –` are one style. */
function punct(p: string): string {
  const t = p.trim();
  return t === '–' ? '-' : t;
}

function headingAt(line: string, labelEnd: number): number {
  let i = labelEnd;
  while (i < line.length && /[\s*_]/u.test(line[i])) i++;
  return i;
}

/**
 * Reads the label a line starts with, if any. Ambiguous labels (`I.` Roman or
 * letter, `i.` letter or Roman) give several candidates; none is returned for
 * things that only look like labels: dates `20/01/2022`, symbols
 * `166/QĐ-UBND`, years `2021 trên …`, thousands `1. 000 tỷ`, footnotes `[1]`,
 * `Điều 10 Luật …` without the label's punctuation.
 */
export function readSectionLabel(line: string): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const push = (c: Omit<LabelCandidate, 'headingAt'>, labelEnd: number): void => {
    const at = headingAt(line, labelEnd);
    // `1. 000 tỷ đồng`: a number split by a space, not a label.
    if (/^\d{3}(?!\d)/u.test(line.slice(at)) && !c.style.startsWith('dieu')) return;
    out.push({ ...c, headingAt: at });
  };

  const o = ORDINAL_WORD_LABEL.exec(line);
  if (o) {
    const word = o[1].toUpperCase();
    const ordinalWord = o[3].toLowerCase();
    push(
      { style: WORD_STYLE[word], ordinal: ORDINAL_WORDS.indexOf(ordinalWord) + 1, label: o[0].trim(), norm: `${WORD_NORM[word]} thứ ${ordinalWord}` },
      o[0].length,
    );
    return out;
  }

  const w = WORD_LABEL.exec(line);
  if (w) {
    const word = w[1].toUpperCase();
    const style = WORD_STYLE[word];
    const num = w[2];
    const ordinal = /^\d/u.test(num) ? parseInt(num, 10) : romanValue(num);
    const rest = line.slice(w[0].length).trim();
    // `Điều 10 Luật …` in running text: an article is labelled `Điều 5.` or stands alone on its line.
    const ok = ordinal > 0 && (style !== 'dieu' || Boolean(w[3]) || rest === '');
    if (ok) push({ style, ordinal, label: w[0].trim(), norm: `${WORD_NORM[word]} ${num}` }, w[0].length);
    return out;
  }

  const m = MULTI.exec(line);
  if (m) {
    const nums = m[1].split('.');
    push(
      { style: `multi${nums.length}`, ordinal: parseInt(nums[nums.length - 1], 10), label: m[0], norm: m[1], parentNorm: nums.slice(0, -1).join('.') },
      m[0].length,
    );
    return out;
  }

  const r = ROMAN_LABEL.exec(line);
  if (r && romanValue(r[1])) push({ style: `roman${punct(r[2])}`, ordinal: romanValue(r[1]), label: r[0].trim(), norm: r[1] }, r[0].length);

  const u = UPPER_LETTER.exec(line);
  if (u) {
    for (const ordinal of letterOrdinals(u[1])) {
      push({ style: `upper${punct(u[2])}`, ordinal, label: u[0].trim(), norm: u[1] }, u[0].length);
    }
  }
  if (out.length) return out;

  const a = ARABIC.exec(line);
  if (a) {
    // `20/01/2022`, `166/QĐ-UBND`: a slash label must be followed by a space.
    if (!(punct(a[2]) === '/' && !/^\s/u.test(line.slice(a[0].length)))) {
      push({ style: `arabic${punct(a[2])}`, ordinal: parseInt(a[1], 10), label: a[0].trim(), norm: a[1] }, a[0].length);
    }
    return out;
  }

  const p = PAREN.exec(line);
  if (p) {
    const v = p[1];
    if (/^\d/u.test(v)) push({ style: 'paren-arabic', ordinal: parseInt(v, 10), label: p[0], norm: v }, p[0].length);
    else {
      if (v.length === 1) for (const o of letterOrdinals(v)) push({ style: 'paren-letter', ordinal: o, label: p[0], norm: v }, p[0].length);
      if (romanValue(v)) push({ style: 'paren-roman', ordinal: romanValue(v), label: p[0], norm: v }, p[0].length);
    }
    return out;
  }

  const l = LETTER.exec(line);
  if (l) for (const o of letterOrdinals(l[1])) push({ style: `letter${l[2]}`, ordinal: o, label: l[0], norm: l[1] }, l[0].length);
  const lr = LOWER_ROMAN.exec(line);
  if (lr && romanValue(lr[1])) push({ style: `lroman${lr[2]}`, ordinal: romanValue(lr[1]), label: lr[0], norm: lr[1] }, lr[0].length);
  return out;
}
