import { describe, expect, it } from 'vitest';
import { continuesLine } from './continues-line.js';
import { normalizeText } from './normalize-text.js';

// Real line pairs from hard-wrapped portal copies; the break between them is a wrap.
// Sources: thuvienphapluat.vn Kế hoạch 8124/KH-UBND (Lâm Đồng, 2023), 38/KH-UBND (Quảng Ngãi, 2024);
// thuviennhadat.vn Quyết định 14/2007/QĐ-UBND (Quảng Nam), Kế hoạch 1312/KH-UBND (Bến Tre, 2013);
// thuvienphapluat.vn Thông tư 16/2017/TT-BTC.
const WRAPS: Array<[string, string]> = [
  ['Căn cứ Quyết định số 885/QĐ-BTTTT ngày 25/5/2023', 'của Bộ Thông tin và Truyền thông ban hành Bộ tiêu chí đánh giá phát triển hạ tầng'],
  ['số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển nông', 'thôn và Bộ Nội vụ hướng dẫn chức năng'],
  ['Căn cứ Quyết định số 31/2009/QĐ-TTg ngày 24 tháng', '02 năm 2009 của Thủ tướng Chính phủ'],
  ['Thực hiện Quyết định số', '142/QĐ-TTg ngày 02 tháng 02 năm 2024 của Thủ tướng Chính phủ'],
  ['Giai đoạn 2009-2012, tỉnh Bến Tre hiện có 1.835', 'doanh nghiệp sử dụng 56.554 lao động.'],
  ['Căn cứ Quyết định số 20/2016/QĐ-TTg ngày 11 tháng 5 năm 2016 của', 'Thủ tướng Chính phủ quy định hỗ trợ kinh phí'],
  ['QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG', 'NGÀY 11 THÁNG 5 NĂM 2016 CỦA THỦ TƯỚNG CHÍNH PHỦ'],
  ['NGÀY 11 THÁNG 5 NĂM 2016 CỦA THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH HỖ TRỢ KINH PHÍ CHO', 'HOẠT ĐỘNG CHỐNG BUÔN LẬU'],
  // thuvienphapluat.vn, Kế hoạch 68/KH-UBND (Sơn La, 2020): a body's head cut from its name in a trích yếu.
  ['VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN', 'BÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO, CHỈ ĐẠO XÂY DỰNG QUAN HỆ LAO ĐỘNG HÀI HÒA, ỔN'],
  // thuvienphapluat.vn, Quyết định 06/2015/QĐ-UBND (Lào Cai): the article word alone on its line.
  ['Điều', '1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động'],
  // thuvienphapluat.vn, Quyết định 42/2023/QĐ-UBND (Hải Dương): a position cut from its organ.
  // thuvienphapluat.vn, Quyết định 85/QĐ-UBND (An Giang, 2019) and 933/QĐ-UBND (Quảng Bình, 2011).
  ['Điều 1.', 'Phê duyệt Kế hoạch triển khai thực hiện Đề án liên kết'],
  ['Theo đề nghị của Giám đốc Sở', 'Nông nghiệp và Phát triển nông thôn tại Tờ trình số 296/TTr-SNN&PTNT ngày'],
  // thuvienphapluat.vn, Quyết định 06/2015/QĐ-UBND (Lào Cai).
  ['Theo đề nghị của Sở', 'Thông tin và Truyền thông tại Tờ trình số 62/TTr-STTTT ngày 16/12/2014,'],
  ['-', 'Tích cực chuyển dịch cơ cấu kinh tế trong nội bộ ngành'],
  // thuviennhadat.vn, Kế hoạch 36/KH-UBND (Sơn La, 2024): a dash and a comma at the cut.
  ['đến năm 2025, định hướng đến năm 2030”. Theo đề nghị của Giám đốc Sở Lao động -', 'Thương binh và Xã hội tại Tờ trình số 20/TTr-SLĐTBXH ngày 19/01/2024, UBND tỉnh'],
  ['I. MỤC ĐÍCH,', 'YÊU CẦU'],
  // thuvienphapluat.vn, Kế hoạch 200/KH-UBND (Thừa Thiên Huế, 2024): a Roman heading wrapped in capitals.
  ['I. MỤC TIÊU', 'ĐẾN NĂM 2030'],
  // thuviennhadat.vn, Kế hoạch 07/KH-UBND (Lạng Sơn, 2020): a year range cut at its dash.
  ['phục vụ sản xuất nông nghiệp và dân sinh, mùa khô năm 2019 -', '2020. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:'],
  ['- Tăng cường sự lãnh đạo của cấp ủy, sự quản lý của các sở, ngành,', 'Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'],
  ['Điều 3. Chánh', 'Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch'],
  ['Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch', 'UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu'],
];

// Header cells cut by a narrow column: joined only at the top of a document.
const HEADER_WRAPS: Array<[string, string]> = [
  ['CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM'],
  ['CỘNG HÒA XÃ', 'HỘI CHỦ NGHĨA VIỆT NAM'],
  ['ỦY', 'BAN NHÂN DÂN'],
  ['UỶ BAN NHÂN', 'DÂN'],
  ['Số:', '16/2017/TT-BTC'],
  ['Tam', 'Kỳ, ngày 19 tháng 6 năm 2007'],
  ['Bà Rịa - Vũng', 'Tàu, ngày 08 tháng 01 năm 2023'],
  // thuviennhadat.vn, Quyết định 607/QĐ-UBND (Hà Tĩnh, 2017): a space before the comma.
  ['Hà', 'Tĩnh , ngày 03 tháng 3 năm 2017'],
  ['QUYẾT', 'ĐỊNH'],
];

// Real line ends: the next line is its own.
const REAL_BREAKS: Array<[string, string]> = [
  ['Điều 1. Phạm vi điều chỉnh', 'Thông tư này quy định chi tiết thi hành một số'],
  ['1. Mục đích', 'a) Phát triển hạ tầng viễn thông đáp ứng yêu cầu'],
  ['I. MỤC TIÊU', '1.1. Mục tiêu cơ bản đến năm 2025'],
  ['a) Về chuyển đổi số trong hoạt động của các cơ quan Đảng', '- Các cơ sở dữ liệu dùng chung, nền tảng số được'],
  ['định hướng đến năm 2030;', 'Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của'],
  ['Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', 'đẩy mạnh chuyển đổi số'],
  ['KẾ HOẠCH', 'thực hiện chuyển đổi số năm 2024'],
  ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'],
  ['Chương I', 'NHỮNG QUY ĐỊNH CHUNG'],
  ['STT\tNhiệm vụ\tĐơn vị chủ trì', '1\tChương trình phát triển tài sản trí tuệ\tPhòng Quản lý công nghệ'],
  ['Lượt xem: 2749', 'Để triển khai thực hiện nội dung nhiệm vụ được giao'],
  ['Phó Chủ tịch', 'Nguyễn Văn Hưởng'],
  ['Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 2320/TTr-STP ngày 31 tháng 10 năm 2019,', 'QUYẾT ĐỊNH:'],
  ['Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 108/TTr-STP ngày 19/5/2015,', 'QUYẾT ĐỊNH:'],
  ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,', 'Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;'],
  ['Điều', 'Thông tư này quy định'],
  ['Điều 5.', '1. Bộ Tư pháp giúp Chính phủ thống nhất quản lý'],
  ['IV. TỔ CHỨC THỰC HIỆN', 'PHỤ LỤC'],
  // a type word ending in a half that also ends other words, and an issuer ending in one
  ['NGHỊ QUYẾT', 'VỀ KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024'],
  ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'CỤC CHUYỂN ĐỔI SỐ QUỐC GIA'],
  ['II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN'],
  ['-', '- Như trên;'],
];

describe('continuesLine', () => {
  it.each(WRAPS)('should read %j + %j as one line', (prev, next) => {
    expect(continuesLine(prev, next, false)).toBe(true);
  });

  it.each(HEADER_WRAPS)('should read the header cell %j + %j as one line', (prev, next) => {
    expect(continuesLine(prev, next, true)).toBe(true);
  });

  it('should not use the header rules below the header', () => {
    expect(continuesLine('Tam', 'Kỳ, ngày 19 tháng 6 năm 2007', false)).toBe(false);
    expect(continuesLine('CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', false)).toBe(false);
  });

  it.each(REAL_BREAKS)('should keep %j and %j apart', (prev, next) => {
    expect(continuesLine(prev, next, true)).toBe(false);
  });
});

describe('normalizeText on a hard-wrapped portal header', () => {
  it('should give the header of a thuvienphapluat copy one line per field', () => {
    // thuvienphapluat.vn, Kế hoạch 8124/KH-UBND of Lâm Đồng: cells split by `|` lines, wrapped at 20 columns.
    const source = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', '-------', '|', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc', '---------------', '|', 'Số: 8124/KH-UBND', '|', 'Lâm Đồng, ngày 18',
      'tháng 9 năm 2023', '|', 'KẾ HOẠCH', 'PHÁT', 'TRIỂN HẠ TẦNG SỐ TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG GIAI ĐOẠN 2023 - 2025',
    ].join('\n');
    const lines = normalizeText(source).text.split('\n').filter((l) => l !== '');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Lâm Đồng, ngày 18 tháng 9 năm 2023');
    expect(lines).toContain('Số: 8124/KH-UBND');
    expect(lines).toContain('ỦY BAN NHÂN DÂN');
    expect(lines).toContain('TỈNH LÂM ĐỒNG');
    expect(lines).not.toContain('|');
  });
});
