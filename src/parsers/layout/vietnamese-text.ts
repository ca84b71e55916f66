/**
 * Small helpers for comparing Vietnamese words: tone placement in `oa`, `oe`,
 * `uy` differs between the old and the new spelling (`HOÀ` / `HÒA`, `Uỷ` / `Ủy`),
 * and headers are printed in capitals.
 */

const TONES = '\u0300\u0301\u0303\u0309\u0323';
// A cheap test for the same, on composed or decomposed text.
const MAYBE_TONE_ON_SECOND = /[oOuU](?:[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]|[aAeEyY][\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/u;
const TONE_ON_SECOND = new RegExp(`([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/** Moves a tone mark written on the second vowel of `oa`/`oe`/`uy` onto the first (`hoà` → `hòa`). NFC out. */
export function foldTone(s: string): string {
  // Most lines hold no `oa`/`oe`/`uy` with a tone on its second vowel: skip the two normalizations.
  if (!MAYBE_TONE_ON_SECOND.test(s)) return s.normalize('NFC');
  return s.normalize('NFD').replace(TONE_ON_SECOND, '$1$3$2').normalize('NFC');
}

/** Upper case with tone placement folded: the key used to look words up in the lexicons. */
export function upperKey(s: string): string {
  return foldTone(s).toUpperCase().replace(/\u00D0/g, '\u0110').replace(/\s+/g, ' ').trim();
}

/** True when the text has letters and none of them is lower case (`TỈNH LÀO CAI`, `KT. GIÁM ĐỐC`). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (/\p{Ll}/u.test(ch)) return false;
    if (/\p{Lu}/u.test(ch)) letters++;
  }
  return letters >= 2;
}

/** Capitalizes the first letter and lowers the rest of one word (`LÀO` → `Lào`). */
export function capitalizeWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Title case every word (`BÀ RỊA - VŨNG TÀU` → `Bà Rịa - Vũng Tàu`): the way place names are written. */
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w) => capitalizeWord(w))
    .join(' ');
}
