import { expandIssuerWords, properCaseIssuer, startsWithOrgan, territoryIndex } from './proper-case-issuer.js';

// Heads that name no field by themselves: `VĂN PHÒNG`, `THANH TRA` under a body are that body's.
const BARE_HEADS = new Set(['VĂN PHÒNG', 'THANH TRA', 'BAN']);
const isBareHead = (words: string[]): boolean => BARE_HEADS.has(words.join(' '));
const isPartyCommittee = (words: string[]): boolean => /^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) ỦY\b/u.test(words.join(' '));

/**
 * Joins the issuer lines of a header into the issuer's full name in proper
 * case. A line that is only a territory completes the line above
 * (`ỦY BAN NHÂN DÂN` + `TỈNH LÀO CAI`); a line that starts a new organ is the
 * issuer itself, under the body above it, and takes that body's territory when
 * it prints none (`UBND TỈNH ĐIỆN BIÊN` + `SỞ KHOA HỌC VÀ CÔNG NGHỆ` → `Sở Khoa
 * học và Công nghệ tỉnh Điện Biên`); any other line continues a name wrapped
 * over two lines.
 */
export function combineIssuerLines(parts: string[]): string | null {
  let organ: string[] = [];
  let territory: string[] = [];
  for (const part of parts) {
    const words = expandIssuerWords(part.replace(/[-–—_*]{2,}/gu, ' '));
    if (!words.length) continue;
    const ti = territoryIndex(words);
    const own = ti >= 0 ? words.slice(0, ti) : words;
    const ownTerritory = ti >= 0 ? words.slice(ti) : [];
    if (!own.length) {
      if (organ.length) territory = ownTerritory;
      continue;
    }
    if (organ.length && startsWithOrgan(own) && (isBareHead(own) || isPartyCommittee(organ))) {
      // `UBND TỈNH LÀO CAI` / `VĂN PHÒNG`: the office of the body above;
      // `TỈNH ỦY LÀO CAI` / `BAN TUYÊN GIÁO`: a board of the Party committee above.
      organ = [...own, ...organ];
      if (ownTerritory.length) territory = ownTerritory;
      continue;
    }
    if (!organ.length || startsWithOrgan(own)) {
      organ = own;
      // A territory printed on the parent line carries to the organ under it,
      // unless the organ names its level itself (`ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH`).
      if (ownTerritory.length || /^(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|XÃ)$/u.test(own[own.length - 1]) || / PHỐ$/u.test(own.join(' '))) territory = ownTerritory;
      continue;
    }
    organ = [...organ, ...territory, ...own];
    territory = ownTerritory;
  }
  if (!organ.length) return null;
  // `ĐẢNG BỘ TỈNH LÀO CAI` / `TỈNH ỦY`: a Party committee takes the bare place name (`Tỉnh ủy Lào Cai`).
  if (/^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY$/u.test(organ.join(' ')) && territory.length > 1) {
    const ti = territoryIndex(territory);
    if (ti === 0) territory = territory.slice(territory[0] === 'THÀNH' || territory[0] === 'THỊ' ? 2 : 1);
  }
  return properCaseIssuer([...organ, ...territory].join(' '));
}
