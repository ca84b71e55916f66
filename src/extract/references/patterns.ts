/**
 * The regular expressions of the references extractor, composed from small
 * named parts. All are linear: every repetition is bounded, and no two
 * adjacent parts can take the same characters in more than a bounded number
 * of ways. The symbol pattern starts at a digit, the cheap guard that lets
 * the engine skip everything else.
 */
import { TYPE_WORDS } from '../lexicon/type-words.js';

/** A horizontal or line-breaking gap inside a symbol: at most two spaces (`166 /QĐ-UBND`, `119- KH/TU`, a symbol broken across a line). */
const GAP = String.raw`\s{0,2}`;

/** The number: up to five digits, with an optional letter suffix (`123a`, `12A`). */
const NUMBER = String.raw`\d{1,5}[a-zA-Z]?`;

/** The year part of normative symbols (`61/2018/NĐ-CP`). */
const YEAR = String.raw`(?:19|20)\d{2}`;

/**
 * One code segment: capitals (any script, so look-alike Cyrillic `Т`/`С` and
 * `Ð` pass) and `&`, with at most one ASCII lower-case letter (`TTg`, `CTr`,
 * `QĐi`, `QyĐ`), an optional term number (`QH12`, `UBTVQH13`), and it must
 * end the word: `Sở`, `Điều`, `Quý` are not segments.
 */
const SEGMENT = String.raw`\p{Lu}[\p{Lu}&]{0,11}(?:[a-z][\p{Lu}&]{0,8})?\d{0,2}(?![\p{L}\p{N}])`;

/** A separator between parts: slash, hyphen or en dash, with up to two spaces either side. */
const SEP = String.raw`${GAP}[/\-–]${GAP}`;

/**
 * A số ký hiệu: number, optional `/year`, separator, then one to six code
 * segments (`166/QĐ-UBND`, `61/2018/NĐ-CP`, `12-NQ/TU`, `…/2015/TTLT-BTC-BNV`,
 * `40/2000/TT/BTC`, `169-CP`). Whether a match is a reference is decided in
 * code (what precedes it, its shape).
 */
export const SYMBOL = new RegExp(
  String.raw`${NUMBER}(?:${GAP}/${GAP}${YEAR})?${SEP}${SEGMENT}(?:${SEP}${SEGMENT}){0,5}`,
  'gu',
);

/** Escapes a literal for use inside a RegExp. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Type words written out, longest first so `Thông tư liên tịch` wins over `Thông tư`. Spaces inside match any run of up to three spaces. */
const WORDS = TYPE_WORDS.filter((w) => !w.abbreviation)
  .map((w) => w.word)
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, String.raw`\s{1,3}`));

/** Every written-out type word in a window (case-insensitive: headlines are in capitals). */
export const TYPE_WORD_ANYWHERE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${WORDS.join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * A calendar date with a four-digit year, in the forms of administrative
 * writing: `20/01/2022`, `20-01-2022`, `20.01.2022` (one separator kind),
 * `20 tháng 5 năm 2021`, `20 tháng 05/2021`.
 */
export const DATE = String.raw`(?:(?<d1>\d{1,2})${GAP}(?<s>[/.\-])${GAP}(?<m1>\d{1,2})${GAP}\k<s>${GAP}(?<y1>\d{4})|(?<d2>\d{1,2})\s{1,2}tháng\s{1,2}(?<m2>\d{1,2})\s{0,2},?\s{0,2}(?:năm\s{1,2}|/${GAP})(?<y2>\d{4}))(?!\d)`;

/**
 * A date tied to a mention, read at a position right after the symbol or its
 * issuer: optional comma or parenthesis, optional `ban hành`/`ký`, then
 * `ngày` and the date (`… ngày 15/12/2020`, `, ngày 20 tháng 5 năm 2021`), also with the
 * space after `ngày` lost at a copy's line wrap (`ngày27 tháng 02 năm 2009`).
 */
export const DATE_AFTER = new RegExp(
  String.raw`(?<gap>\s{0,4}(?:,\s{0,3})?(?:\(\s{0,2})?)(?:(?:được\s{1,2})?(?:ban\s{1,2}hành|ký)\s{1,2})?(?<word>ngày)\s{0,3}${DATE}`,
  'iuy',
);

/** A whole between-text that is a date: `Quyết định ngày 24 tháng 6 năm 1977 số 169-CP`. */
export const DATE_ONLY = new RegExp(String.raw`^\s{1,3}ngày\s{1,3}${DATE}\s{0,2},?\s{0,2}$`, 'iu');

/** Heads of a body's name: after a comma they add a co-issuer of a joint document (`Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính`). */
export const ORGAN_HEAD = /(?:Bộ|Sở|Ban|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Tòa án|Toà án|Viện|Văn phòng|Tổng cục|Cục|Ngân hàng|Kiểm toán|Thanh tra|Chính phủ|Mặt trận|Tổng Liên đoàn|Trung ương|Hội)(?![\p{L}\p{N}])/uy;

/** A type word opening the next mention (`… và Công văn số 2180/…`): it ends an issuer's name. Sticky, tried at a word start. */
export const NEXT_MENTION = new RegExp(
  String.raw`(?:${WORDS.join('|')})\s{1,3}(?:số\s{0,2}:?\s{0,2})?\d`,
  'iuy',
);

/** First words of the type words, lower case: a cheap test before NEXT_MENTION. */
export const TYPE_WORD_FIRST_WORDS: ReadonlySet<string> = new Set(
  TYPE_WORDS.filter((w) => !w.abbreviation).map((w) => w.word.split(' ')[0].toLowerCase()),
);

/** `của` opening an issuer phrase, read right after the symbol or date; a wrapped line may put the name on the next line. */
export const ISSUER_OPENER = /[ \t\u00A0]{0,3}(?:,[ \t\u00A0]{0,3})?của(?:[ \t\u00A0]{1,3}|[ \t\u00A0]{0,2}\n[ \t\u00A0]{0,2})/iuy;

/** The gap between two mentions of a list sharing one type word: `, `, `; `, ` và `, `, và số `. */
export const LIST_GAP = /^\s{0,3}(?:[,;]\s{0,3}(?:và\s{1,3}|hoặc\s{1,3})?|(?:và|hoặc)\s{1,3})(?:các\s{1,3})?(?:số\s{0,2}:?\s{0,2})?$/iu;

/** Words before a number that make it a form, appendix, or standard rather than a document (`Mẫu số 02/ĐK`, `QCVN 01:2019/BYT`). */
export const NOT_A_DOCUMENT_BEFORE = /(?<![\p{L}\p{N}])(?:mẫu|biểu|biểu mẫu|phụ lục|bảng|tờ khai|tcvn|qcvn|iso|tcxdvn|qcxdvn|tcn)(?:\s{1,2}số)?\s{0,2}:?\s{0,2}$/iu;
