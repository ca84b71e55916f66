import type { Span } from '../../types.js';

/**
 * Abbreviations that end in a full stop without ending the sentence
 * (`TP. Lào Cai`, `TS. Nguyễn Văn A`), folded to lower case.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['tp', 'tx', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'st', 'v.v', 'vv', 'tt', 'q']);

const UPPER_OR_DIGIT = /[\p{Lu}\p{N}“"'(«\-–•*+]/u;
const LETTER = /[\p{L}\p{M}.]/u;

/**
 * Does a sentence end right after the mark at `i` (`.`, `!`, `?`, `…`)?
 * Yes when spaces follow and then an upper-case letter, a digit, a quote or
 * a bullet; not inside numbers (`1.500`), section labels at a line start
 * (`2.4.1. Tham mưu`), nor after an abbreviation (`TP. Hồ Chí Minh`).
 */
export function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  let j = i + 1;
  while (j < text.length && (text[j] === '.' || text[j] === '/')) j++; // `./.` closes a document
  if (j >= text.length || text[j] === '\n') return true;
  if (text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\u00A0') return false;
  let k = j;
  while (k < text.length && k - j < 8 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00A0')) k++;
  if (k >= text.length || text[k] === '\n') return true;
  if (!UPPER_OR_DIGIT.test(text[k])) return false;
  if (c === '.') {
    // the word before the stop: a label (`2.4.`) at the start of a line, or an abbreviation
    let s = i;
    while (s > 0 && i - s < 12 && (LETTER.test(text[s - 1]) || (text[s - 1] >= '0' && text[s - 1] <= '9'))) s--;
    const word = text.slice(s, i).toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    if (/^[\dIVXLCivxlc.]+$/.test(word) || /^[a-zđ]$/.test(word)) {
      let b = s;
      while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
      if (b === 0 || text[b - 1] === '\n') return false;
    }
  }
  return true;
}

/**
 * Splits the text into sentences: every line is at least one sentence (a
 * lettered item `a, …` or a bullet is its own line), and a line breaks again
 * after `.`, `!`, `?` followed by an upper-case start. Spans are trimmed of
 * surrounding spaces; blank lines give nothing. Linear in the text.
 */
export function findSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, i)) {
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '/')) j++;
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, text.length);
  return out;
}

/**
 * The sentence that holds `pos`, found by looking outwards from it (the same
 * boundaries as findSentences, without splitting the whole text).
 */
export function sentenceAround(text: string, pos: number): Span {
  let a = pos;
  while (a > 0) {
    const c = text[a - 1];
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, a - 1)) break;
    if (pos - a > 4000) break;
    a--;
  }
  let b = pos;
  while (b < text.length) {
    const c = text[b];
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?' || c === '…') && endsSentence(text, b)) {
      b++;
      while (b < text.length && (text[b] === '.' || text[b] === '/')) b++;
      break;
    }
    if (b - pos > 4000) break;
    b++;
  }
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b };
}
