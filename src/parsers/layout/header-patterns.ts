import { DOCUMENT_TYPES } from './document-types.js';
import { foldTone, upperKey } from './vietnamese-text.js';

/**
 * The pieces of a formal header (Nghị định 30/2020/NĐ-CP, Phụ lục I), as
 * patterns. Motto patterns run on a capitals key of the line (same length as
 * the line, tone placement folded) so that `Hoà`/`HÒA` and case do not matter.
 */

/** `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` */
export const NATIONAL_NAME = /CỘNG\s{0,3}HÒA\s{0,3}XÃ\s{0,3}HỘI\s{0,3}CHỦ\s{0,3}NGHĨA\s{0,3}VIỆT\s{0,3}NAM/gu;
/** `Độc lập - Tự do - Hạnh phúc` */
export const NATIONAL_MOTTO = /ĐỘC\s{0,3}LẬP\s{0,3}[-–—]{1,2}\s{0,3}TỰ\s{0,3}DO\s{0,3}[-–—]{1,2}\s{0,3}HẠNH\s{0,3}PHÚC/gu;
/** `ĐẢNG CỘNG SẢN VIỆT NAM`: the Party's motto line, not an issuer. */
export const PARTY_NAME = /ĐẢNG\s{0,3}CỘNG\s{0,3}SẢN\s{0,3}VIỆT\s{0,3}NAM/gu;
/** Rules under the motto and the issuer: `-------`, `_____`, `***`. */
export const RULE_RUN = /[-–—_=*~]{3,}/gu;
/** A line that is only a rule (or a lone `*` under a Party header). */
export const RULE_LINE = /^[\s\-–—_=*~.]{1,80}$/u;

/**
 * `Số: 13/CT-UBND`, `Số 12-NQ/TU`, `Số:13/CT-UBND`, a law's `Luật số: 51/2010/QH12`, and a draft with no number
 * `Số: /BC-SKHCN`, `Số: ……/KH-UBND`. Groups: `num` (absent in a draft), `code`.
 */
export const SYMBOL_LINE =
  /(?<![\p{L}\p{N}])(?:(?:Luật|LUẬT|Pháp lệnh|PHÁP LỆNH)\s{1,2}[sS]|S)[ốỐ]\s{0,3}[:.]?[\s._…]{0,30}(?<num>\d{1,6}[a-zA-Z]?)?\s{0,2}(?<code>[/-][\p{L}\p{N}&.\-/]{1,50})/u;

/**
 * The place-and-date line: `Lào Cai, ngày 20 tháng 5 năm 2021`, `TP. Hồ Chí Minh, ngày …`,
 * a blank day `ngày   tháng 12 năm 2021`, and `ngày 20/5/2021`.
 */
export const PLACE_DATE =
  /(?:(?<place>(?:(?:Thành phố|Thị xã|Thị trấn|Huyện|Quận) )?(?:[\p{Lu}][\p{L}]{0,15}\.?)(?: [\p{Lu}][\p{L}]{0,15}){0,5})\s{0,2},\s{0,3})?[Nn]gày(?:\s{0,3}(?<d>\d{1,2})?[\s._…]{0,20}tháng\s{0,3}(?<m>\d{1,2})?[\s._…]{0,20}năm\s{0,3}(?<y>\d{4})|\s{0,3}(?<d2>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<m2>\d{1,2})\s{0,2}[/.-]\s{0,2}(?<y2>\d{4}))/u;

/** `V/v …` (về việc) under Số: the subject line of an official letter. */
export const SUBJECT_LINE = /^(?:V\/v|V\/V|v\/v)(?=[\s:.])/u;

const TYPE_KEYS = DOCUMENT_TYPES.map((t) => ({ name: t.name, key: upperKey(t.name) })).sort(
  (a, b) => b.key.length - a.key.length,
);

/**
 * The type name when the text is a type word line (`CHỈ THỊ`, `Kế hoạch`,
 * `KẾ HOẠCH HÀNH ĐỘNG`), else null.
 */
export function typeWordOf(text: string): string | null {
  const key = upperKey(text).replace(/[.:]$/u, '');
  for (const t of TYPE_KEYS) {
    if (key === t.key || key === `${t.key} HÀNH ĐỘNG` || key === `${t.key} LIÊN TỊCH`) return t.name;
  }
  return null;
}

/** The type name a text starts with (`Kế hoạch Triển khai …` → `Kế hoạch`), else null. */
export function leadingTypeWord(text: string): string | null {
  const key = upperKey(text.slice(0, 40));
  for (const t of TYPE_KEYS) {
    if (key.startsWith(t.key) && !/[\p{L}\p{N}]/u.test(key.charAt(t.key.length))) return t.name;
  }
  return null;
}

/** A capitals key of the same length as `s` (tone placement folded where that keeps the length). */
export function capsKey(s: string): string {
  const folded = foldTone(s).toUpperCase().replace(/\u00D0/g, '\u0110');
  return folded.length === s.length ? folded : s.toUpperCase().replace(/\u00D0/g, '\u0110');
}
