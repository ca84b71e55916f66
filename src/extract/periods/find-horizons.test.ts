import { describe, it, expect } from 'vitest';
import { findHorizons } from './find-horizons.js';
import { readMarks, sentenceContext } from '../read-marks.js';

describe('findHorizons', () => {
  /** Sentences from strategies and plans, the horizons marked `⟦…⟧` with their end year. */
  const ROWS: Array<[string, number[]]> = [
    ['Chương trình phát triển tài sản trí tuệ ⟦đến năm 2030⟧', [2030]],
    ['định hướng CCHC giai đoạn 2021-2030 ⟦tầm nhìn đến năm 2050⟧ đối với lĩnh vực', [2050]],
    ['hội nhập quốc tế ⟦giai đoạn đến năm 2025⟧, ⟦định hướng đến năm 2030⟧', [2025, 2030]],
    ['Phấn đấu ⟦đến hết năm 2025⟧ có 100% hồ sơ được số hóa', [2025]],
  ];
  for (const [sentence, years] of ROWS) {
    it(`should find the marked horizons, open at the start, in: ${sentence}`, () => {
      const { text, marks } = readMarks(sentence);
      const found = findHorizons(sentenceContext(text));
      expect(found.map((h) => h.text)).toEqual(marks.map((m) => m.text));
      expect(found.map((h) => [h.from, h.to])).toEqual(years.map((y) => [null, y]));
    });
  }

  it('should leave the end of an explicit range to findPeriods', () => {
    expect(findHorizons(sentenceContext('từ năm 2021 đến năm 2025'))).toEqual([]);
    expect(findHorizons(sentenceContext('giai đoạn 2021 đến năm 2025'))).toEqual([]);
  });
});
