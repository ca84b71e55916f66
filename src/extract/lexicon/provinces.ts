import { foldVietnamese, slugVietnamese } from './fold-vietnamese.js';

/**
 * The 63 provinces before the 2025 rearrangement and the one of the 34 that
 * holds each today (Nghị quyết 202/2025/QH15 of 12 June 2025). Eleven stay as
 * they were (Hà Nội, Huế, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh,
 * Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng); the other 52 merge into 23.
 * A citation of `166/QĐ-UBND` of Trà Vinh (2022) and one of Vĩnh Long (2026)
 * both key on today's province, so old and new citations meet.
 *
 * `variants` are other spellings met in documents (folding already makes
 * `Hòa`/`Hoà` and capitals equal). Every entry has an example phrase that the
 * lexicon test runs through findProvince.
 */
export interface Province {
  /** The name before 1 July 2025. */
  name: string;
  /** `tỉnh` or `thành phố` (trực thuộc trung ương). */
  kind: 'tỉnh' | 'thành phố';
  /** The province that holds it after the 2025 merger. */
  now: string;
  variants?: string[];
  example: string;
}

export const PROVINCES: readonly Province[] = [
  // Unchanged.
  { name: 'Hà Nội', kind: 'thành phố', now: 'Hà Nội', example: 'của Ủy ban nhân dân thành phố Hà Nội' },
  { name: 'Thừa Thiên Huế', kind: 'tỉnh', now: 'Huế', variants: ['Thừa Thiên - Huế', 'Huế'], example: 'của UBND tỉnh Thừa Thiên Huế' },
  { name: 'Lai Châu', kind: 'tỉnh', now: 'Lai Châu', example: 'của UBND tỉnh Lai Châu' },
  { name: 'Điện Biên', kind: 'tỉnh', now: 'Điện Biên', example: 'của Ban chấp hành Đảng bộ tỉnh Điện Biên' },
  { name: 'Sơn La', kind: 'tỉnh', now: 'Sơn La', example: 'của HĐND tỉnh Sơn La' },
  { name: 'Lạng Sơn', kind: 'tỉnh', now: 'Lạng Sơn', example: 'của UBND tỉnh Lạng Sơn' },
  { name: 'Quảng Ninh', kind: 'tỉnh', now: 'Quảng Ninh', example: 'của Tỉnh ủy Quảng Ninh' },
  { name: 'Thanh Hóa', kind: 'tỉnh', now: 'Thanh Hóa', example: 'của UBND tỉnh Thanh Hoá' },
  { name: 'Nghệ An', kind: 'tỉnh', now: 'Nghệ An', example: 'của UBND tỉnh Nghệ An' },
  { name: 'Hà Tĩnh', kind: 'tỉnh', now: 'Hà Tĩnh', example: 'của UBND tỉnh Hà Tĩnh' },
  { name: 'Cao Bằng', kind: 'tỉnh', now: 'Cao Bằng', example: 'của UBND tỉnh Cao Bằng' },
  // Tuyên Quang.
  { name: 'Hà Giang', kind: 'tỉnh', now: 'Tuyên Quang', example: 'của UBND tỉnh Hà Giang' },
  { name: 'Tuyên Quang', kind: 'tỉnh', now: 'Tuyên Quang', example: 'của UBND tỉnh Tuyên Quang' },
  // Lào Cai.
  { name: 'Lào Cai', kind: 'tỉnh', now: 'Lào Cai', example: 'của UBND tỉnh Lào Cai' },
  { name: 'Yên Bái', kind: 'tỉnh', now: 'Lào Cai', example: 'của UBND tỉnh Yên Bái' },
  // Thái Nguyên.
  { name: 'Bắc Kạn', kind: 'tỉnh', now: 'Thái Nguyên', variants: ['Bắc Cạn'], example: 'của UBND tỉnh Bắc Kạn' },
  { name: 'Thái Nguyên', kind: 'tỉnh', now: 'Thái Nguyên', example: 'của UBND tỉnh Thái Nguyên' },
  // Phú Thọ.
  { name: 'Vĩnh Phúc', kind: 'tỉnh', now: 'Phú Thọ', example: 'của UBND tỉnh Vĩnh Phúc' },
  { name: 'Hòa Bình', kind: 'tỉnh', now: 'Phú Thọ', example: 'của UBND tỉnh Hoà Bình' },
  { name: 'Phú Thọ', kind: 'tỉnh', now: 'Phú Thọ', example: 'của UBND tỉnh Phú Thọ' },
  // Bắc Ninh.
  { name: 'Bắc Giang', kind: 'tỉnh', now: 'Bắc Ninh', example: 'của UBND tỉnh Bắc Giang' },
  { name: 'Bắc Ninh', kind: 'tỉnh', now: 'Bắc Ninh', example: 'của UBND tỉnh Bắc Ninh' },
  // Hưng Yên.
  { name: 'Thái Bình', kind: 'tỉnh', now: 'Hưng Yên', example: 'của UBND tỉnh Thái Bình' },
  { name: 'Hưng Yên', kind: 'tỉnh', now: 'Hưng Yên', example: 'của UBND tỉnh Hưng Yên' },
  // Hải Phòng.
  { name: 'Hải Dương', kind: 'tỉnh', now: 'Hải Phòng', example: 'của UBND tỉnh Hải Dương' },
  { name: 'Hải Phòng', kind: 'thành phố', now: 'Hải Phòng', example: 'của UBND thành phố Hải Phòng' },
  // Ninh Bình.
  { name: 'Hà Nam', kind: 'tỉnh', now: 'Ninh Bình', example: 'của UBND tỉnh Hà Nam' },
  { name: 'Nam Định', kind: 'tỉnh', now: 'Ninh Bình', example: 'của UBND tỉnh Nam Định' },
  { name: 'Ninh Bình', kind: 'tỉnh', now: 'Ninh Bình', example: 'của UBND tỉnh Ninh Bình' },
  // Quảng Trị.
  { name: 'Quảng Bình', kind: 'tỉnh', now: 'Quảng Trị', example: 'của UBND tỉnh Quảng Bình' },
  { name: 'Quảng Trị', kind: 'tỉnh', now: 'Quảng Trị', example: 'của UBND tỉnh Quảng Trị' },
  // Đà Nẵng.
  { name: 'Quảng Nam', kind: 'tỉnh', now: 'Đà Nẵng', example: 'của UBND tỉnh Quảng Nam' },
  { name: 'Đà Nẵng', kind: 'thành phố', now: 'Đà Nẵng', example: 'của UBND thành phố Đà Nẵng' },
  // Quảng Ngãi.
  { name: 'Kon Tum', kind: 'tỉnh', now: 'Quảng Ngãi', variants: ['Kontum'], example: 'của UBND tỉnh Kon Tum' },
  { name: 'Quảng Ngãi', kind: 'tỉnh', now: 'Quảng Ngãi', example: 'của UBND tỉnh Quảng Ngãi' },
  // Gia Lai.
  { name: 'Gia Lai', kind: 'tỉnh', now: 'Gia Lai', example: 'của UBND tỉnh Gia Lai' },
  { name: 'Bình Định', kind: 'tỉnh', now: 'Gia Lai', example: 'của UBND tỉnh Bình Định' },
  // Khánh Hòa.
  { name: 'Ninh Thuận', kind: 'tỉnh', now: 'Khánh Hòa', example: 'của UBND tỉnh Ninh Thuận' },
  { name: 'Khánh Hòa', kind: 'tỉnh', now: 'Khánh Hòa', example: 'của UBND tỉnh Khánh Hoà' },
  // Lâm Đồng.
  { name: 'Lâm Đồng', kind: 'tỉnh', now: 'Lâm Đồng', example: 'của UBND tỉnh Lâm Đồng' },
  { name: 'Đắk Nông', kind: 'tỉnh', now: 'Lâm Đồng', variants: ['Đắc Nông', 'Dak Nong'], example: 'của UBND tỉnh Đắk Nông' },
  { name: 'Bình Thuận', kind: 'tỉnh', now: 'Lâm Đồng', example: 'của UBND tỉnh Bình Thuận' },
  // Đắk Lắk.
  { name: 'Đắk Lắk', kind: 'tỉnh', now: 'Đắk Lắk', variants: ['Đắc Lắc', 'Daklak', 'Dak Lak'], example: 'của UBND tỉnh Đắk Lắk' },
  { name: 'Phú Yên', kind: 'tỉnh', now: 'Đắk Lắk', example: 'của UBND tỉnh Phú Yên' },
  // Thành phố Hồ Chí Minh.
  { name: 'Hồ Chí Minh', kind: 'thành phố', now: 'Hồ Chí Minh', variants: ['TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM'], example: 'của UBND Thành phố Hồ Chí Minh' },
  { name: 'Bình Dương', kind: 'tỉnh', now: 'Hồ Chí Minh', example: 'của UBND tỉnh Bình Dương' },
  { name: 'Bà Rịa - Vũng Tàu', kind: 'tỉnh', now: 'Hồ Chí Minh', variants: ['Bà Rịa Vũng Tàu', 'Bà Rịa–Vũng Tàu', 'BR-VT'], example: 'của UBND tỉnh Bà Rịa - Vũng Tàu' },
  // Đồng Nai.
  { name: 'Đồng Nai', kind: 'tỉnh', now: 'Đồng Nai', example: 'của UBND tỉnh Đồng Nai' },
  { name: 'Bình Phước', kind: 'tỉnh', now: 'Đồng Nai', example: 'của UBND tỉnh Bình Phước' },
  // Tây Ninh.
  { name: 'Tây Ninh', kind: 'tỉnh', now: 'Tây Ninh', example: 'của UBND tỉnh Tây Ninh' },
  { name: 'Long An', kind: 'tỉnh', now: 'Tây Ninh', example: 'của UBND tỉnh Long An' },
  // Cần Thơ.
  { name: 'Cần Thơ', kind: 'thành phố', now: 'Cần Thơ', example: 'của UBND thành phố Cần Thơ' },
  { name: 'Sóc Trăng', kind: 'tỉnh', now: 'Cần Thơ', example: 'của UBND tỉnh Sóc Trăng' },
  { name: 'Hậu Giang', kind: 'tỉnh', now: 'Cần Thơ', example: 'của UBND tỉnh Hậu Giang' },
  // Vĩnh Long.
  { name: 'Vĩnh Long', kind: 'tỉnh', now: 'Vĩnh Long', example: 'của UBND tỉnh Vĩnh Long' },
  { name: 'Bến Tre', kind: 'tỉnh', now: 'Vĩnh Long', example: 'của UBND tỉnh Bến Tre' },
  { name: 'Trà Vinh', kind: 'tỉnh', now: 'Vĩnh Long', example: 'của Ủy ban nhân dân tỉnh Trà Vinh' },
  // Đồng Tháp.
  { name: 'Tiền Giang', kind: 'tỉnh', now: 'Đồng Tháp', example: 'của UBND tỉnh Tiền Giang' },
  { name: 'Đồng Tháp', kind: 'tỉnh', now: 'Đồng Tháp', example: 'của UBND tỉnh Đồng Tháp' },
  // Cà Mau.
  { name: 'Bạc Liêu', kind: 'tỉnh', now: 'Cà Mau', example: 'của UBND tỉnh Bạc Liêu' },
  { name: 'Cà Mau', kind: 'tỉnh', now: 'Cà Mau', example: 'của UBND tỉnh Cà Mau' },
  // An Giang.
  { name: 'Kiên Giang', kind: 'tỉnh', now: 'An Giang', example: 'của UBND tỉnh Kiên Giang' },
  { name: 'An Giang', kind: 'tỉnh', now: 'An Giang', example: 'của UBND tỉnh An Giang' },
];

/** A province named in a phrase. */
export interface ProvinceMatch {
  /** As written in the phrase. */
  written: string;
  province: Province;
}

interface Needle {
  folded: string;
  province: Province;
}

/** Folded names and variants, longest first (`Quảng Nam` is tried before `Hà Nam` would wrongly win on `Nam`). */
const NEEDLES: readonly Needle[] = PROVINCES
  .flatMap((p) => [p.name, ...(p.variants ?? [])].map((n) => ({ folded: foldName(n), province: p })))
  .sort((a, b) => b.folded.length - a.folded.length);

function foldName(s: string): string {
  return foldVietnamese(s).replace(/[\s\-–.]+/g, ' ').trim();
}

/**
 * The first province named in a phrase (`của UBND tỉnh Lào Cai` → Lào Cai),
 * or null. Matching is on folded words, so `TRÀ VINH`, `Hoà Bình` and
 * `Bà Rịa-Vũng Tàu` are found; a name must stand as whole words.
 */
export function findProvince(phrase: string): ProvinceMatch | null {
  // Issuer phrases repeat within and across documents (`UBND tỉnh`, the citing
  // document's place): remember recent answers. Results are never mutated.
  const known = RECENT.get(phrase);
  if (known !== undefined) return known;
  const found = searchProvince(phrase);
  if (RECENT.size >= RECENT_MAX) RECENT.clear();
  RECENT.set(phrase, found);
  return found;
}

const RECENT = new Map<string, ProvinceMatch | null>();
const RECENT_MAX = 2048;

/** One character folded for matching (cached: the alphabet is small). */
function foldChar(c: string): string {
  let f = FOLDED_CHARS.get(c);
  if (f === undefined) {
    const folded = foldVietnamese(c);
    f = /[\s\-–.]/.test(c) ? ' ' : folded.length === 1 ? folded : c.toLowerCase();
    if (FOLDED_CHARS.size < 4096) FOLDED_CHARS.set(c, f);
  }
  return f;
}
const FOLDED_CHARS = new Map<string, string>();

function searchProvince(phrase: string): ProvinceMatch | null {
  // Fold per character so indices into the folded string map back to the phrase.
  const chars = [...phrase];
  const foldedChars = chars.map(foldChar);
  const folded = foldedChars.join('');
  let best: { at: number; len: number; province: Province } | null = null;
  for (const n of NEEDLES) {
    let from = 0;
    for (;;) {
      const at = findLoose(folded, n.folded, from);
      if (at === -1) break;
      const end = at.end;
      const before = at.start === 0 ? ' ' : folded[at.start - 1];
      const after = end >= folded.length ? ' ' : folded[end];
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        if (!best || at.start < best.at) best = { at: at.start, len: end - at.start, province: n.province };
        break;
      }
      from = at.start + 1;
    }
  }
  if (!best) return null;
  return { written: chars.slice(best.at, best.at + best.len).join('').trim(), province: best.province };
}

/** Finds `needle` in `hay` where runs of spaces in `hay` count as one space. */
function findLoose(hay: string, needle: string, from: number): { start: number; end: number } | -1 {
  for (let i = hay.indexOf(needle[0], from); i >= 0; i = hay.indexOf(needle[0], i + 1)) {
    let h = i;
    let k = 0;
    while (k < needle.length && h < hay.length) {
      if (needle[k] === ' ') {
        if (hay[h] !== ' ') break;
        while (h < hay.length && hay[h] === ' ') h++;
        k++;
      } else if (hay[h] === needle[k]) {
        h++;
        k++;
      } else break;
    }
    if (k === needle.length) return { start: i, end: h };
  }
  return -1;
}

/** The province of today for a name as written (old or new), or null. */
export function provinceNow(name: string): string | null {
  return findProvince(name)?.province.now ?? null;
}

/** The slug a citation key uses for a province (`Vĩnh Long` → `vinh-long`). */
export function provinceSlug(name: string): string {
  return slugVietnamese(name);
}
