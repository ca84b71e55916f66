/** Mostly upper-case lines (headlines, header blocks) give no name boundaries. */
export function isAllCaps(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < line.length && upper + lower < 80; k++) {
    const c = letterCase(line.charCodeAt(k));
    if (c > 0) upper++;
    else if (c < 0) lower++;
  }
  return upper >= 8 && upper > 2 * lower;
}

/**
 * The case of a Vietnamese letter from its code alone (1 upper, -1 lower, 0 not
 * a cased letter): ASCII, Latin-1, Latin Extended-A/B pairs (`Đđ`, `Ăă`, `Ơơ`,
 * `Ưư`) and Latin Extended Additional (`Ạạ` … `Ỹỹ`), without calling ICU.
 */
function letterCase(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? -1 : 0;
  if (c >= 0xc0 && c <= 0xde) return c === 0xd7 ? 0 : 1;
  if (c >= 0xdf && c <= 0xff) return c === 0xf7 ? 0 : -1;
  if (c === 0x1af) return 1; // Ư
  if (c === 0x1b0) return -1; // ư
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177) || (c >= 0x1a0 && c <= 0x1a1) || (c >= 0x1e00 && c <= 0x1eff)) return c % 2 === 0 ? 1 : -1;
  return 0;
}

