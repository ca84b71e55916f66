import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize-text.js';
import { htmlToText } from './html-to-text.js';

const INPUTS = join(import.meta.dirname, '../../../fixtures/inputs');

describe('htmlToText on a provincial department posting (fixtures/inputs/posting.html)', async () => {
  const html = readFileSync(join(INPUTS, 'posting.html'), 'utf8');
  const text = normalizeText(await htmlToText(html)).text;
  const lines = text.split('\n').filter((l) => l !== '');

  it('should keep the headline as the first line', () => {
    expect(lines[0]).toBe(
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 162/QĐ-UBND NGÀY 20/01/2022 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT 01/NQ-CP',
    );
  });

  it('should keep the article paragraphs one per line, entities read', () => {
    expect(lines[1].startsWith('Để triển khai thực hiện nội dung nhiệm vụ được giao tại Quyết định số 162/QĐ-UBND')).toBe(true);
    expect(text).toContain('phương châm hành động năm 2022 của Chính phủ “Đoàn kết kỷ cương');
    expect(lines).toContain('1. Thúc đẩy sự phát triển của thị trường khoa học và công nghệ, hoạt động kết nối cung cầu công nghệ:');
    expect(lines).toContain('Hỗ trợ từ 02 doanh nghiệp trở lên thực hiện chuyển giao, ứng dụng đổi mới công nghệ theo Nghị quyết số 82/2019/NQ-HĐND.');
    expect(text).toContain('4. Đẩy mạnh việc thực hiện Kế hoạch số 47/KH-UBND ngày 07/6/2021');
  });

  it('should keep the byline with its line break', () => {
    expect(text.endsWith('Thi Lan\nVăn phòng Sở Khoa học và Công nghệ')).toBe(true);
  });

  it('should drop menus, scripts, styles, comments, counters, ads, share buttons, other news and the footer', () => {
    for (const gone of [
      'Giới thiệu', 'Thủ tục hành chính', 'gtag', 'font-family', 'Bản nháp', 'Lượt xem', 'Ngày đăng', 'Chia sẻ',
      'Tin khác', '02/NQ-CP', 'Hội thảo khởi nghiệp', 'Thống kê', 'Đang online', 'image advertisement',
      'Bản quyền', 'Phạm Hồng Thái', 'Tìm kiếm', 'JavaScript', 'Chuyên mục', 'Liên kết website', '05/GP-TTĐT',
      'Trang chủ',
    ]) {
      expect(text).not.toContain(gone);
    }
  });
});

describe('htmlToText on small pages', () => {
  it('should break lines at blocks and <br>, not glue them', async () => {
    const html = '<html><body><div class="content"><div><b>ỦY BAN NHÂN DÂN</b><br>TỈNH TRÀ VINH</div><p>QUYẾT ĐỊNH</p><p>Về việc ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ</p><h3>Điều 1. Phê duyệt</h3></div></body></html>';
    expect(normalizeText(await htmlToText(html)).text).toBe(
      'ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n\nQUYẾT ĐỊNH\n\nVề việc ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ\n\nĐiều 1. Phê duyệt',
    );
  });

  it('should give a data table one line per row with tab-separated cells', async () => {
    const html = `<article><p>Phân công thực hiện các nhiệm vụ cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh năm 2022 như sau:</p>
      <table><tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th></tr>
      <tr><td>1</td><td>Chương trình phát triển tài sản trí tuệ đến năm 2030</td><td><p>Phòng Quản lý công nghệ</p></td></tr>
      <tr><td>2</td><td>Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất</td><td>Chi cục Tiêu chuẩn Đo lường Chất lượng</td></tr></table></article>`;
    const lines = normalizeText(await htmlToText(html)).text.split('\n');
    expect(lines).toContain('STT\tNhiệm vụ\tĐơn vị chủ trì');
    expect(lines).toContain('1\tChương trình phát triển tài sản trí tuệ đến năm 2030\tPhòng Quản lý công nghệ');
    expect(lines).toContain('2\tChương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất\tChi cục Tiêu chuẩn Đo lường Chất lượng');
  });

  it('should keep a row of a data table on one line even when its cells hold several lines', async () => {
    const html = `<div class="content"><p>Phân công nhiệm vụ thực hiện Kế hoạch số 2199/KH-UBND ngày 14/7/2022 của UBND tỉnh Long An như sau:</p>
      <table><tr><td>1</td><td>Thực hiện tốt nhiệm vụ rà soát TTHC;<br>rút ngắn thời gian giải quyết</td><td>Văn phòng Sở</td><td>Thường xuyên</td></tr></table></div>`;
    const lines = normalizeText(await htmlToText(html)).text.split('\n');
    expect(lines).toContain('1\tThực hiện tốt nhiệm vụ rà soát TTHC; rút ngắn thời gian giải quyết\tVăn phòng Sở\tThường xuyên');
  });

  it('should give a layout table (header of a decision) each cell\'s lines in turn', async () => {
    const html = `<div class="noidung"><table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI</b><br>-------</td>
      <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
      <tr><td>Số: 13/CT-UBND</td><td><i>Lào Cai, ngày 20 tháng 5 năm 2021</i></td></tr></table>
      <p>CHỈ THỊ</p><p>TĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI</p></div>`;
    expect(normalizeText(await htmlToText(html)).text).toBe(
      'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 13/CT-UBND\n\nLào Cai, ngày 20 tháng 5 năm 2021\n\nCHỈ THỊ\n\nTĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI',
    );
  });

  it('should number ordered list items from the list\'s start and mark bullets', async () => {
    const html = `<main><p>Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện, gồm các nội dung như sau:</p>
      <ol start="3"><li>Đẩy mạnh việc xử lý tài sản hình thành từ nhiệm vụ khoa học và công nghệ</li><li>Đẩy mạnh việc thực hiện Kế hoạch số 47/KH-UBND</li></ol>
      <ul><li>Sở KH&amp;ĐT;</li><li>- Giám đốc Sở (b/c);</li></ul>
      <ol type="a"><li>Sở Khoa học và Công nghệ chủ trì</li></ol></main>`;
    const lines = normalizeText(await htmlToText(html)).text.split('\n');
    expect(lines).toContain('3. Đẩy mạnh việc xử lý tài sản hình thành từ nhiệm vụ khoa học và công nghệ');
    expect(lines).toContain('4. Đẩy mạnh việc thực hiện Kế hoạch số 47/KH-UBND');
    expect(lines).toContain('- Sở KH&ĐT;');
    expect(lines).toContain('- Giám đốc Sở (b/c);');
    expect(lines).toContain('a. Sở Khoa học và Công nghệ chủ trì');
  });

  it('should keep the whole page when an ASP.NET form wraps it', async () => {
    const html = `<html><body><form id="form1"><div id="main"><h1 class="title">Kế hoạch thực hiện Nghị quyết số 12-NQ/TU ngày 27/7/2021</h1>
      <p>Thực hiện Công văn số 2550/SKHĐT-XTĐT ngày 07/12/2021 của Sở Kế hoạch và Đầu tư tỉnh Điện Biên về việc đề nghị báo cáo kết quả thực hiện Nghị quyết.</p></div>
      <div class="search"><input name="q"><button>Tìm</button></div></form></body></html>`;
    expect(normalizeText(await htmlToText(html)).text).toBe(
      'Kế hoạch thực hiện Nghị quyết số 12-NQ/TU ngày 27/7/2021\n\nThực hiện Công văn số 2550/SKHĐT-XTĐT ngày 07/12/2021 của Sở Kế hoạch và Đầu tư tỉnh Điện Biên về việc đề nghị báo cáo kết quả thực hiện Nghị quyết.',
    );
  });

  it('should give empty text for a page of scripts only', async () => {
    expect((await htmlToText('<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>')).trim()).toBe('');
  });

  it('should drop a related-news box inside the article that no class marks, and keep the text after it', async () => {
    const html = `<article><p>Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện với mục đích quán triệt đến toàn thể công chức, viên chức, người lao động thuộc Sở.</p>
      <div><strong>Tin liên quan</strong><ul><li><a href="/1">Sở Khoa học và Công nghệ tổ chức hội nghị triển khai Quyết định số 999/QĐ-UBND ngày 01/02/2022 của Ủy ban nhân dân tỉnh về cải cách hành chính.</a></li></ul></div>
      <p>1. Thúc đẩy sự phát triển của thị trường khoa học và công nghệ.</p>
      <h4>Xem thêm</h4><p><a href="/2">Hội thảo khởi nghiệp đổi mới sáng tạo năm 2021</a></p>
      <p>2. Thúc đẩy chuyển đổi số và đổi mới sáng tạo.</p></article>`;
    const text = normalizeText(await htmlToText(html)).text;
    expect(text).not.toContain('999/QĐ-UBND');
    expect(text).not.toContain('Hội thảo');
    expect(text).not.toContain('Xem thêm');
    expect(text).toContain('\n\n1. Thúc đẩy sự phát triển');
    expect(text.endsWith('2. Thúc đẩy chuyển đổi số và đổi mới sáng tạo.')).toBe(true);
  });
});
