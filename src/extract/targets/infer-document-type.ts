import { foldMatch } from './fold-match.js';

/**
 * Document type words as they head a document (`BÁO CÁO`, `KẾ HOẠCH`), folded,
 * with the full type name. Longest first where one begins another.
 */
const TYPE_NAMES: ReadonlyArray<[string, string]> = [
  ['báo cáo', 'Báo cáo'], ['kế hoạch', 'Kế hoạch'], ['chỉ thị', 'Chỉ thị'], ['quyết định', 'Quyết định'],
  ['chương trình', 'Chương trình'], ['đề án', 'Đề án'], ['nghị quyết', 'Nghị quyết'], ['thông báo', 'Thông báo'],
  ['công văn', 'Công văn'], ['tờ trình', 'Tờ trình'], ['hướng dẫn', 'Hướng dẫn'], ['công điện', 'Công điện'],
  ['thông tư', 'Thông tư'], ['nghị định', 'Nghị định'], ['kết luận', 'Kết luận'], ['biên bản', 'Biên bản'],
];

/** Type codes of a số ký hiệu (`Số: /BC-SKHCN` → Báo cáo). */
const TYPE_CODES: ReadonlyMap<string, string> = new Map([
  ['BC', 'Báo cáo'], ['KH', 'Kế hoạch'], ['CT', 'Chỉ thị'], ['QĐ', 'Quyết định'], ['CTr', 'Chương trình'],
  ['ĐA', 'Đề án'], ['NQ', 'Nghị quyết'], ['TB', 'Thông báo'], ['TTr', 'Tờ trình'], ['HD', 'Hướng dẫn'],
  ['CĐ', 'Công điện'], ['KL', 'Kết luận'], ['BB', 'Biên bản'],
]);

/** News-style headlines that announce a report (`Kết quả thực hiện …`, `Sơ kết …`). */
const REPORT_HEADLINE = /^(?:kết quả|tổng kết|sơ kết|báo cáo)(?![\p{L}\p{M}])/u;

/** Words of a news headline that reports what was done. */
const REPORT_WORDS = /(?<![\p{L}\p{M}])(?:tổng kết|sơ kết|báo cáo kết quả|kết quả thực hiện)(?![\p{L}\p{M}])/u;

function typeAtStart(folded: string): string | null {
  for (const [w, name] of TYPE_NAMES) {
    const word = foldMatch(w);
    if (folded.startsWith(word) && !/[\p{L}\p{M}]/u.test(folded[word.length] ?? '')) return name;
  }
  return null;
}

/**
 * Guesses the document's type from its first lines when the header parser
 * gives none, in order of trust:
 * 1. a line that is only a type word in capitals (`BÁO CÁO`, `CHỈ THỊ`);
 * 2. the type code of the own `Số: …/BC-…` line;
 * 3. a headline that begins with a type word (`Kế hoạch Triển khai …`) or
 *    announces results (`Kết quả …`, `Sơ kết …` → Báo cáo);
 * 4. the type word after `BAN HÀNH` in a headline (`SỞ … BAN HÀNH KẾ HOẠCH …`);
 * 5. a news headline about results (`… tổng kết công tác năm 2023`) → Báo cáo.
 * Returns the full type name, or null. Looks at the first 60 lines only.
 */
export function inferDocumentType(text: string): string | null {
  const head = text.slice(0, 6000).split('\n', 60);
  const lines = head.map((l) => l.trim()).filter((l) => l.length > 0);
  // 1. a standalone type line in capitals
  for (const line of lines) {
    if (line.length > 20 || line !== line.toUpperCase()) continue;
    const folded = foldMatch(line).replace(/\s+/g, ' ');
    for (const [word, name] of TYPE_NAMES) if (folded === foldMatch(word)) return name;
  }
  // 2. the own symbol's type code
  for (const line of lines) {
    const m = /^Số\s*:\s*[\p{N}\s]*\/\s*(?:\d{4}\/)?([\p{L}]+)[-/]/u.exec(line);
    if (m && TYPE_CODES.has(m[1])) return TYPE_CODES.get(m[1]) ?? null;
  }
  // 3. a headline that begins with a type word
  for (const line of lines.slice(0, 5)) {
    const folded = foldMatch(line);
    const t = typeAtStart(folded);
    if (t) return t;
    if (REPORT_HEADLINE.test(folded)) return 'Báo cáo';
  }
  // 4. `BAN HÀNH <type>` in a headline
  for (const line of lines.slice(0, 5)) {
    const folded = foldMatch(line);
    const i = folded.indexOf('ban hành ');
    if (i >= 0) {
      const t = typeAtStart(folded.slice(i + 'ban hành '.length));
      if (t) return t;
    }
  }
  // 5. a news headline about results (`Sở … tổng kết công tác năm 2023`)
  for (const line of lines.slice(0, 3)) {
    if (REPORT_WORDS.test(foldMatch(line))) return 'Báo cáo';
  }
  return null;
}

/** Types whose figures are reported results by default; all others plan or require. */
export const RESULT_TYPES: ReadonlySet<string> = new Set(['Báo cáo', 'Biên bản', 'Kết luận']);
