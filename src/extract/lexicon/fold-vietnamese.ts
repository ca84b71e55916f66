/**
 * Folds Vietnamese text for comparison and keys: lower case, diacritics off,
 * `đ`→`d`, look-alike `Ð` read as `Đ`. Length is not kept (NFD drops marks).
 * `Hòa`/`Hoà`, `Trà Vinh`/`TRÀ VINH` all fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(/\u00D0/g, '\u0110')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** A folded slug: words joined by `-` (`Bà Rịa - Vũng Tàu` → `ba-ria-vung-tau`). */
export function slugVietnamese(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9&]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
