import { isVietnameseSyllable } from './is-vietnamese-syllable.js';

/**
 * Puts back the ư that TCVN3 text loses on its way through other programs.
 * TCVN3 writes ư as byte 0xAD, which Windows-1252 reads as a soft hyphen:
 * invisible, so text extractors drop it (`tr­êng` → `trêng` → `trờng`) or
 * print it as a hyphen (`Th«ng t­` → `Thông t-`).
 *
 * - A dropped ư is certain where ơ stands before -ng, -c or -u after a
 *   consonant: Vietnamese has ương, ước, ươu but no *ơng, *ơc, *ơu
 *   (`trờng` → `trường`, `đợc` → `được`, `nớc` → `nước`).
 * - A hyphen inside a word before ơ is the ư of ươ (`ng-ời` → `người`), and a
 *   hyphen ending a consonant-only word is a final ư (`t-` → `tư`, `nh-` →
 *   `như`) when that makes a Vietnamese syllable.
 */
export function restoreDroppedU(text: string): string {
  return text
    .replace(DROPPED_BEFORE_O, (_m, o: string) => (o === o.toUpperCase() && o !== o.toLowerCase() ? 'Ư' : 'ư') + o)
    .replace(HYPHEN_BEFORE_O, (_m, before: string) => before + (before === before.toUpperCase() ? 'Ư' : 'ư'))
    .replace(HYPHEN_FINAL, (m, onset: string) => {
      const word = onset + (onset === onset.toUpperCase() && onset.length > 1 ? 'Ư' : 'ư');
      return isVietnameseSyllable(word) ? word : m;
    });
}

const O_FORMS = 'ơờớởỡợƠỜỚỞỠỢ';
const CONSONANT = 'bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX';

/** A consonant, then ơ (any tone) and -ng, -c or -u: the ư between them was dropped. */
const DROPPED_BEFORE_O = new RegExp(`(?<=[${CONSONANT}])([${O_FORMS}])(?=(?:ng|c|u|NG|C|U)(?![\\p{L}]))`, 'gu');

/** A hyphen between a consonant and ơ inside a word. */
const HYPHEN_BEFORE_O = new RegExp(`([${CONSONANT}])-(?=[${O_FORMS}])`, 'gu');

/** A word of one to three consonants ending in a hyphen, at a word boundary. */
const HYPHEN_FINAL = new RegExp(`(?<![\\p{L}\\p{N}-])([${CONSONANT}]{1,3})-(?=[\\s,.;:!?)]|$)`, 'gu');
