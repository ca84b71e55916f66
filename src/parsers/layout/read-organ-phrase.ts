import { PROVINCE_NAMES } from './province-names.js';
import { upperKey } from './vietnamese-text.js';

// Heads of organ names as written in running text.
const HEAD = /(?<![\p{L}\p{N}])(Sở|Bộ|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Chi cục|Tổng cục|Cục|Ban|Trung tâm|Văn phòng|Phòng|Viện|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy)(?![\p{L}\p{N}])/u;
// Lower-case words that end a name: prepositions, and verbs of the sentence around it
// (as word pairs: `triển khai` ends a name, `Phát triển` does not).
const STOP = new Set('về của tại trên năm theo để với cho trong đến từ những này đó gửi là có đã sẽ được cũng nhằm và'.split(' '));
const STOP_PAIRS = new Set(
  'triển khai|tổ chức|thực hiện|xây dựng|ban hành|báo cáo|chủ trì|phối hợp|tham mưu|đề nghị|kiểm tra|hướng dẫn|thông báo|yêu cầu|phê duyệt|chỉ đạo|tiếp tục|quyết định|giao nhiệm|đề xuất'.split('|'),
);
const TERRITORY = /^(?:tỉnh|thành phố|huyện|quận|thị xã)\s/u;

/**
 * Reads the name of an organ that starts at `at` in running text (`Sở Khoa
 * học và Công nghệ ban hành …` → `Sở Khoa học và Công nghệ`): the head, then
 * fields that start with a capital and run over a few lower-case words until a
 * verb or preposition, joined by `và`, `,`, `-`, and a territory
 * (`tỉnh Long An`) if one follows.
 */
export function readOrganPhrase(text: string, at: number): string | null {
  const m = HEAD.exec(text.slice(at, at + 40));
  if (!m || m.index !== 0) return null;
  const words = text.slice(at, at + 200).split(/\s+/u);
  const headWords = m[1].split(' ').length;
  const out = words.slice(0, headWords);
  let i = headWords;
  let inField = false;
  let lower = 0;
  while (i < words.length) {
    const raw = words[i];
    const w = raw.replace(/[.,;:)]+$/u, '');
    if (!w) break;
    const rest = words.slice(i).join(' ');
    if (TERRITORY.test(rest) && out.length > headWords - 1) {
      const place = readPlace(words.slice(i + (rest.startsWith('thành phố') || rest.startsWith('thị xã') ? 2 : 1)));
      const level = words.slice(i, i + (rest.startsWith('thành phố') || rest.startsWith('thị xã') ? 2 : 1));
      // `UBND tỉnh ban hành …`: the level stays even when the text names no place after it
      out.push(...level.map((x) => x.replace(/[.,;:)]+$/u, '')));
      if (place) out.push(place);
      break;
    }
    if (/^\p{Lu}/u.test(w)) {
      out.push(w);
      inField = true;
      lower = 0;
    } else if (w === 'và' || w === '-') {
      out.push(w);
      inField = false;
    } else if (inField && !STOP.has(w) && !STOP_PAIRS.has(`${w} ${words[i + 1] ?? ''}`) && lower < 3) {
      out.push(w);
      lower++;
    } else break;
    if (raw !== w) break; // punctuation closes the name
    i++;
  }
  while (out.length > headWords && (out[out.length - 1] === 'và' || out[out.length - 1] === '-')) out.pop();
  return out.join(' ');
}

/** The province name the words start with, in the lexicon's spelling, or null. */
export function readPlace(words: string[]): string | null {
  const joined = upperKey(words.slice(0, 6).join(' ').replace(/[.,;:)]/gu, ' '));
  let best: string | null = null;
  for (const p of PROVINCE_NAMES) {
    const k = upperKey(p.name);
    if ((joined === k || joined.startsWith(k + ' ')) && (!best || k.length > best.length)) best = p.name;
  }
  return best;
}

/**
 * The province the text talks about: the most frequent `tỉnh X` / `thành phố X`
 * naming a province-level unit, as `tỉnh Long An` / `thành phố Hà Nội`, or null.
 */
export function findMainTerritory(text: string): string | null {
  const counts = new Map<string, number>();
  const re = /(?<![\p{L}\p{N}])(tỉnh|thành phố|Tỉnh|Thành phố)\s(\p{Lu}[\p{L}]{0,10}(?:\s(?:-\s)?\p{Lu}[\p{L}]{0,10}){0,3})/gu;
  for (const m of text.matchAll(re)) {
    const place = readPlace(m[2].split(' '));
    if (!place) continue;
    const key = `${m[1].toLowerCase()} ${place}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** `tỉnh X` or `thành phố X` for a place that is a province-level name, else null. */
export function territoryOfPlace(place: string | null): string | null {
  if (!place) return null;
  const name = readPlace(place.replace(/^(?:TP\.|Tp\.|Thành phố|Tỉnh)\s*/u, '').split(' '));
  if (!name) return null;
  const p = PROVINCE_NAMES.find((x) => x.name === name)!;
  // The place must be the whole name: `Hà Nội`, not `Hà Giang city` read as `Hà`.
  if (upperKey(place.replace(/^(?:TP\.|Tp\.|Thành phố|Tỉnh)\s*/u, '')) !== upperKey(name)) return null;
  return `${p.city ? 'thành phố' : 'tỉnh'} ${name}`;
}
