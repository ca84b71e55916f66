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

/** Where a signature title starts in a line: at its start, or after `;`/`:` in a two-column copy. Returns -1 if none. */
function titleStart(text: string): number {
  // The title sits at the end of a shared line, after its last `;` or `:`.
  const starts = [0];
  const sep = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
  if (sep >= 0) starts.push(sep + 1);
  for (const s of starts) {
    const rest = text.slice(s).trim();
    if (!rest || !isAllCaps(rest) || rest.length > 80) continue;
    const key = upperKey(rest);
    const isPrefix = PREFIX_KEYS.some((p) => key.startsWith(p) && /[\s\p{Lu}]/u.test(key.charAt(p.length)));
    const isTitle = TITLE_KEYS.some((t) => key === t || key.startsWith(t + ' '));
    if (isPrefix || isTitle) return s + (text.slice(s).length - text.slice(s).trimStart().length);
  }
  return -1;
}

function hasAuthorityPrefix(text: string): boolean {
  const key = upperKey(text);
  return PREFIX_KEYS.some((p) => key.startsWith(p) && /[\s\p{Lu}]/u.test(key.charAt(p.length)));
}

/** True for a line that is a person's name (`Lê Văn Quang`, `TRỊNH XUÂN TRƯỜNG`). */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (TITLE_CASE_NAME.test(t)) return !TITLE_KEYS.some((k) => upperKey(t).startsWith(k));
  if (CAPS_NAME.test(t)) return FAMILY.has(upperKey(t.split(' ')[0])) && !TITLE_KEYS.some((k) => upperKey(t).startsWith(k));
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
    const at = titleStart(line.text);
    if (at < 0) continue;
    const prefixed = hasAuthorityPrefix(line.text.slice(at));
    let end = line.end;
    let signer: string | null = null;
    for (let k = i + 1, seen = 0; k < lines.length && seen < 8; k++) {
      const t = lines[k].text;
      if (!t || skip.has(k)) continue;
      seen++;
      if (isPersonName(t)) {
        signer = t;
        end = lines[k].end;
        break;
      }
      if (titleStart(t) >= 0 || SIGNATURE_NOTE.test(t) || (isAllCaps(t) && t.length <= 80)) {
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
