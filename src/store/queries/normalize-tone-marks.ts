/** Tone marks as NFD combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';

/** `oa`, `oe` with the tone on the second vowel and nothing after: hoà, khoẻ. */
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
/** `uy` with the tone on y and nothing after, not after q (quý is right as it is): thuỷ, Uỷ. */
const UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/** A combining mark: the text is not NFC and takes the full path. */
const COMBINING = /[\u0300-\u036f]/;
/** o or u followed by a toned a, e or y (precomposed): a pair the full path may change. */
const OLD_STYLE_NFC = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/;

/**
 * Puts tone marks of open `oa`, `oe`, `uy` syllables on the first vowel (the
 * "new" placement: hòa, khỏe, thủy), so that `hoà` and `hòa`, `Uỷ` and `Ủy`
 * are the same word. Closed syllables keep their mark where both styles agree
 * (hoàn, thuyền). Returns NFC text; the length may change for NFD input.
 */
export function normalizeToneMarks(s: string): string {
  // Most text has nothing to move: NFC text with no old-style pair is returned as it is (cheap guard).
  if (!COMBINING.test(s) && !OLD_STYLE_NFC.test(s)) return s;
  return s.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}
