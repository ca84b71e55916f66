import { describe, expect, it } from 'vitest';
import { findSentences, sentenceAround } from './find-sentences.js';

const pieces = (text: string): string[] => findSentences(text).map((s) => text.slice(s.start, s.end));

describe('findSentences', () => {
  it('should split a line at a full stop followed by a capital', () => {
    const text = 'Hỗ trợ bảo hộ 04 nhãn hiệu chứng nhận thông qua hình thức tuyển chọn. Tổ chức 04 lớp tập huấn sở hữu trí tuệ.';
    expect(pieces(text)).toEqual([
      'Hỗ trợ bảo hộ 04 nhãn hiệu chứng nhận thông qua hình thức tuyển chọn.',
      'Tổ chức 04 lớp tập huấn sở hữu trí tuệ.',
    ]);
  });

  it('should keep every line (a lettered item, a bullet) apart and drop blank lines', () => {
    const text = 'a, Sở Khoa học và Công nghệ chủ trì:\n\n- Hướng dẫn các cơ sở, doanh nghiệp;\nb, Sở Nội vụ chủ trì';
    expect(pieces(text)).toEqual(['a, Sở Khoa học và Công nghệ chủ trì:', '- Hướng dẫn các cơ sở, doanh nghiệp;', 'b, Sở Nội vụ chủ trì']);
  });

  it('should not split inside numbers, after a section label at a line start, or after an abbreviation', () => {
    const text = '2.4.1. Tham mưu với vai trò là cơ quan đầu mối\nTổng kinh phí 1.500 triệu đồng tại TP. Lào Cai. Hết.';
    expect(pieces(text)).toEqual(['2.4.1. Tham mưu với vai trò là cơ quan đầu mối', 'Tổng kinh phí 1.500 triệu đồng tại TP. Lào Cai.', 'Hết.']);
  });

  it('should not split before a lower-case word (`đạt 12,5%. tiếp`)', () => {
    expect(pieces('đạt 12,5 %. tiếp tục thực hiện')).toEqual(['đạt 12,5 %. tiếp tục thực hiện']);
  });

  it('should keep the closing `./.` with its sentence', () => {
    expect(pieces('không bỏ sót, chậm trễ các khâu trong quá trình quản lý./.\nThi Lan')).toEqual(['không bỏ sót, chậm trễ các khâu trong quá trình quản lý./.', 'Thi Lan']);
  });

  it('should give, from any position, the same sentence as the full split', () => {
    const text = '1. Công tác chỉ đạo\nĐã tổ chức quán triệt. Sở đã cập nhật 61/61 TTHC tại trụ sở, trên Website của Sở: skhcndienbien.gov.vn. 100% phòng, đơn vị sử dụng phần mềm.';
    const all = findSentences(text);
    for (const s of all) {
      for (let p = s.start; p < s.end; p += 7) expect(sentenceAround(text, p)).toEqual(s);
    }
  });
});
