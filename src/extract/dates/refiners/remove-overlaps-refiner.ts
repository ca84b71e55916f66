import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * Keeps one reading of each stretch of text: where results overlap, the
 * longer one wins (`tháng 12 năm 2021` over its `năm 2021`, `ngày 20 tháng 5
 * năm 2021` over `tháng 5 năm 2021`). Unlike chrono's merge refiners it never
 * joins two dates into a range: `ngày 20 và 21/5/2021` stays two mentions.
 * Expects results sorted by index, as chrono hands them over.
 */
export const removeOverlapsRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const result of results) {
      const last = kept[kept.length - 1];
      if (last && result.index < last.index + last.text.length) {
        if (result.text.length > last.text.length) kept[kept.length - 1] = result;
        continue;
      }
      kept.push(result);
    }
    return kept;
  },
};
