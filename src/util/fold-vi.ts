/**
 * Folds Vietnamese text for matching the way people type it: lower case, tone
 * and vowel marks removed, đ → d. Keeps the string length of NFC input (each
 * letter stays one UTF-16 unit), so offsets found in the folded text point into
 * the original.
 */
export function foldVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}
