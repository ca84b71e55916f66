import type { Tok } from './tokenize-line.js';
import type { OrganWord } from './organ-words.js';
import { LEX } from './unit-lexicons.js';

/** A unit name found in a token list: tokens [start, end) of the line. */
export interface NameMatch {
  start: number;
  end: number;
  organ: OrganWord;
  /** Token count of the organ word. */
  organLen: number;
}

const MAX_NAME_TOKENS = 18;
const MAX_LOWER_RUN = 6;

/** Does an organ word that can open a name start at token `i`? */
export function startsOrgan(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || !t.word) return false;
  const n = LEX.organs.matchAt(toks, i);
  if (!n) return false;
  const organ = organAt(toks, i, n);
  if (!organ) return false;
  if (!t.cap && organ.capOrgan) return false;
  const next = toks[i + n];
  if (organ.kind === 'named' && !t.cap) return !!next && next.word && next.cap;
  return true;
}

function organAt(toks: Tok[], i: number, n: number): OrganWord | undefined {
  let key = toks[i].lo;
  for (let k = 1; k < n; k++) key += ' ' + toks[i + k].lo;
  return LEX.organByPhrase.get(key);
}

/** Words that cannot be the first (lower-case) word of a name. */
const NOT_FIRST = new Set(['và', 'các', 'những', 'của', 'tại', 'với', 'này', 'đó', 'cho', 'theo', 'về', 'là', 'có', 'được']);

/**
 * Reads a place scope after `i` (`tỉnh`, `cấp huyện`, `các huyện, thị xã, thành phố`,
 * `các huyện/thị xã/thành phố`, `tỉnh Trà Vinh`) and returns the index after it,
 * or `i` when there is none.
 */
function readScope(toks: Tok[], i: number): number {
  let k = i;
  const t = toks[k];
  if (!t || !t.word) return i;
  if (t.lo === 'các' || t.lo === 'cấp') k++;
  let p = LEX.places.matchAt(toks, k);
  if (!p) {
    // `UBND Thành phố Hà Nội`, `Thanh tra Sở`: capitalized name words.
    if (k === i && t.cap && !t.num) return readCaps(toks, k);
    return i;
  }
  k += p;
  if (toks[k]?.num) k++; // `quận 7`, `phường 5`
  // more place levels joined by `,` or `/`
  for (;;) {
    const sep = toks[k];
    if (!sep || (sep.s !== ',' && sep.s !== '/')) break;
    const q = LEX.places.matchAt(toks, k + 1);
    if (!q) break;
    k += 1 + q;
  }
  // `các tỉnh, thành phố trực thuộc Trung ương`: the fixed scope of a province-level body
  if (toks[k]?.lo === 'trực' && toks[k + 1]?.lo === 'thuộc' && toks[k + 2]?.lo === 'trung' && toks[k + 3]?.lo === 'ương') return k + 4;
  return readCaps(toks, k);
}

/** Capitalized non-organ words (a place name: `Trà Vinh`, `Điện Biên`). */
function readCaps(toks: Tok[], i: number): number {
  let k = i;
  while (k < toks.length && k - i < 6) {
    const t = toks[k];
    if (!t.word || !t.cap || t.num || startsOrgan(toks, k)) break;
    k++;
  }
  return k;
}

/**
 * From a `,` at `k`, do lower-case name words and commas lead to a
 * capitalized word or abbreviation before any verb (`trung tâm Ứng dụng,
 * kỹ thuật, thông tin KH&CN chủ trì`)?
 */
function lowerListReachesCap(toks: Tok[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    const t = toks[j];
    if (t.s === ',') continue;
    if (!t.word || t.num) return false;
    if (t.cap) return !startsOrgan(toks, j);
    if (LEX.stops.matchAt(toks, j) || LEX.generics.matchAt(toks, j) || t.lo === 'và') return false;
  }
  return false;
}

/** After `, X` where X is capitalized: does the run end in `và Y` (`Văn hóa, Thể thao và Du lịch`)? */
function capListEndsWithAnd(toks: Tok[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    const t = toks[j];
    if (t.word && t.lo === 'và') {
      const u = toks[j + 1];
      return !!u && u.word && u.cap && !startsOrgan(toks, j + 1);
    }
    if (t.s === ',') continue;
    if (!t.word || t.num || startsOrgan(toks, j)) return false;
    if (!t.cap && (j === k + 1 || LEX.stops.matchAt(toks, j) || LEX.generics.matchAt(toks, j))) return false;
  }
  return false;
}

/**
 * Reads the name of an organization whose organ word starts at token `i`:
 * the organ word, then name words (capitalized syllables and abbreviations,
 * plus lower-case words that are not verbs or function words), stopping at
 * the first verb, function word, number or punctuation that does not join
 * a name. Lists split where the next piece starts with an organ word.
 * Returns null when the organ word is a common noun here.
 */
export function readUnitName(toks: Tok[], i: number): NameMatch | null {
  const t = toks[i];
  if (!t || !t.word) return null;
  const n = LEX.organs.matchAt(toks, i);
  if (!n) return null;
  const organ = organAt(toks, i, n);
  if (!organ) return null;
  if (organ.capOrgan && !t.cap) return null;
  const j = i + n;
  const next = toks[j];

  if (organ.kind === 'scoped' || organ.kind === 'complete') {
    const end = readScope(toks, j);
    if (organ.kind === 'scoped' && end === j) return null;
    return { start: i, end, organ, organLen: n };
  }

  // named: a first name word must follow
  if (!next || !next.word || next.num || next.gap === false) return null;
  if (!next.cap) {
    if (!t.cap || !organ.lowerName) return null;
    if (organ.notNext?.includes(next.lo)) return null;
    // `BQL các Khu kinh tế`: `các` opens a name only before a capitalized word or a place level
    const after = toks[j + 1];
    const scopeList = next.lo === 'các' && !!after && after.word && (after.cap || LEX.places.matchAt(toks, j + 1) > 0);
    if (NOT_FIRST.has(next.lo) && !scopeList) return null;
  }
  let k = j + 1;
  let lowerRun = next.cap ? 0 : 1;
  // consecutive capitalized syllables: after a proper noun (`Việt Nam`, `Lào Cai`) only a place level goes on
  let capRun = next.cap ? 1 : 0;
  while (k < toks.length && k - i < MAX_NAME_TOKENS) {
    const u = toks[k];
    if (u.word) {
      if (u.num) break;
      if (u.cap) { lowerRun = 0; capRun++; k++; continue; }
      if (capRun >= 2 && !LEX.places.matchAt(toks, k) && u.lo !== 'và' && u.lo !== 'các') break;
      capRun = 0;
      if (u.lo === 'và') {
        const v = toks[k + 1];
        if (!v || !v.word || v.num || startsOrgan(toks, k + 1)) break;
        if (v.cap || !(LEX.stops.matchAt(toks, k + 1) || LEX.generics.matchAt(toks, k + 1))) { k++; continue; }
        break;
      }
      if (u.lo === 'các') {
        const v = toks[k + 1];
        if (v && v.word && !startsOrgan(toks, k + 1) && (v.cap || LEX.places.matchAt(toks, k + 1))) { k++; continue; }
        break;
      }
      if (u.lo === 'số' && toks[k + 1]?.num) break;
      if (LEX.stops.matchAt(toks, k)) break;
      if (++lowerRun > MAX_LOWER_RUN) break;
      k++;
      continue;
    }
    if (u.s === ',') {
      const v = toks[k + 1];
      if (!v || !v.word || v.num || startsOrgan(toks, k + 1)) break;
      if (v.cap) { if (capListEndsWithAnd(toks, k)) { k++; continue; } break; }
      if (LEX.places.matchEndingAt(toks, k - 1) && LEX.places.matchAt(toks, k + 1)) { k++; continue; }
      if (lowerListReachesCap(toks, k)) { k++; continue; }
      break;
    }
    if (u.s === '/') {
      if (LEX.places.matchEndingAt(toks, k - 1) && LEX.places.matchAt(toks, k + 1)) { k++; continue; }
      break;
    }
    if (u.s === '-' || u.s === '–') {
      const v = toks[k + 1];
      if (v && v.word && v.cap && !v.num && !startsOrgan(toks, k + 1)) { k++; continue; }
      break;
    }
    break;
  }
  // trim dangling joiners
  while (k > j + 1) {
    const last = toks[k - 1];
    if (last.s === ',' || last.s === '-' || last.s === '–' || last.s === '/' || last.lo === 'và' || last.lo === 'các') k--;
    else break;
  }
  return { start: i, end: k, organ, organLen: n };
}
