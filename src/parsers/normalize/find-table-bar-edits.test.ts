import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

// Real rows of flattened web tables, as text copies of portal pages carry them.
// Sources: hethongphapluat.com Quyết định 2583/QĐ-UBND (Tây Ninh, 2019); vanban123.vn Quyết định
// 24/2014/QĐ-UBND (Bắc Kạn); phapluatcongdong.vn Thông báo 31/TB-VPCP (1999); thuvienphapluat.vn headers.
const ROWS: Array<[string, string]> = [
  ['ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['Số: 2583/QĐ-UBND | Tây Ninh, ngày 29 tháng 11 năm 2019 |', 'Số: 2583/QĐ-UBND\tTây Ninh, ngày 29 tháng 11 năm 2019'],
  ['VĂN PHÒNG CHÍNH PHỦ |', 'VĂN PHÒNG CHÍNH PHỦ'],
  ['| KT. CHỦ TỊCH |', 'KT. CHỦ TỊCH'],
  ['| STT | Nhiệm vụ | Đơn vị chủ trì |\n|---|---|:--:|\n| 1 | Rà soát | Sở Tư pháp |', 'STT\tNhiệm vụ\tĐơn vị chủ trì\n1\tRà soát\tSở Tư pháp'],
  ['TỈNH LÂM ĐỒNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÂM ĐỒNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
];

// A bar inside prose (no bar at an edge of the line) is a character of the text.
const PROSE: string[] = [
  'đạt tỷ lệ 95% | vượt kế hoạch',
];

describe('findTableBarEdits through normalizeText', () => {
  it.each(ROWS)('should read the table bars of %j as cell breaks', (source, expected) => {
    expect(normalizeText(source).text).toBe(expected);
  });

  it('should read a portal metadata table printed with bars as the portal metadata', () => {
    const source = [
      'Số hiệu: | 31/TB-VPCP | Loại văn bản: | Thông báo |',
      'Nơi ban hành: | Văn phòng Chính phủ | Người ký: | Nguyễn Tôn |',
      'Ngày ban hành: | 22/02/1999 | Ngày hiệu lực: | Đang cập nhật |',
      'VĂN PHÒNG CHÍNH PHỦ |',
    ].join('\n');
    const out = normalizeText(source);
    expect(out.text).toBe('VĂN PHÒNG CHÍNH PHỦ');
    expect(out.metadata.symbol).toBe('31/TB-VPCP');
  });

  it.each(PROSE)('should leave the bar of %j alone', (source) => {
    expect(normalizeText(source).text).toBe(source);
  });
});
