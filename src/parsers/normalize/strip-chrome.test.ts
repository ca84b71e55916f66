import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { PORTAL_LABELS } from './read-portal-metadata.js';
import { CHROME_PATTERNS, TOOL_WORDS, classifyChromeLine } from './strip-chrome.js';

/** Lines of page chrome from real postings and portals, and their kind. */
const CHROME_LINES: Array<[string, string]> = [
  ['Lượt xem: 2749', 'counter'],
  ['Lượt xem: 42', 'counter'],
  ['  • Đang online: 2', 'counter'],
  ['Số lượt truy cập: 1.234.567', 'counter'],
  ['  • Hôm nay: 13', 'counter-weak'],
  ['  • Tất cả: 4412040', 'counter-weak'],
  ['Thống kê truy cập', 'counter-head'],
  ['Tin khác', 'footer'],
  ['CÁC TIN KHÁC', 'footer'],
  ['Tin liên quan:', 'footer'],
  ['Bài viết liên quan', 'footer'],
  ['Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Trà Vinh', 'footer'],
  ['Copyright © 2022 Cổng thông tin điện tử tỉnh Long An', 'footer'],
  ['image advertisement', 'ad'],
  ['image banner', 'ad'],
  ['Trang chủ » Tin tức - Sự kiện', 'breadcrumb'],
  ['Ban biên tập', 'editor-label'],
  ['1 2 3', 'pager'],
  ['« 1 2 3 4 5 »', 'pager'],
  ['Ngày đăng: 25/02/2022 08:15 | Lượt xem: 2799', 'posting-meta'],
  ['Cập nhật lúc: 10:30 ngày 15/07/2022', 'posting-meta'],
  ['Thứ Ba, 12/07/2022 - 08:15', 'posting-meta'],
  ['Chia sẻ | In bài viết | Gửi email', 'tool'],
  ['Facebook Zalo Twitter', 'tool'],
  ['File đính kèm:', 'attachment'],
  ['KH_2199_UBND_signed.pdf', 'attachment'],
  ['Ý kiến bạn đọc', 'footer'],
];

/** Lines of document text that look a little like chrome and must stay. */
const TEXT_LINES: string[] = [
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 162/QĐ-UBND NGÀY 20/01/2022',
  'Kế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Sở Khoa học và Công nghệ năm 2022',
  'Thi Lan',
  'Văn phòng Sở Khoa học và Công nghệ',
  'P.QLCN-NNB',
  '1. Nâng cao tiềm lực khoa học và công nghệ',
  'Hôm nay, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết',
  'Tất cả: các phòng, đơn vị thuộc Sở',
  'Tổng cộng: 61/61 TTHC',
  'Lưu: VT, VP, QLCN, TĐC.',
  'In ấn tài liệu tuyên truyền về sở hữu trí tuệ',
  'Tin học hóa quản lý nhà nước về khoa học và công nghệ',
  'Ban Biên tập Bản tin Khoa học và Công nghệ tỉnh phối hợp thực hiện',
  'Năm 2021 tiếp nhận và giải quyết 19 hồ sơ TTHC',
  '2021 2025',
  '3 2 1',
  'Nơi nhận:',
  'Trang chủ của Cổng thông tin điện tử tỉnh được nâng cấp',
  'Văn bản đính kèm Kế hoạch số 2199/KH-UBND ngày 14/7/2022 của UBND tỉnh.',
  'Bình luận của báo chí về cải cách hành chính được tiếp thu',
];

describe('classifyChromeLine', () => {
  it.each(CHROME_LINES)('should read %j as %s', (line, kind) => {
    expect(classifyChromeLine(line)).toBe(kind);
  });

  it.each(TEXT_LINES)('should read %j as document text', (line) => {
    expect(classifyChromeLine(line)).toBeNull();
  });

  it('should classify every example in the pattern table', () => {
    for (const p of CHROME_PATTERNS) for (const ex of p.examples) expect(classifyChromeLine(ex)).toBe(p.kind);
  });

  it('should read every tool word, paired with another, as a button row', () => {
    for (const w of TOOL_WORDS) expect(classifyChromeLine(`${w} | Chia sẻ`)).toBe('tool');
  });
});

const POSTING = `image banner
Kế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Sở Khoa học và Công nghệ năm 2022
Lượt xem: 42

I. MỤC ĐÍCH, YÊU CẦU

- Triển khai, cụ thể hóa các mục tiêu, nội dung Kế hoạch số 2199/KH-UBND  ngày 14/7/2022  của UBND tỉnh.

- Phân công trách nhiệm cụ thể, phù hợp chức năng, nhiệm vụ của các phòng, đơn vị đảm bảo thực hiện nhiệm vụ đạt hiệu quả cao. Nêu cao tinh thần, thái độ phục vụ doanh nghiệp; không ngừng đổi mới, nâng cao chất lượng điều hành nhằm mục đích cải thiện môi trường đầu tư.

Các phòng, đơn vị chuyên môn thuộc Sở căn cứ vào nội dung kế hoạch, chức năng, nhiệm vụ tổ chức, phối hợp triển khai thực hiện kế hoạch này./.  

P.QLCN-NNB

Ban biên tập
Tin khác
1 2 3 
 
image advertisement

image advertisement
Sở Khoa học và Công nghệ tổ chức Hội nghị tổng kết năm 2021 theo Quyết định số 999/QĐ-UBND
 

Thống kê truy cập
  • Đang online: 1
  • Hôm nay: 1
  • Trong tuần: 1
  • Tất cả: 1`;

describe('stripping page chrome from a posting', () => {
  const n = normalizeText(POSTING);

  it('should keep the headline, the body and the byline', () => {
    expect(n.text.startsWith('Kế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện')).toBe(true);
    expect(n.text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(n.text).toContain('Kế hoạch số 2199/KH-UBND ngày 14/7/2022 của UBND tỉnh.');
    expect(n.text.endsWith('kế hoạch này./.\n\nP.QLCN-NNB')).toBe(true);
  });

  it('should drop counters, banners, the editor label, the other-news list and the counter box', () => {
    for (const gone of ['image banner', 'Lượt xem', 'Ban biên tập', 'Tin khác', '1 2 3', 'image advertisement', '999/QĐ-UBND', 'Thống kê', 'online', 'Hôm nay']) {
      expect(n.text).not.toContain(gone);
    }
  });

  it('should keep a footer-like line met before any document text, dropping only the marker', () => {
    const m = normalizeText('Tin liên quan\nQuyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh');
    expect(m.text).toBe('Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh');
    const headline = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 162/QĐ-UBND NGÀY 20/01/2022';
    const body = '1. Thúc đẩy sự phát triển của thị trường khoa học và công nghệ, hoạt động kết nối cung cầu công nghệ:';
    expect(normalizeText(`Tin khác\n${headline}\n${body}`).text).toBe(`${headline}\n${body}`);
  });

  it('should keep lone weak counter-like lines that stand in the body', () => {
    const body = 'Số TTHC giải quyết theo cơ chế một cửa:\nTổng cộng: 61\nTrong đó mức độ 4: 20';
    expect(normalizeText(body).text).toBe(body);
  });
});

describe('reading the legal portal metadata', () => {
  it('should read the table of a thuvienphapluat-style copy and drop it with the title line above', () => {
    const src = `Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ trên địa bàn tỉnh Lào Cai

Số hiệu 13/CT-UBND
Ngày ban hành 20/05/2021
Ngày có hiệu lực 20/05/2021
Loại văn bản Chỉ thị
Cơ quan ban hành Tỉnh Lào Cai
Người ký Trịnh Xuân Trường
Lĩnh vực Lĩnh vực khác

ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
-------

Số: 13/CT-UBND`;
    const n = normalizeText(src);
    expect(n.metadata).toEqual({
      symbol: '13/CT-UBND',
      issuedOn: '20/05/2021',
      effectiveOn: '20/05/2021',
      type: 'Chỉ thị',
      issuer: 'Tỉnh Lào Cai',
      signer: 'Trịnh Xuân Trường',
      title: 'Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ trên địa bàn tỉnh Lào Cai',
    });
    expect(n.text).toBe('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\n\nSố: 13/CT-UBND');
  });

  it('should read label and value on separate lines, and two pairs in tab cells of one row', () => {
    const src = `Quyết định 166/QĐ-UBND năm 2022 ban hành Kế hoạch thực hiện Nghị quyết 02/NQ-CP trên địa bàn tỉnh Trà Vinh
Số hiệu:\t166/QĐ-UBND\tLoại văn bản:\tQuyết định
Nơi ban hành:\tTỉnh Trà Vinh\tNgười ký:\tLê Văn Hẳn
Ngày ban hành:
20/01/2022
Tình trạng:
Đã biết

ỦY BAN NHÂN DÂN TỈNH TRÀ VINH`;
    const n = normalizeText(src);
    expect(n.metadata).toEqual({
      symbol: '166/QĐ-UBND',
      type: 'Quyết định',
      issuer: 'Tỉnh Trà Vinh',
      signer: 'Lê Văn Hẳn',
      issuedOn: '20/01/2022',
      title: 'Quyết định 166/QĐ-UBND năm 2022 ban hành Kế hoạch thực hiện Nghị quyết 02/NQ-CP trên địa bàn tỉnh Trà Vinh',
    });
    expect(n.text).toBe('ỦY BAN NHÂN DÂN TỈNH TRÀ VINH');
  });

  it('should read a vbpl.vn-style table with empty cells and the compound issuer/signer row', () => {
    const src = `Số ký hiệu\t13/CT-UBND\tNgày ban hành\t20/05/2021
Loại văn bản\tChỉ thị\tNgày có hiệu lực\t20/05/2021
Nguồn thu thập\t\tNgày đăng công báo\t
Ngành\t \tLĩnh vực\t
Cơ quan ban hành/ Chức danh / Người ký\tUBND tỉnh Lào Cai\tChủ tịch\tTrịnh Xuân Trường
Phạm vi\tTỉnh Lào Cai

CHỈ THỊ`;
    const n = normalizeText(src);
    expect(n.metadata).toEqual({
      symbol: '13/CT-UBND',
      issuedOn: '20/05/2021',
      type: 'Chỉ thị',
      effectiveOn: '20/05/2021',
      issuer: 'UBND tỉnh Lào Cai',
      signer: 'Trịnh Xuân Trường',
    });
    expect(n.text).toBe('CHỈ THỊ');
  });

  it('should read two rows printed on one line (lawnet.vn) as the portal table', () => {
    // lawnet.vn, Thông tư 12/2018/TT-BKHCN
    const src = [
      'Số hiệu: 12/2018/TT-BKHCN Loại văn bản: Thông tư',
      'Nơi ban hành: Bộ Khoa học và Công nghệ Người ký: Trần Quốc Khánh',
      'Ngày ban hành: 31/08/2018 Ngày hiệu lực: Đã biết',
      'Ngày công báo: 24/10/2018 Số công báo: 1005-1006',
      'Tình trạng: Đã biết',
      '',
      'BỘ KHOA HỌC VÀ CÔNG NGHỆ',
    ].join('\n');
    const n = normalizeText(src);
    expect(n.text).toBe('BỘ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(n.metadata).toMatchObject({ symbol: '12/2018/TT-BKHCN', type: 'Thông tư', issuer: 'Bộ Khoa học và Công nghệ', signer: 'Trần Quốc Khánh', issuedOn: '31/08/2018' });
  });

  it('should read the bulleted tail of a portal table (vbpl.vn) as chrome', () => {
    // vbpl.vn (Phú Yên), Thông tư 03/2022/TT-BKHCN
    const src = '  • Hiệu lực: Còn hiệu lực\n  • Ngày có hiệu lực: 15/06/2022\nBỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 03/2022/TT-BKHCN';
    const n = normalizeText(src);
    expect(n.text).toBe('BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 03/2022/TT-BKHCN');
    expect(n.metadata.effectiveOn).toBe('15/06/2022');
  });

  it('should leave a body line that merely starts with a label', () => {
    const body = 'Người ký văn bản chịu trách nhiệm về nội dung.\nLĩnh vực khoa học và công nghệ được quan tâm.';
    const n = normalizeText(body);
    expect(n.text).toBe(body);
    expect(n.metadata).toEqual({});
  });

  it('should keep a headline that is not above a metadata table', () => {
    const src = 'Kế hoạch 65/KH-UBND năm 2021 thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp\nSố: 65/KH-UBND';
    expect(normalizeText(src).text).toBe(src);
  });

  it('should read every label in the table from its example', () => {
    for (const l of PORTAL_LABELS) {
      const n = normalizeText(`Số hiệu 13/CT-UBND\nNgười ký Trịnh Xuân Trường\n${l.example}\n\nCHỈ THỊ`);
      expect(n.text).toBe('CHỈ THỊ');
    }
  });
});

describe('a related-news box inside an article', () => {
  it('should drop the box and keep the article text that resumes after it', () => {
    const src = `Để triển khai thực hiện nội dung nhiệm vụ được giao tại Quyết định số 162/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh Trà Vinh,

Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện với mục đích quán triệt đến toàn thể công chức, viên chức, người lao động thuộc Sở thực hiện phương châm hành động năm 2022 của Chính phủ.

Tin liên quan
SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH CỦA UBND TỈNH BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY 10/01/2022 CỦA CHÍNH PHỦ
Hội thảo khởi nghiệp đổi mới sáng tạo tỉnh Trà Vinh năm 2021 (15/12/2021)

1. Thúc đẩy sự phát triển của thị trường khoa học và công nghệ, hoạt động kết nối cung cầu công nghệ:

Hỗ trợ từ 02 doanh nghiệp trở lên thực hiện chuyển giao, ứng dụng đổi mới công nghệ theo Nghị quyết số 82/2019/NQ-HĐND.`;
    const text = normalizeText(src).text;
    expect(text).not.toContain('02/NQ-CP');
    expect(text).not.toContain('Hội thảo');
    expect(text).toContain('\n\n1. Thúc đẩy sự phát triển');
    expect(text.endsWith('Nghị quyết số 82/2019/NQ-HĐND.')).toBe(true);
  });
});
