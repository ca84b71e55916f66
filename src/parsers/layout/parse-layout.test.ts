import { describe, expect, it } from 'vitest';
import { parseLayout } from './parse-layout.js';

const DECISION = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND
Lào Cai, ngày 10 tháng 6 năm 2022
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phát triển thị trường khoa học và công nghệ năm 2022
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 01/6/2022,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thị trường khoa học và công nghệ năm 2022.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- TT. UBND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Giàng Thị Dung
KẾ HOẠCH
Phát triển thị trường khoa học và công nghệ năm 2022
(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 10/6/2022 của Chủ tịch UBND tỉnh Lào Cai)
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
2. Yêu cầu
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì tổ chức Techmart.`;

const LETTER = `UBND TỈNH LONG AN
SỞ TÀI CHÍNH
Số: 2345/STC-QLNS
V/v hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2023
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 18 tháng 7 năm 2022
Kính gửi: Các sở, ban, ngành tỉnh
Thực hiện Thông tư số 47/2022/TT-BTC ngày 29/7/2022 của Bộ Tài chính, Sở Tài chính hướng dẫn như sau:
Các đơn vị lập dự toán gửi về Sở Tài chính trước ngày 15/8/2022./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLNS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Bình`;

describe('parseLayout', () => {
  it('should read a decision: articles in the body, Nơi nhận and signature out of it, the attached plan numbered afresh', () => {
    const layout = parseLayout(DECISION, {});
    expect(layout.info).toMatchObject({
      symbol: '1234/QĐ-UBND', type: 'Quyết định', issuedOn: '2022-06-10', place: 'Lào Cai',
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai', signer: 'Giàng Thị Dung',
      title: 'Về việc ban hành Kế hoạch phát triển thị trường khoa học và công nghệ năm 2022',
    });
    expect(layout.sections.map((s) => s.path)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'I', 'I/1', 'I/2', 'II', 'II/1']);
    const body = DECISION.slice(layout.body.start, layout.body.end);
    expect(body.startsWith('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI')).toBe(true);
    expect(body.endsWith('thi hành Quyết định này./.')).toBe(true);
    expect(DECISION.slice(layout.recipients!.start, layout.recipients!.end)).toBe('Nơi nhận:\n- Như Điều 3;\n- TT. UBND tỉnh;\n- Lưu: VT.');
  });

  it('should read an official letter with no numbered sections', () => {
    const layout = parseLayout(LETTER, {});
    expect(layout.info).toMatchObject({ type: 'Công văn', issuer: 'Sở Tài chính tỉnh Long An', signer: 'Nguyễn Văn Bình' });
    expect(layout.sections).toEqual([]);
    expect(LETTER.slice(layout.body.start, layout.body.end).startsWith('Kính gửi:')).toBe(true);
  });

  it('should keep a web editor\'s byline and the page counters out of the body', () => {
    const text = `Kế hoạch thực hiện cải cách hành chính năm 2023 của Sở Khoa học và Công nghệ
Lượt xem: 42
1. Rà soát thủ tục hành chính.
2. Công khai thủ tục hành chính./.
Thi Lan
Văn phòng Sở Khoa học và Công nghệ
Thống kê truy cập
• Đang online: 2`;
    const layout = parseLayout(text, {});
    expect(text.slice(layout.body.start, layout.body.end)).toBe('1. Rà soát thủ tục hành chính.\n2. Công khai thủ tục hành chính./.');
    expect(layout.info.signer).toBeNull();
    expect(layout.signature).toBeNull();
    expect(layout.title).toEqual({ start: 0, end: text.indexOf('\n') });
  });

  it('should not take the place-and-date line at the end of a short posting for a header', () => {
    const text = `Sở Khoa học và Công nghệ ban hành Kế hoạch kiểm tra đo lường năm 2022
1. Kiểm tra phương tiện đo tại các chợ.
2. Kiểm tra cơ sở kinh doanh xăng dầu./.
Trà Vinh, ngày 20 tháng 01 năm 2022
GIÁM ĐỐC
Nguyễn Văn Hai`;
    const layout = parseLayout(text, {});
    expect(layout.header).toBeNull();
    expect(layout.sections.map((s) => s.path)).toEqual(['1', '2']);
    expect(layout.info.signer).toBe('Nguyễn Văn Hai');
  });

  it('should end the body where a page starts listing other news', () => {
    const text = `Kế hoạch thực hiện cải cách hành chính năm 2023 của Sở Tư pháp
1. Rà soát thủ tục hành chính.
2. Công khai thủ tục hành chính.
Các tin khác
1. Hội nghị tổng kết công tác năm 2022
2. Tập huấn nghiệp vụ công chứng
3. Sở Tư pháp tổ chức Ngày Pháp luật`;
    const layout = parseLayout(text, {});
    expect(layout.sections.map((s) => s.path)).toEqual(['1', '2']);
    expect(text.slice(layout.body.start, layout.body.end).endsWith('Công khai thủ tục hành chính.')).toBe(true);
  });

  it('should not take the country\'s name in a headline for the motto of a header', () => {
    const text = `Kỷ niệm 78 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam
Sở Văn hóa, Thể thao và Du lịch tổ chức các hoạt động kỷ niệm trên địa bàn tỉnh Cà Mau.
1. Treo cờ Tổ quốc.`;
    const layout = parseLayout(text, {});
    expect(layout.header).toBeNull();
    expect(layout.info.title).toBe('Kỷ niệm 78 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam');
  });

  it('should never throw, and give an empty layout for empty text', () => {
    for (const t of ['', '\n\n', 'Số:', '1.', 'I.\nII.', 'Nơi nhận:', 'KT. GIÁM ĐỐC', '*'.repeat(5000)]) {
      const layout = parseLayout(t, {});
      expect(layout.body.start).toBeLessThanOrEqual(layout.body.end);
    }
  });

  it('should stay fast on a long line with no breaks', () => {
    const text = 'Số: 1/QĐ-UBND Lào Cai, ngày 1 tháng 1 năm 2022 '.repeat(2000) + '1. a '.repeat(20000);
    const t0 = Date.now();
    parseLayout(text, {});
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
