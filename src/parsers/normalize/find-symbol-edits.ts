import type { Edit } from './apply-edits.js';

/**
 * Cyrillic and Greek letters that print like a Latin letter, each with where
 * it turns up: OCR and copy-paste put them into symbols and words
 * (`57/2021/ТТ-ВТС` typed on a Russian layout, `UВND`).
 */
export const LOOKALIKE_LETTERS: ReadonlyArray<{ char: string; to: string; example: string }> = [
  { char: 'А', to: 'A', example: 'Cyrillic А in "QĐ-UBNDА"' },
  { char: 'В', to: 'B', example: 'Cyrillic В in "UВND"' },
  { char: 'С', to: 'C', example: 'Cyrillic С in "14-СTr/TU"' },
  { char: 'Е', to: 'E', example: 'Cyrillic Е in "COVIDЕ"' },
  { char: 'Н', to: 'H', example: 'Cyrillic Н in "NQ-НĐND"' },
  { char: 'І', to: 'I', example: 'Ukrainian І in "COVІD-19"' },
  { char: 'Ј', to: 'J', example: 'Cyrillic Ј' },
  { char: 'К', to: 'K', example: 'Cyrillic К in "SКHĐT"' },
  { char: 'М', to: 'M', example: 'Cyrillic М in "TМ"' },
  { char: 'О', to: 'O', example: 'Cyrillic О in "ОCOP"' },
  { char: 'Р', to: 'P', example: 'Cyrillic Р in "KН-РCI"' },
  { char: 'Ѕ', to: 'S', example: 'Macedonian Ѕ' },
  { char: 'Т', to: 'T', example: 'Cyrillic Т in "57/2021/ТТ-BTC"' },
  { char: 'Х', to: 'X', example: 'Cyrillic Х in "NQ-HĐNDХ"' },
  { char: 'У', to: 'Y', example: 'Cyrillic У in "TУ"' },
  { char: 'Ү', to: 'Y', example: 'Cyrillic Ү' },
  { char: 'а', to: 'a', example: 'Cyrillic а in "Quyết định số 12/QĐ-UBND ngàу"' },
  { char: 'с', to: 'c', example: 'Cyrillic с in "сông nghệ"' },
  { char: 'е', to: 'e', example: 'Cyrillic е in "Kế hoạch sе"' },
  { char: 'і', to: 'i', example: 'Ukrainian і in "thực hіện"' },
  { char: 'ј', to: 'j', example: 'Cyrillic ј' },
  { char: 'о', to: 'o', example: 'Cyrillic о in "hоạch"' },
  { char: 'р', to: 'p', example: 'Cyrillic р in "рhát"' },
  { char: 'ѕ', to: 's', example: 'Macedonian ѕ' },
  { char: 'х', to: 'x', example: 'Cyrillic х in "хã hội"' },
  { char: 'у', to: 'y', example: 'Cyrillic у in "ngàу"' },
  { char: 'һ', to: 'h', example: 'Cyrillic һ' },
  { char: 'ԁ', to: 'd', example: 'Cyrillic ԁ' },
  { char: 'Α', to: 'A', example: 'Greek Alpha in "ΑSEAN"' },
  { char: 'Β', to: 'B', example: 'Greek Beta in "UΒND"' },
  { char: 'Ε', to: 'E', example: 'Greek Epsilon' },
  { char: 'Ζ', to: 'Z', example: 'Greek Zeta' },
  { char: 'Η', to: 'H', example: 'Greek Eta in "ΗĐND"' },
  { char: 'Ι', to: 'I', example: 'Greek Iota' },
  { char: 'Κ', to: 'K', example: 'Greek Kappa in "ΚH"' },
  { char: 'Μ', to: 'M', example: 'Greek Mu' },
  { char: 'Ν', to: 'N', example: 'Greek Nu in "UBΝD"' },
  { char: 'Ο', to: 'O', example: 'Greek Omicron' },
  { char: 'Ρ', to: 'P', example: 'Greek Rho' },
  { char: 'Τ', to: 'T', example: 'Greek Tau in "ΤTg"' },
  { char: 'Υ', to: 'Y', example: 'Greek Upsilon' },
  { char: 'Χ', to: 'X', example: 'Greek Chi' },
  { char: 'ο', to: 'o', example: 'Greek omicron in "hοạch"' },
];

const LOOKALIKE = new Map(LOOKALIKE_LETTERS.map((l) => [l.char, l.to]));

/** Dashes that stand for a hyphen when written tight inside a symbol (`QĐ–UBND`, `12–NQ/TU`). */
const SYMBOL_DASHES = new Set(['\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const CONNECTOR = /[/\-.&_]/;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const UPPER = /\p{Lu}/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

const LOOKALIKE_ANY = new RegExp(`[${LOOKALIKE_LETTERS.map((l) => l.char).join('')}]`, 'gu');
const DASH_ANY = /[\u2012-\u2015\u2212]/gu;

/**
 * Finds look-alike letters inside words and symbols that also hold Latin
 * letters or digits, and en/em dashes written tight inside a symbol. A word
 * written wholly in Cyrillic or Greek stays (it is that language), and so do
 * dashes between spaced words and between two numbers (`2021–2025` is a year
 * range, read by the periods extractor).
 */
export function findSymbolEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(DASH_ANY)) {
    const i = m.index;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const tight = (UPPER.test(before) && UPPER_OR_DIGIT.test(after)) || (UPPER_OR_DIGIT.test(before) && UPPER.test(after));
    if (tight && SYMBOL_DASHES.has(m[0])) edits.push({ start: i, end: i + 1, insert: '-' });
  }
  let doneUntil = -1;
  for (const m of text.matchAll(LOOKALIKE_ANY)) {
    if (m.index < doneUntil) continue;
    // The token around it: letters and digits, joined by symbol connectors (`57/2021/ТТ-ВТС`).
    let a = m.index;
    while (a > 0 && (LETTER_OR_DIGIT.test(text[a - 1]) || (CONNECTOR.test(text[a - 1]) && a > 1 && LETTER_OR_DIGIT.test(text[a - 2])))) a--;
    let b = m.index + 1;
    while (b < text.length && (LETTER_OR_DIGIT.test(text[b]) || (CONNECTOR.test(text[b]) && b + 1 < text.length && LETTER_OR_DIGIT.test(text[b + 1])))) b++;
    doneUntil = b;
    let latin = false;
    let otherScript = false;
    for (let k = a; k < b; k++) {
      const c = text[k];
      if (LOOKALIKE.has(c)) continue;
      if (LATIN_OR_DIGIT.test(c)) latin = true;
      else if (CYRILLIC_OR_GREEK.test(c)) otherScript = true;
    }
    if (!latin || otherScript) continue;
    for (let k = a; k < b; k++) {
      const to = LOOKALIKE.get(text[k]);
      if (to !== undefined) edits.push({ start: k, end: k + 1, insert: to });
    }
  }
  return edits.sort((x, y) => x.start - y.start);
}
