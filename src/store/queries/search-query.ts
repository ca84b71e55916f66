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

/** The FTS5 MATCH expressions of a query on each column. */
export interface SearchExpressions {
  /** Terms folded (no marks, đ → d), on the folded column: what a hit must match. */
  folded: string;
  /** Terms with tone marks placed one way, on the exact column: hits that also match it rank first. */
  exact: string;
}

/**
 * The FTS5 MATCH expressions for `terms`: every term quoted (a phrase of its
 * words; `*` after the quotes for a prefix), all terms required, restricted to
 * one column. Null when there is nothing to look for.
 */
export function ftsExpression(terms: SearchTerm[]): SearchExpressions | null {
  if (!terms.length) return null;
  const side = (column: string, form: (w: string) => string): string =>
    `${column} : (${terms.map((t) => `${quote(t.words.map(form).join(' '))}${t.prefix ? ' *' : ''}`).join(' AND ')})`;
  return { folded: side('folded', foldVi), exact: side('exact', (w) => normalizeToneMarks(w).toLowerCase()) };
}

/** Filters of `vanban search`, on the document a hit belongs to. */
export interface SearchFilters {
  type?: string;
  year?: number;
  province?: string;
  limit: number;
  /** How many matching rows, newest first, are ranked (default SEARCH_CANDIDATES). */
  candidates?: number;
}

/**
 * Matching rows looked at per query and column, newest first (by rowid:
 * sections of the latest imports first). FTS5's bm25 scans every matching
 * row of each phrase to weigh it, which grows with the database; ranking a
 * bounded set of candidates in JavaScript keeps a query fast at any size.
 * Rare terms have fewer matches than this and are ranked over all of them.
 */
export const SEARCH_CANDIDATES = 300;

/** One hit: the document, the section (or '' for text before the first section) and where in the text. */
export interface SearchHit {
  rowid: number;
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
  /** Higher is better: exact-diacritic match, then the words as a phrase, then how densely the terms occur. */
  score: number;
  exact: boolean;
}

/**
 * Runs a search. Candidates: the newest matches of the folded column, and for
 * a query typed with diacritics the newest matches of the exact column
 * (filtered on the document's facets in search_documents, so no document text
 * is read to filter). Ranking: rows that hold the terms with the diacritics as
 * typed first, then by term occurrences per length of text.
 */
export function searchSections(db: Db, expr: SearchExpressions, terms: SearchTerm[], f: SearchFilters): SearchHit[] {
  const w = new SqlWhere().add('search_fts MATCH ?', '');
  if (f.type) w.add('sd.type_folded = ?', foldVi(f.type.trim()));
  if (f.year !== undefined) w.add('sd.year = ?', f.year);
  if (f.province) w.add('instr(sd.place_folded, ?) > 0', foldVi(f.province.trim()));
  const filtered = f.type || f.year !== undefined || f.province;
  const candidates = db.prepare(
    `SELECT f.rowid AS rid FROM search_fts f
     ${filtered ? 'JOIN search_documents sd ON sd.document_id = CASE WHEN f.rowid > 0 THEN (SELECT document_id FROM sections WHERE id = f.rowid) ELSE -f.rowid END' : ''}
     ${w}
     ORDER BY f.rowid DESC
     LIMIT ?`,
  ).pluck();
  const n = f.candidates ?? SEARCH_CANDIDATES;
  const ids = new Set<number>(candidates.all(expr.folded, ...w.params.slice(1), n) as number[]);
  // A query typed with diacritics also brings the newest rows that match them as typed (they
  // may be older than the newest folded matches). Typed without, it states no preference, and
  // an exact-column AND that matches nothing would scan the common word's whole doclist.
  if (hasMarks(terms)) for (const id of candidates.all(expr.exact, ...w.params.slice(1), n) as number[]) ids.add(id);

  // Score on the row's own text only (a section row is small); join the documents for the best few.
  const sectionText = db.prepare('SELECT text FROM sections WHERE id = ?').pluck();
  const leadText = db
    .prepare('SELECT substr(d.text, 1, coalesce((SELECT min(start) FROM sections WHERE document_id = d.id), length(d.text))) FROM documents d WHERE d.id = ?')
    .pluck();
  const matcher = compileMatcher(terms);
  const exactMatch = compileExactMatcher(terms);
  // The query's words side by side, in order: a row that has them as a phrase ranks above one
  // that only has them scattered (`sở hữu trí tuệ` against `số … sở … trí`).
  const allWords = terms.flatMap((t) => t.words);
  const asPhrase: SearchTerm[] = [{ words: allWords, prefix: terms[terms.length - 1]?.prefix ?? false }];
  const phraseMatch = terms.length > 1 ? compileMatcher(asPhrase) : null;
  const exactPhraseMatch = terms.length > 1 ? compileExactMatcher(asPhrase) : null;
  const scored: { id: number; exact: boolean; score: number; text: string }[] = [];
  for (const id of ids) {
    const text = (id > 0 ? sectionText.get(id) : leadText.get(-id)) as string | undefined;
    if (text === undefined) continue;
    const folded = foldVi(text);
    const exactText = exactMatch !== null ? normalizeToneMarks(text).toLowerCase() : '';
    const exact = exactMatch !== null && exactMatch(exactText);
    const phrase = phraseMatch !== null && phraseMatch(text, 1, folded).length > 0;
    const exactPhrase = phrase && exactPhraseMatch !== null && exactPhraseMatch(exactText);
    const density = matcher(text, 200, folded).length / Math.sqrt(50 + text.length);
    scored.push({ id, exact, text, score: (exact ? 1000 : 0) + (exactPhrase ? 400 : 0) + (phrase ? 200 : 0) + density });
  }
  scored.sort((a, b) => b.score - a.score || b.id - a.id);
  const sectionRow = db.prepare(
    `SELECT s.document_id, d.symbol, d.type, d.issued_on, d.title, s.path AS section_path, s.heading, s.start AS base
     FROM sections s JOIN documents d ON d.id = s.document_id WHERE s.id = ?`,
  );
  const leadRow = db.prepare(
    `SELECT d.id AS document_id, d.symbol, d.type, d.issued_on, d.title, '' AS section_path, NULL AS heading, 0 AS base FROM documents d WHERE d.id = ?`,
  );
  return scored.slice(0, f.limit).map((c) => ({
    ...((c.id > 0 ? sectionRow.get(c.id) : leadRow.get(-c.id)) as Omit<SearchHit, 'rowid' | 'text' | 'score' | 'exact'>),
    rowid: c.id,
    text: c.text,
    score: c.score,
    exact: c.exact,
  }));
}

/** Whether any word of the query carries a mark or đ (was typed with diacritics). */
function hasMarks(terms: SearchTerm[]): boolean {
  return terms.some((t) => t.words.some((w) => foldVi(w) !== w.toLowerCase()));
}

/**
 * A test of whether a text holds every term with its diacritics as typed (tone
 * placement normalized, case ignored); null when the query has no diacritics.
 * It takes the text already through normalizeToneMarks and lower-cased.
 */
function compileExactMatcher(terms: SearchTerm[]): ((exactText: string) => boolean) | null {
  if (!hasMarks(terms)) return null;
  const patterns = terms.map((t) => {
    const words = t.words.map((w) => normalizeToneMarks(w).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const last = words.length - 1;
    const body = words.map((w, k) => (k === last && t.prefix ? `${w}[\\p{L}\\p{N}]{0,40}` : w)).join('[^\\p{L}\\p{N}]{1,8}');
    return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
  });
  // `exactText`: normalizeToneMarks(text).toLowerCase(), made once per row by the caller.
  return (exactText) => patterns.every((re) => re.test(exactText));
}

/** A match of a term in a hit's text: end-exclusive offsets into that text. */
export interface MatchSpan {
  start: number;
  end: number;
}

/**
 * Where the terms occur in `text`, found in its folded form (foldVi keeps the
 * length of NFC text, so offsets carry over). At most `max` spans, in order;
 * the words of one query separated by spaces only, and overlapping matches,
 * make one span.
 */
export function findMatches(text: string, terms: SearchTerm[], max = 50): MatchSpan[] {
  return compileMatcher(terms)(text, max);
}

/** findMatches with the terms' patterns compiled once, for many texts (`folded`: foldVi(text), if already made). */
export function compileMatcher(terms: SearchTerm[]): (text: string, max: number, folded?: string) => MatchSpan[] {
  const patterns = terms.map((t) => {
    const words = t.words.map((w) => foldVi(w));
    const last = words.length - 1;
    // Words of a phrase are separated by a few non-word characters; the last may be a prefix.
    const body = words.map((w, k) => (k === last && t.prefix ? `${w}[\\p{L}\\p{N}]{0,40}` : w)).join('[^\\p{L}\\p{N}]{1,8}');
    return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
  });
  return (text, max, prefolded) => {
    const folded = prefolded ?? foldVi(text);
    if (folded.length !== text.length) return [];
    const spans: MatchSpan[] = [];
    for (const re of patterns) {
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) {
        spans.push({ start: m.index, end: m.index + m[0].length });
        if (spans.length >= max) break;
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: MatchSpan[] = [];
    for (const s of spans) {
      const prev = merged[merged.length - 1];
      if (prev && (s.start <= prev.end || (s.start - prev.end <= 2 && /^[ \u00a0]+$/.test(text.slice(prev.end, s.start))))) {
        prev.end = Math.max(prev.end, s.end);
      } else merged.push({ ...s });
    }
    return merged;
  };
}

/** A snippet: a window of the text around the first match, with the matches in it. */
export interface Snippet {
  /** Offset of the window in the hit's text. */
  start: number;
  end: number;
  text: string;
  marks: MatchSpan[];
}

/** About `width` characters of `text` around the best match, cut at spaces, line breaks as spaces. */
export function makeSnippet(text: string, marks: MatchSpan[], width = 160): Snippet {
  // The window that holds the most matched text (the query's words together), else the first match.
  let first = marks[0] ?? { start: 0, end: 0 };
  let best = -1;
  for (const m of marks) {
    let covered = 0;
    for (const o of marks) if (o.start >= m.start && o.end <= m.start + width) covered += o.end - o.start;
    if (covered > best) {
      best = covered;
      first = m;
    }
  }
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
