import { describe, expect, it } from 'vitest';
import { PAGE_FURNITURE, stripPageFurniture } from './strip-page-furniture.js';

describe('stripPageFurniture', () => {
  it('should drop a page number or running head at the top or bottom of a page', () => {
    expect(stripPageFurniture(['2', 'b, Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí ngân sách', 'c, UBND các huyện, thị xã, thành phố'])).toEqual([
      'b, Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí ngân sách',
      'c, UBND các huyện, thị xã, thành phố',
    ]);
    expect(stripPageFurniture(['CÔNG BÁO/Số 45 + 46/Ngày 15-01-2022 3', 'Điều 5. Hiệu lực thi hành', '- 3 -'])).toEqual(['Điều 5. Hiệu lực thi hành']);
    expect(stripPageFurniture(['Nơi nhận:', '- Lưu: VT, KGVX.', 'Trang 3/3'])).toEqual(['Nơi nhận:', '- Lưu: VT, KGVX.']);
  });

  it('should drop every example of the table at a page edge', () => {
    for (const f of PAGE_FURNITURE) expect(stripPageFurniture([f.example, 'CHỈ THỊ'])).toEqual(['CHỈ THỊ']);
  });

  it('should keep numbers inside the page and a page that is only a number', () => {
    const page = ['STT Nhiệm vụ', '1', 'Chương trình phát triển tài sản trí tuệ', '2', 'Đổi mới công nghệ', 'Lê Văn Quang'];
    expect(stripPageFurniture(page)).toEqual(page);
    expect(stripPageFurniture(['12'])).toEqual(['12']);
    expect(stripPageFurniture(['2021 - 2025', 'giai đoạn'])).toEqual(['2021 - 2025', 'giai đoạn']);
  });
});
