import { foldVi } from '../../util/fold-vi.js';
import type { Db } from '../open-database.js';
import { normalizeToneMarks } from './normalize-tone-marks.js';
import { SqlWhere } from './sql-where.js';

/** One thing the user asked for: a word, a "quoted phrase" or a symbol, maybe a prefix (`chuyen*`). */
export interface SearchTerm {
  /** The words of the term (letters and digits), as typed. */
  words: string[];
  prefix: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits a query as typed into terms: `"…"` is a phrase (an unclosed quote runs
 * to the end), anything else between spaces is a term, and a term made of
 * several words (`166/QĐ-UBND`, `hoạch-định`) is a phrase of its words. A `*`
 * at the end makes the last word a prefix. Punctuation never reaches FTS5, so
 * no input is a syntax error.
 */
export function parseSearchQuery(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const s = input.normalize('NFC');
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    let raw: string;
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      raw = s.slice(i + 1, close < 0 ? s.length : close);
      i = close < 0 ? s.length : close + 1;
    } else {
      let j = i;
      while (j < s.length && !/\s/.test(s[j]) && s[j] !== '"') j++;
      raw = s.slice(i, j);
      i = j;
    }
    let prefix = false;
    while (s[i] === '*') {
      prefix = true;
      i++;
    }
    if (/\*\s*$/.test(raw)) prefix = true;
    const words = raw.match(WORD) ?? [];
    if (words.length) terms.push({ words, prefix });
  }
  return terms;
}

/** An FTS5 string literal: always quoted, so nothing the user types is syntax. */
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH expression for `terms`: every term must match the folded
 * column; the same terms on the exact column (tone marks placed one way) are
 * OR-ed in, so that bm25 ranks exact-diacritic matches first while the match
 * set stays that of the folded column.
 */
export function ftsExpression(terms: SearchTerm[]): string | null {
  if (!terms.length) return null;
  const side = (form: (w: string) => string): string =>
    terms.map((t) => `${quote(t.words.map(form).join(' '))}${t.prefix ? ' *' : ''}`).join(' AND ');
  return `(folded : (${side(foldVi)})) OR (exact : (${side((w) => normalizeToneMarks(w).toLowerCase())}))`;
}

/** Filters of `vanban search`, on the document a hit belongs to. */
export interface SearchFilters {
  type?: string;
  year?: number;
  province?: string;
  limit: number;
}

/** One hit: the document, the section (or '' for text before the first section) and where in the text. */
export interface SearchHit {
  document_id: number;
  symbol: string | null;
  type: string | null;
  issued_on: string | null;
  title: string | null;
  section_path: string;
  heading: string | null;
  /** Where the row's text starts in documents.text. */
  base: number;
  text: string;
  score: number;
}

/**
 * Runs a search: FTS5 over sections and document leads, bm25 with the exact
 * column weighted 4:1, filtered on the document, best first.
 */
export function searchSections(db: Db, expression: string, f: SearchFilters): SearchHit[] {
  const w = new SqlWhere().add('search_fts MATCH ?', expression);
  if (f.type) w.add('fold_vi(d.type) = ?', foldVi(f.type.trim()));
  if (f.year !== undefined) w.add("d.issued_on >= ? AND d.issued_on < ?", `${f.year}`, `${f.year + 1}`);
  if (f.province) w.add("instr(fold_vi(coalesce(d.place, '') || ' | ' || coalesce(d.issuer, '')), ?) > 0", foldVi(f.province.trim()));
  const sql = `SELECT d.id AS document_id, d.symbol, d.type, d.issued_on, d.title,
      coalesce(s.path, '') AS section_path, s.heading, coalesce(s.start, 0) AS base,
      coalesce(s.text, substr(d.text, 1, coalesce((SELECT min(start) FROM sections WHERE document_id = d.id), length(d.text)))) AS text,
      bm25(search_fts, 4.0, 1.0) AS score
    FROM search_fts f
    LEFT JOIN sections s ON f.rowid > 0 AND s.id = f.rowid
    JOIN documents d ON d.id = CASE WHEN f.rowid > 0 THEN s.document_id ELSE -f.rowid END
    ${w}
    ORDER BY score
    LIMIT ?`;
  return db.prepare(sql).all(...w.params, f.limit) as SearchHit[];
}

/** A match of a term in a hit's text: end-exclusive offsets into that text. */
export interface MatchSpan {
  start: number;
  end: number;
}

/**
 * Where the terms occur in `text`, found in its folded form (foldVi keeps the
 * length of NFC text, so offsets carry over). At most `max` spans, in order.
 */
export function findMatches(text: string, terms: SearchTerm[], max = 50): MatchSpan[] {
  const folded = foldVi(text);
  if (folded.length !== text.length) return [];
  const spans: MatchSpan[] = [];
  for (const t of terms) {
    const words = t.words.map((w) => foldVi(w));
    const last = words.length - 1;
    // Words of a phrase are separated by a few non-word characters; the last may be a prefix.
    const body = words.map((w, k) => (k === last && t.prefix ? `${w}[\\p{L}\\p{N}]{0,40}` : w)).join('[^\\p{L}\\p{N}]{1,8}');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of folded.matchAll(re)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (spans.length >= max) break;
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchSpan[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    // Overlapping matches, and the words of one query separated by spaces only, become one mark.
    if (prev && (s.start <= prev.end || (s.start - prev.end <= 2 && /^[ \u00a0]+$/.test(text.slice(prev.end, s.start))))) {
      prev.end = Math.max(prev.end, s.end);
    }
    else merged.push({ ...s });
  }
  return merged;
}

/** A snippet: a window of the text around the first match, with the matches in it. */
export interface Snippet {
  /** Offset of the window in the hit's text. */
  start: number;
  end: number;
  text: string;
  marks: MatchSpan[];
}

/** About `width` characters of `text` around the first match, cut at spaces, line breaks as spaces. */
export function makeSnippet(text: string, marks: MatchSpan[], width = 160): Snippet {
  const first = marks[0] ?? { start: 0, end: 0 };
  let a = Math.max(0, first.start - Math.floor(width / 3));
  let b = Math.min(text.length, a + width);
  a = Math.max(0, Math.min(a, b - width));
  if (a > 0) {
    const sp = text.indexOf(' ', a);
    if (sp >= 0 && sp < first.start) a = sp + 1;
  }
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b);
    if (sp > first.end) b = sp;
  }
  const inside = marks.filter((m) => m.start >= a && m.end <= b);
  return { start: a, end: b, text: text.slice(a, b).replace(/[\r\n\t]/g, ' '), marks: inside };
}
