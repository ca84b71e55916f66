import { FIXED_PHRASES, HEADER_ABBREVIATIONS, ORGAN_HEADS, TERRITORY_WORDS } from './organ-words.js';
import { PROVINCE_NAMES } from './province-names.js';
import { capitalizeWord, isAllCaps, titleCase, upperKey } from './vietnamese-text.js';

/** A word sequence in capitals and its proper-case form. */
interface Phrase {
  words: string[];
  proper: string[];
}

const toPhrase = (proper: string): Phrase => ({ words: upperKey(proper).split(' '), proper: proper.split(' ') });
const FIXED = FIXED_PHRASES.map((f) => toPhrase(f.phrase)).sort((a, b) => b.words.length - a.words.length);
const HEADS = ORGAN_HEADS.map((h) => toPhrase(h.head)).sort((a, b) => b.words.length - a.words.length);
const TERRITORIES = TERRITORY_WORDS.map((t) => toPhrase(t)).sort((a, b) => b.words.length - a.words.length);
const PROVINCES = PROVINCE_NAMES.map((p) => toPhrase(p.name)).sort((a, b) => b.words.length - a.words.length);
const ABBREVIATIONS = new Map(HEADER_ABBREVIATIONS.map((a) => [upperKey(a.abbr), a.full]));

/** Does `phrase` start at `words[i]`? */
function startsAt(words: string[], i: number, phrase: Phrase): boolean {
  if (i + phrase.words.length > words.length) return false;
  for (let k = 0; k < phrase.words.length; k++) if (words[i + k] !== phrase.words[k]) return false;
  return true;
}

function firstAt(words: string[], i: number, list: Phrase[]): Phrase | undefined {
  return list.find((p) => startsAt(words, i, p));
}

/** Capital words with abbreviations spelt out (`UBND` → `ỦY BAN NHÂN DÂN`, `TP.` → `THÀNH PHỐ`). */
export function expandIssuerWords(s: string): string[] {
  const out: string[] = [];
  for (const w of upperKey(s).split(' ')) {
    if (!w) continue;
    const full = ABBREVIATIONS.get(w);
    if (full) out.push(...full.split(' '));
    else if (w.startsWith('TP.') && w.length > 3) out.push('THÀNH', 'PHỐ', w.slice(3));
    else out.push(w);
  }
  return out;
}

/** Index of the first territory word that has a name after it (`TỈNH` in `… TỈNH LÀO CAI`), or -1. */
export function territoryIndex(words: string[]): number {
  for (let i = 0; i < words.length; i++) {
    const t = firstAt(words, i, TERRITORIES);
    if (!t) continue;
    const next = i + t.words.length;
    // `TỈNH ỦY`, `THÀNH ỦY`: a Party committee, not a territory; `XÃ HỘI` is a word.
    if (next >= words.length || words[next] === 'ỦY' || firstAt(words, next, TERRITORIES)) continue;
    if (words[i] === 'XÃ' && words[next] === 'HỘI') continue;
    return i;
  }
  return -1;
}

/** True when the capital words start with an organ head or a fixed organ phrase. */
export function startsWithOrgan(words: string[]): boolean {
  const fixed = firstAt(words, 0, FIXED);
  return Boolean(firstAt(words, 0, HEADS) || (fixed && !NOT_ORGANS.has(fixed.proper.join(' '))));
}

// Party committees named by their place with no territory word.
const PLACE_FOLLOWS = new Set(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy']);

// Fixed phrases that are parts of names, not names of bodies.
const NOT_ORGANS = new Set(['Việt Nam', 'Công Thương']);

/** The place name after a territory word, in its lexicon spelling or title case. */
function properPlace(words: string[]): string {
  if (!words.length) return '';
  const p = firstAt(words, 0, PROVINCES);
  if (p && p.words.length === words.length) return p.proper.join(' ');
  return words
    .map((w) => (firstAt([w], 0, TERRITORIES) ? w.toLowerCase() : titleCase(w)))
    .join(' ');
}

/**
 * Writes an issuer printed in capitals in proper case, the way the name is
 * written in running text: fixed phrases from the lexicon (`Ủy ban nhân dân`,
 * `Tỉnh ủy`), an organ head followed by capitalized fields (`Sở Kế hoạch và
 * Đầu tư`), lower-case territory words and title-case place names (`tỉnh Lào
 * Cai`). Abbreviations are spelt out. Text already in mixed case only gets its
 * abbreviations spelt out.
 */
export function properCaseIssuer(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  if (!isAllCaps(text)) {
    return text.replace(/(?<![\p{L}\p{N}])(UBND|HĐND)(?![\p{L}\p{N}])/gu, (m) => (m === 'UBND' ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân'));
  }
  const words = expandIssuerWords(text);
  const ti = territoryIndex(words);
  const organ = ti >= 0 ? words.slice(0, ti) : words;
  const out: string[] = [];
  let capitalizeNext = true; // a field starts: first word, after a head, after `và`, `,`, `-`
  for (let i = 0; i < organ.length; ) {
    const fixed = firstAt(organ, i, FIXED);
    if (fixed) {
      out.push(...fixed.proper);
      i += fixed.words.length;
      capitalizeNext = false;
      // `HUYỆN ỦY BẢO THẮNG`: what follows a Party committee's name is its place.
      if (PLACE_FOLLOWS.has(fixed.proper.join(' ')) && i < organ.length) {
        out.push(properPlace(organ.slice(i)));
        break;
      }
      continue;
    }
    const rest = organ.slice(i);
    const province = firstAt(rest, 0, PROVINCES);
    if (province && province.words.length === rest.length && i > 0) {
      out.push(...province.proper);
      break;
    }
    const head = firstAt(organ, i, HEADS);
    if (head && (i === 0 || capitalizeNext || out.length === 0)) {
      out.push(...head.proper);
      i += head.words.length;
      capitalizeNext = true;
      continue;
    }
    const w = organ[i];
    // `BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI`: a dash of either width starts a field.
    if (w === '-' || w === '–' || w === '—' || w === 'VÀ') {
      out.push(w.toLowerCase());
      capitalizeNext = true;
    } else {
      const territory = firstAt(organ, i, TERRITORIES);
      if (territory && !capitalizeNext) {
        out.push(...territory.proper);
        i += territory.words.length;
        continue;
      }
      out.push(capitalizeNext ? capitalizeWord(w) : w.toLowerCase());
      capitalizeNext = w.endsWith(',');
    }
    i++;
  }
  if (ti >= 0) {
    const t = firstAt(words, ti, TERRITORIES)!;
    out.push(...t.proper, properPlace(words.slice(ti + t.words.length)));
  }
  return out.join(' ').trim();
}
