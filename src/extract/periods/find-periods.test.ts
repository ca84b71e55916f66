import { describe, it, expect } from 'vitest';
import { findPeriods } from './find-periods.js';
import { readMarks, sentenceContext } from '../read-marks.js';

/** Sentences from plans, reports and decisions, the periods marked `⟦…⟧` with their [from, to]. */
const POSITIVES: Array<[string, Array<[number, number]>]> = [
  ['Kế hoạch nâng cao năng suất chất lượng sản phẩm, hàng hoá tỉnh Trà Vinh ⟦giai đoạn 2021 - 2025⟧.', [[2021, 2025]]],
  ['cải cách thủ tục hành chính trên địa bàn tỉnh ⟦giai đoạn 2021-2025⟧.', [[2021, 2025]]],
  ['Rà soát, xây dựng kế hoạch CCHC ⟦giai đoạn 2021 – 2030⟧ trên địa bàn tỉnh Điện Biên', [[2021, 2030]]],
  ['Chiến lược phát triển kinh tế - xã hội 10 ⟦năm 2021—2030⟧', [[2021, 2030]]],
  ['Đề án phát triển thị trường khoa học và công nghệ (⟦2021-2025⟧)', [[2021, 2025]]],
  ['hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Long An ⟦giai đoạn 2018-2020⟧, định hướng đến năm 2025', [[2018, 2020]]],
  ['Chương trình đổi mới công nghệ quốc gia ⟦giai đoạn 2021-2030⟧ tầm nhìn đến năm 2050', [[2021, 2030]]],
  ['Kế hoạch đầu tư công trung hạn 5 ⟦năm 2021 - 2025⟧ của tỉnh', [[2021, 2025]]],
  ['Mục tiêu ⟦từ năm 2021 đến năm 2025⟧ có ít nhất 50 doanh nghiệp đổi mới công nghệ', [[2021, 2025]]],
  ['Tổng kết ⟦giai đoạn từ năm 2016 đến năm 2020⟧ và đề xuất nhiệm vụ', [[2016, 2020]]],
  ['Kế hoạch triển khai ⟦giai đoạn 2016 - 2020⟧ và ⟦giai đoạn 2021 - 2025⟧', [[2016, 2020], [2021, 2025]]],
  ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, ⟦nhiệm kỳ 2020 - 2025⟧', [[2020, 2025]]],
  ['Kế hoạch tuyển sinh ⟦năm học 2021 - 2022⟧ và ⟦niên khóa 2021-2024⟧', [[2021, 2022], [2021, 2024]]],
  ['KẾ HOẠCH PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ TỈNH ⟦GIAI ĐOẠN 2021 - 2025⟧', [[2021, 2025]]],
  ['Kế hoạch phát triển khoa học và công nghệ ⟦giai đoạn 2021 - 2025⟧ và những năm tiếp theo', [[2021, 2025]]],
  ['hỗ trợ doanh nghiệp nhỏ và vừa, ⟦2021 - 2030⟧', [[2021, 2030]]],
  ['Chương trình mục tiêu quốc gia ⟦giai đoạn 2021 \u2212 2025⟧ trên địa bàn tỉnh', [[2021, 2025]]],
];

const NEGATIVES: string[] = [
  // Open ranges: horizons, not periods.
  'Chiến lược phát triển tài sản trí tuệ đến năm 2030',
  'định hướng CCHC tầm nhìn đến năm 2050',
  'nâng cao năng lực cạnh tranh và hội nhập quốc tế giai đoạn đến năm 2025, định hướng đến năm 2030',
  // Not ranges of years: reversed, equal, implausible years, codes and standards.
  'so sánh số liệu 2025 - 2021',
  'giai đoạn 2020 - 2020',
  'Bảo tàng lưu giữ hiện vật 1800 - 1900 và 2101 - 2150',
  'Tiêu chuẩn TCVN 5945-2005 về nước thải công nghiệp',
  'Số hiệu: 12/2021-2025/QĐ-UBND',
  'Mã hồ sơ 2021-2025-0001',
  'Số: 2021-2025/KH-SKHCN',
  // Phone numbers and counts.
  'Điện thoại: 0294 2021-2025',
  'ĐT: 0214.2021-2030',
  'tiếp nhận từ 2021 đến 2025 hồ sơ',
  // Dates are not periods.
  'từ ngày 01/6/2021 - 30/6/2021',
  'ngày 20/01/2022 - 2025',
  'Nghị quyết số 12-NQ/TU ngày 27/7/2021',
  'mức độ 3,4 là: 34/61 TTHC',
  'năm 2021, 2022 và 2023',
  'ISO 9001:2015',
  'Covid-19',
];

describe('findPeriods', () => {
  it('should have at least 15 positive sentences and 15 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(15);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(15);
  });

  for (const [sentence, ranges] of POSITIVES) {
    it(`should find exactly the marked periods in: ${sentence}`, () => {
      const { text, marks } = readMarks(sentence);
      const found = findPeriods(sentenceContext(text));
      expect(found.map((p) => p.text)).toEqual(marks.map((m) => m.text));
      expect(found.map((p) => [p.start, p.end])).toEqual(marks.map((m) => [m.start, m.end]));
      expect(found.map((p) => [p.from, p.to])).toEqual(ranges);
      for (const p of found) expect(p.section).toBe('');
    });
  }

  for (const s of NEGATIVES) {
    it(`should find no period in: ${s}`, () => {
      expect(findPeriods(sentenceContext(s))).toEqual([]);
    });
  }

  it('should find a period in a decomposed (NFD) sentence, before and after NFC', () => {
    const nfd = 'Kế hoạch giai đoạn 2021 – 2025 và niên khóa 2021-2022'.normalize('NFD');
    const expected = [
      [2021, 2025],
      [2021, 2022],
    ];
    expect(findPeriods(sentenceContext(nfd.normalize('NFC'))).map((p) => [p.from, p.to])).toEqual(expected);
    const raw = findPeriods(sentenceContext(nfd));
    expect(raw.map((p) => [p.from, p.to])).toEqual(expected);
    for (const p of raw) expect(nfd.slice(p.start, p.end)).toBe(p.text);
    expect(raw[0].text.startsWith('giai')).toBe(true);
  });

  it('should not throw on odd input', () => {
    for (const s of ['', '-', '2021-', '2021 đến', '2'.repeat(5000), '2021-'.repeat(3000)]) {
      expect(() => findPeriods(sentenceContext(s))).not.toThrow();
    }
  });
});
