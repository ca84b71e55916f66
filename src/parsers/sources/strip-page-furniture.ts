/**
 * Lines a PDF prints on every page and that are not document text, each with
 * an example: page numbers and the running head of the Công báo (Official
 * Gazette). They are dropped only as a page's first or last line.
 */
export const PAGE_FURNITURE: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  { pattern: /^[-–]?\s{0,2}\d{1,4}\s{0,2}[-–]?$/u, example: '- 2 -' },
  { pattern: /^(?:trang|page)\s{1,3}\d{1,4}(?:\s{0,3}(?:\/|trên|of)\s{0,3}\d{1,4})?$/iu, example: 'Trang 3/12' },
  { pattern: /^\d{1,4}\s{0,2}\/\s{0,2}\d{1,4}$/u, example: '3/12' },
  { pattern: /^\d{1,4}\s{1,4}CÔNG BÁO\s{0,3}\/|^CÔNG BÁO\s{0,3}\/\s{0,3}Số\s/u, example: 'CÔNG BÁO/Số 45 + 46/Ngày 15-01-2022 3' },
];

const isFurniture = (line: string): boolean => PAGE_FURNITURE.some((f) => f.pattern.test(line.trim()));

/**
 * Drops page furniture from one page's lines: page numbers and running heads
 * standing as the first or last non-blank line of the page. A number inside
 * the page stays (it may be a table cell).
 */
export function stripPageFurniture(lines: readonly string[]): string[] {
  const out = [...lines];
  const firstText = (): number => out.findIndex((l) => l.trim() !== '');
  const lastText = (): number => {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].trim() !== '') return i;
    return -1;
  };
  for (let k = 0; k < 2; k++) {
    const f = firstText();
    if (f >= 0 && isFurniture(out[f]) && out.some((l, i) => i !== f && l.trim() !== '')) out.splice(f, 1);
    const l = lastText();
    if (l >= 0 && isFurniture(out[l]) && out.some((x, i) => i !== l && x.trim() !== '')) out.splice(l, 1);
  }
  return out;
}
