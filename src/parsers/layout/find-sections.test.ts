import { describe, expect, it } from 'vitest';
import { findSections } from './find-sections.js';
import { layoutLines } from './layout-lines.js';

function paths(text: string): string[] {
  return findSections(layoutLines(text), { start: 0, end: text.length }).map((s) => s.path);
}

describe('findSections', () => {
  it('should nest Arabic under Roman and letters under Arabic, restarting under each parent', () => {
    const text = `I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
2. Yêu cầu
II. NỘI DUNG
1. Nâng cao tiềm lực
a) Sở Khoa học và Công nghệ chủ trì
b) Sở Tài chính bố trí kinh phí
2. Phát triển thị trường
a) Sở Công Thương chủ trì
III. TỔ CHỨC THỰC HIỆN`;
    expect(paths(text)).toEqual(['I', 'I/1', 'I/2', 'II', 'II/1', 'II/1/a', 'II/1/b', 'II/2', 'II/2/a', 'III']);
  });

  it('should nest multi-level numbers under the section they extend', () => {
    const text = `1. Công tác chỉ đạo
2. Kết quả thực hiện
2.1. Về cải cách thể chế
2.2. Về thủ tục hành chính
2.2.1. Rà soát thủ tục
2.2.2. Công khai thủ tục
2.3. Về tổ chức bộ máy
3. Tồn tại, hạn chế`;
    expect(paths(text)).toEqual(['1', '2', '2/2.1', '2/2.2', '2/2.2/2.2.1', '2/2.2/2.2.2', '2/2.3', '3']);
  });

  it('should put articles under chapters and sections of chapters', () => {
    const text = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Điều 2. Đối tượng áp dụng
1. Cơ quan nhà nước
2. Tổ chức, cá nhân
Chương II
QUẢN LÝ VĂN BẢN
Mục 1. VĂN BẢN ĐI
Điều 3. Trình tự
Mục 2. VĂN BẢN ĐẾN
Điều 4. Tiếp nhận`;
    expect(paths(text)).toEqual([
      'Chương I', 'Chương I/Điều 1', 'Chương I/Điều 2', 'Chương I/Điều 2/1', 'Chương I/Điều 2/2',
      'Chương II', 'Chương II/Mục 1', 'Chương II/Mục 1/Điều 3', 'Chương II/Mục 2', 'Chương II/Mục 2/Điều 4',
    ]);
  });

  it('should read (1), (i) and letters with commas as their own levels', () => {
    const text = `1. Nhiệm vụ
a, Hoàn thiện thể chế:
(1) Rà soát văn bản
(2) Sửa đổi quy định
b, Phát triển nhân lực:
(i) Đào tạo
(ii) Bồi dưỡng
2. Giải pháp`;
    expect(paths(text)).toEqual(['1', '1/a', '1/a/1', '1/a/2', '1/b', '1/b/i', '1/b/ii', '2']);
  });

  it('should take i. after h. as a letter, and i. opening a list as Roman', () => {
    const letters = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i'].map((l) => `${l}. Nội dung ${l}`).join('\n');
    expect(paths(`1. Nhiệm vụ\n${letters}`).at(-1)).toBe('1/i');
    expect(paths('1. Nhiệm vụ\ni. Nội dung thứ nhất\nii. Nội dung thứ hai')).toEqual(['1', '1/i', '1/ii']);
  });

  it('should keep the label as written and the heading as the rest of the line, with offsets', () => {
    const text = 'Mở đầu\n1 - Mục đích chung\n2 - Yêu cầu';
    const s = findSections(layoutLines(text), { start: 0, end: text.length });
    expect(s.map((x) => [x.label, x.heading, x.depth, x.parent])).toEqual([
      ['1 -', 'Mục đích chung', 1, null],
      ['2 -', 'Yêu cầu', 1, null],
    ]);
    expect(text.slice(s[0].start, s[0].end)).toBe('1 - Mục đích chung\n');
    expect(text.slice(s[0].headingStart, s[0].headingStart + 8)).toBe('Mục đích');
    expect(s[1].end).toBe(text.length);
  });

  it('should end a section where the next one at its level or above starts', () => {
    const text = 'I. A\n1. B\n2. C\nII. D';
    const s = findSections(layoutLines(text), { start: 0, end: text.length });
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['I. A\n1. B\n2. C\n', '1. B\n', '2. C\n', 'II. D']);
  });

  it('should not take a jump in the numbering for a section (1. then 7.)', () => {
    const text = `1. Nâng cao năng lực
Năm 2021 đã hỗ trợ các doanh nghiệp, cụ thể:
7. doanh nghiệp được cấp giấy chứng nhận
2. Phát triển thị trường`;
    expect(paths(text)).toEqual(['1', '2']);
  });

  it('should not take a line that starts with a number in running text for a section', () => {
    const text = `1. Kết quả
Trong năm, Sở đã triển khai 12 nhiệm vụ, bố trí kinh phí
2021 trên địa bàn tỉnh; Điều 10 Luật Khoa học và Công nghệ quy định
2.5 tỷ đồng được giải ngân trong quý IV
[1] Số liệu đến ngày 30/11/2021
20/01/2022 Sở tổ chức hội nghị
166/QĐ-UBND ngày 20/01/2022
12
1 Sở Tài chính Chủ trì
2. Tồn tại`;
    expect(paths(text)).toEqual(['1', '2']);
  });

  it('should not take letters listed at the start of a wrapped line for an item', () => {
    const text = '1. Căn cứ pháp lý\nThực hiện theo quy định tại các điểm\na, b, c khoản 1 Điều 5 Nghị định số 30/2020/NĐ-CP.\n2. Nội dung';
    expect(paths(text)).toEqual(['1', '2']);
  });

  it('should not take numbered table cells (a number alone on its line) for sections', () => {
    expect(paths('TT\nĐơn vị\n1.\nSở Tài chính\n2.\nSở Nội vụ')).toEqual([]);
  });

  it('should let a Roman part follow a skipped one, but not an Arabic jump', () => {
    expect(paths('I. MỤC ĐÍCH\n1. Mục đích\nIII. TỔ CHỨC THỰC HIỆN\n1. Phân công\n3. Chế độ báo cáo')).toEqual(['I', 'I/1', 'III', 'III/1']);
  });

  it('should find no sections in a text without numbering', () => {
    expect(paths('Để triển khai thực hiện nhiệm vụ.\n- Tổ chức tập huấn;\n- Kiểm tra, giám sát.')).toEqual([]);
  });

  it('should take 1/ numbering only where the document uses it more than once', () => {
    expect(paths('Mở đầu\n1/ Mục đích\nNội dung')).toEqual([]);
    expect(paths('1/ Mục đích\n2/ Yêu cầu')).toEqual(['1', '2']);
  });

  it('should read a lettered point behind a Markdown bullet as a section, and a plain bullet as none', () => {
    // Nghị định 30/2020/NĐ-CP, Điều 8 (numbered 1 here), as a Word-to-Markdown conversion prints it
    // (github.com/ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP).
    const text = `Điều 1. Thể thức văn bản
1. Thể thức văn bản là tập hợp các thành phần cấu thành văn bản.
2. Thể thức văn bản hành chính bao gồm các thành phần chính
- a) Quốc hiệu và Tiêu ngữ.
- b) Tên cơ quan, tổ chức ban hành văn bản.
- Các thành phần khác theo quy định.
- c) Số, ký hiệu của văn bản.`;
    const found = findSections(layoutLines(text), { start: 0, end: text.length });
    expect(found.map((s) => s.path)).toEqual(['Điều 1', 'Điều 1/1', 'Điều 1/2', 'Điều 1/2/a', 'Điều 1/2/b', 'Điều 1/2/c']);
    expect(found[3].label).toBe('a)');
    expect(found[3].heading).toBe('Quốc hiệu và Tiêu ngữ.');
    expect(text.slice(found[3].headingStart)).toMatch(/^Quốc hiệu/u);
    // a bullet before a lower-case word is running text
    expect(paths('1. Yêu cầu\n- a) và b) nêu trên')).toEqual(['1']);
  });

  it('should let an article number skip ahead but never go back', () => {
    // An excerpt of Nghị định 30/2020/NĐ-CP: Điều 3 left out, then a garbled repeat.
    const text = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Điều 2. Đối tượng áp dụng
Điều 4. Nguyên tắc, yêu cầu quản lý công tác văn thư
Điều 3. Giải thích từ ngữ`;
    expect(paths(text)).toEqual(['Chương I', 'Chương I/Điều 1', 'Chương I/Điều 2', 'Chương I/Điều 4']);
  });

  it('should give a chapter or part alone on its line the empty heading the spec asks for, and its name line no section', () => {
    // Nghị định 30/2020/NĐ-CP (Markdown conversion) and Kế hoạch 1312/KH-UBND (Bến Tre, 2013).
    // The spec: the heading is the text after the label up to the end of its line.
    const text = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Chương II
SOẠN THẢO, KÝ BAN HÀNH VĂN BẢN HÀNH CHÍNH
Mục 1
THỂ THỨC, KỸ THUẬT TRÌNH BÀY VĂN BẢN HÀNH CHÍNH
Điều 2. Các loại văn bản hành chính`;
    const part = `Phần I
TÌNH HÌNH CHUNG VÀ KẾT QUẢ TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 31 GIAI ĐOẠN I (2009-2012)
I. TÌNH HÌNH CHUNG`;
    const found = [
      ...findSections(layoutLines(text), { start: 0, end: text.length }),
      ...findSections(layoutLines(part), { start: 0, end: part.length }),
    ];
    expect(found.map((s) => s.path)).toEqual(['Chương I', 'Chương I/Điều 1', 'Chương II', 'Chương II/Mục 1', 'Chương II/Mục 1/Điều 2', 'Phần I', 'Phần I/I']);
    const heading = (path: string) => found.find((s) => s.path === path)?.heading;
    expect(heading('Chương I')).toBe('');
    expect(heading('Chương II/Mục 1')).toBe('');
    expect(heading('Phần I')).toBe('');
    expect(heading('Phần I/I')).toBe('TÌNH HÌNH CHUNG');
    expect(heading('Chương I/Điều 1')).toBe('Phạm vi điều chỉnh');
    // the chapter's section still holds its name line
    const ch = found.find((s) => s.path === 'Chương I')!;
    expect(text.slice(ch.start, ch.end)).toContain('QUY ĐỊNH CHUNG');
  });

  it('should read parts numbered by ordinal words, each restarting the numbering under it', () => {
    // The layout of a year-end report: a part of results, then a part of plans.
    const text = `PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Ban hành văn bản
II. KẾT QUẢ THỰC HIỆN
PHẦN THỨ HAI
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
I. MỤC TIÊU
1. Mục tiêu chung`;
    expect(paths(text)).toEqual([
      'Phần thứ nhất', 'Phần thứ nhất/I', 'Phần thứ nhất/I/1', 'Phần thứ nhất/II',
      'Phần thứ hai', 'Phần thứ hai/I', 'Phần thứ hai/I/1',
    ]);
  });
});
