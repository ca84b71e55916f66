import { describe, expect, it } from 'vitest';
import { letterOrdinals, readSectionLabel, romanValue } from './section-labels.js';

/** Real section lines, with the label as written, its normalized form and the heading. */
const LABELS: [line: string, label: string, norm: string, heading: string][] = [
  ['I. MỤC ĐÍCH, YÊU CẦU', 'I.', 'I', 'MỤC ĐÍCH, YÊU CẦU'],
  ['II- NỘI DUNG THỰC HIỆN', 'II-', 'II', 'NỘI DUNG THỰC HIỆN'],
  ['III/ TỔ CHỨC THỰC HIỆN', 'III/', 'III', 'TỔ CHỨC THỰC HIỆN'],
  ['IV. KINH PHÍ THỰC HIỆN', 'IV.', 'IV', 'KINH PHÍ THỰC HIỆN'],
  ['1. Nâng cao tiềm lực khoa học và công nghệ', '1.', '1', 'Nâng cao tiềm lực khoa học và công nghệ'],
  ['1 - Mục đích', '1 -', '1', 'Mục đích'],
  ['2) Yêu cầu', '2)', '2', 'Yêu cầu'],
  ['2.1. Về triển khai Kế hoạch cải cách hành chính', '2.1.', '2.1', 'Về triển khai Kế hoạch cải cách hành chính'],
  ['2.4.1. Tham mưu với vai trò là cơ quan đầu mối cải cách hành chính', '2.4.1.', '2.4.1', 'Tham mưu với vai trò là cơ quan đầu mối cải cách hành chính'],
  ['3.2 Nhiệm vụ trọng tâm', '3.2', '3.2', 'Nhiệm vụ trọng tâm'],
  ['a) Sở Tài chính chủ trì', 'a)', 'a', 'Sở Tài chính chủ trì'],
  ['a, Sở Khoa học và Công nghệ chủ trì:', 'a,', 'a', 'Sở Khoa học và Công nghệ chủ trì:'],
  ['b. Sở Nội vụ chủ trì', 'b.', 'b', 'Sở Nội vụ chủ trì'],
  ['đ) Các nhiệm vụ khác', 'đ)', 'đ', 'Các nhiệm vụ khác'],
  ['(1) Hoàn thiện thể chế', '(1)', '1', 'Hoàn thiện thể chế'],
  ['(ii) Phát triển nguồn nhân lực', '(ii)', 'ii', 'Phát triển nguồn nhân lực'],
  ['Chương I', 'Chương I', 'Chương I', ''],
  ['Chương II. QUY ĐỊNH CỤ THỂ', 'Chương II.', 'Chương II', 'QUY ĐỊNH CỤ THỂ'],
  ['Mục 1. QUẢN LÝ VĂN BẢN ĐẾN', 'Mục 1.', 'Mục 1', 'QUẢN LÝ VĂN BẢN ĐẾN'],
  ['Điều 5. Giá trị pháp lý của văn bản điện tử', 'Điều 5.', 'Điều 5', 'Giá trị pháp lý của văn bản điện tử'],
  ['Điều 1: Ban hành kèm theo Quyết định này Quy chế', 'Điều 1:', 'Điều 1', 'Ban hành kèm theo Quyết định này Quy chế'],
  ['A. PHẦN MỞ ĐẦU', 'A.', 'A', 'PHẦN MỞ ĐẦU'],
  ['PHẦN THỨ NHẤT', 'PHẦN THỨ NHẤT', 'Phần thứ nhất', ''],
  ['Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024', 'Phần thứ hai:', 'Phần thứ hai', 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024'],
  ['1.Nâng cao chất lượng', '1.', '1', 'Nâng cao chất lượng'],
];

/** Lines that start like a label but are not one. */
const NOT_LABELS: string[] = [
  '2021 trên địa bàn tỉnh đã triển khai',
  'Điều 10 Luật Tổ chức chính quyền địa phương quy định',
  '[1] Theo số liệu của Cục Thống kê',
  '20/01/2022 Sở tổ chức hội nghị',
  '166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh',
  '12',
  '- 2 -',
  '1. 000 tỷ đồng được bố trí',
  '1\tSở Tài chính\tChủ trì',
  'V/v triển khai thực hiện',
  'Mục tiêu cụ thể',
  'Chương trình phát triển tài sản trí tuệ',
  'Điều chỉnh, bổ sung kế hoạch',
  'Phần lớn các doanh nghiệp',
  '3 nội dung nhiệm vụ cụ thể',
  '100% hồ sơ được giải quyết đúng hạn',
  '19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương',
  'A-Lưới là huyện miền núi',
  '1.000 tỷ đồng',
  '- Phổ biến, quán triệt các chủ trương',
  '+ Tổ chức tập huấn',
  '• Đang online: 2',
  'TP. Hồ Chí Minh',
  '2025 - 2030',
  '05/12 hằng năm',
];

describe('readSectionLabel', () => {
  for (const [line, label, norm, heading] of LABELS) {
    it(`should read the label ${label} in "${line}"`, () => {
      const c = readSectionLabel(line)[0];
      expect(c).toBeDefined();
      expect([c.label, c.norm, line.slice(c.headingAt)]).toEqual([label, norm, heading]);
    });
  }
  for (const line of NOT_LABELS) {
    it(`should find no label in "${line}"`, () => {
      expect(readSectionLabel(line)).toEqual([]);
    });
  }
  it('should read I. both as Roman one and as a letter, for the tree to choose', () => {
    const styles = readSectionLabel('I. MỞ ĐẦU').map((c) => [c.style, c.ordinal]);
    expect(styles).toContainEqual(['roman.', 1]);
    expect(styles).toContainEqual(['upper.', 9]);
  });
  it('should order letters by the Vietnamese alphabet (đ after d, g after e)', () => {
    expect(letterOrdinals('đ')).toEqual([5]);
    expect(letterOrdinals('g')[0]).toBe(7);
    expect(letterOrdinals('f')).toEqual([6]);
  });
  it('should value Roman numerals written the standard way only', () => {
    expect([romanValue('IV'), romanValue('XIV'), romanValue('IIII'), romanValue('IC')]).toEqual([4, 14, 0, 0]);
  });
});
