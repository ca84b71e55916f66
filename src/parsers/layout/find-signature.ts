import type { Span } from '../../types.js';
import type { LayoutLine } from './layout-lines.js';
import { AUTHORITY_PREFIXES, FAMILY_NAMES, SIGNATURE_NOTE, SIGNER_TITLES } from './signature-words.js';
import { isAllCaps, upperKey } from './vietnamese-text.js';

/** The signature block: its span and the signer's name as written. */
export interface Signature {
  span: Span;
  signer: string | null;
}

const PREFIX_KEYS = AUTHORITY_PREFIXES.map((p) => upperKey(p));
const TITLE_KEYS = [...SIGNER_TITLES].sort((a, b) => b.length - a.length);
const FAMILY = new Set(FAMILY_NAMES.map((n) => upperKey(n)));

// A person's name: two to five capitalized words, nothing else on the line.
const TITLE_CASE_NAME = /^[\p{Lu}][\p{Ll}]{0,7}(?: [\p{Lu}][\p{Ll}]{0,7}){1,4}$/u;
const CAPS_NAME = /^[\p{Lu}]{1,8}(?: [\p{Lu}]{1,8}){1,4}$/u;

// The longest a title with the signer's name after it can be: 80 for the title, 10 for
// `(Đã ký)`, five words of up to eight letters for the name (the name patterns above).
const MAX_TITLE_AND_NAME = 80 + 1 + 10 + 5 * 9;

/** A signature title found in a line, and the signer's name when it shares the line. */
interface TitleHit {
  at: number;
  name: string | null;
}

/**
 * Finds a signature title in a line: at its start, or at the end of a line it
 * shares with the left column in a two-column copy (`- Lưu: VT, KGVX. CHỦ TỊCH`,
 * `- Như trên; PHÓ GIÁM ĐỐC`). The title is a run of capitals starting with an
 * authority prefix or a signer's title; a person's name may follow it on the
 * same line (`PHÓ CHỦ TỊCH Đặng Xuân Phong`). Returns null if there is none.
 */
function findTitle(text: string): TitleHit | null {
  const starts = new Set([0]);
  const shared = /^(?:[-+•]|N[ơƠ][iI]\s{1,3}nh[ậẬ]n)/iu.test(text);
  const sep = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
  if (sep >= 0) starts.add(sep + 1);
  if (shared) {
    // Only the line's last 120 characters are looked at: the right column comes last.
    for (let i = Math.max(1, text.length - 120); i < text.length; i++) {
      if (text[i - 1] === ' ' && /[.;:,]/u.test(text[i - 2] ?? '')) starts.add(i);
    }
  }
  for (const s of [...starts].sort((a, b) => a - b)) {
    const rest = text.slice(s).trimStart();
    // A title (≤ 80 characters) and at most a note and a name: longer is a paragraph.
    if (rest.length > MAX_TITLE_AND_NAME) continue;
    const at = text.length - rest.length;
    const words = rest.split(' ');
    let n = 0;
    while (n < words.length && !/\p{Ll}/u.test(words[n])) n++;
    const caps = words.slice(0, n).join(' ');
    if (!caps || !isAllCaps(caps) || caps.length > 80) continue;
    const capsUpper = upperKey(caps);
    // `BỘ TRƯỞNG, CHỦ NHIỆM`: one person holding two titles, joined by a comma.
    if (!hasAuthorityPrefix(caps) && !TITLE_KEYS.some((t) => capsUpper === t || capsUpper.startsWith(t + ' ') || capsUpper.startsWith(t + ','))) continue;
    const tail = words.slice(n).join(' ').replace(/^[([]\s?đã ký\s?[)\]]\s?/iu, '');
    if (!tail) return { at, name: null };
    if (isPersonName(tail)) return { at, name: tail };
  }
  return null;
}

function hasAuthorityPrefix(text: string): boolean {
  const key = upperKey(text);
  return PREFIX_KEYS.some((p) => key.startsWith(p) && /[\s\p{Lu}]/u.test(key.charAt(p.length)));
}

/** True for a line that is a person's name (`Lê Văn Quang`, `TRỊNH XUÂN TRƯỜNG`). */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (TITLE_CASE_NAME.test(t)) {
    const key = upperKey(t);
    return !TITLE_KEYS.some((k) => key.startsWith(k));
  }
  if (CAPS_NAME.test(t)) {
    const key = upperKey(t);
    return FAMILY.has(upperKey(t.split(' ')[0])) && !TITLE_KEYS.some((k) => key.startsWith(k));
  }
  return false;
}

/**
 * Finds the signature block: an authority line (`TM. ỦY BAN NHÂN DÂN`,
 * `KT. GIÁM ĐỐC`, `TL.`, `TUQ.`, `Q. GIÁM ĐỐC`) or a signer's title line
 * (`PHÓ CHỦ TỊCH`), then title lines, notes such as `(Đã ký)`, and the
 * signer's name. A title line alone must be followed by a name; a web
 * editor's byline (`Thi Lan`) has no title and is not a signature.
 */
export function findSignature(lines: LayoutLine[], from: number, skip: Set<number>): Signature | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.start < from || !line.text || skip.has(i)) continue;
    const hit = findTitle(line.text);
    if (!hit) continue;
    const at = hit.at;
    const prefixed = hasAuthorityPrefix(line.text.slice(at));
    let end = line.end;
    let signer: string | null = hit.name;
    for (let k = i + 1, seen = 0; k < lines.length && seen < 8 && !signer; k++) {
      const t = lines[k].text;
      if (!t || skip.has(k)) continue;
      seen++;
      if (isPersonName(t)) {
        signer = t;
        end = lines[k].end;
        break;
      }
      if (findTitle(t) || SIGNATURE_NOTE.test(t) || (isAllCaps(t) && t.length <= 80)) {
        end = lines[k].end;
        continue;
      }
      // A recipients line between title and name in a two-column copy.
      if (/^[-+•]/u.test(t) || /^N[ơƠ][iI]\s{1,3}nh[ậẬ]n/iu.test(t)) continue;
      break;
    }
    if (signer || prefixed) return { span: { start: line.start + at, end }, signer };
  }
  return null;
}
