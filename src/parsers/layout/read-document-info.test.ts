import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../types.js';
import { parseLayout } from './parse-layout.js';

/**
 * Real header blocks of documents of several provinces, ministries and the
 * Party, in the forms they reach us: one line per header line, squashed onto
 * one or two lines (table rows), drafts with a blank number or day. Each is
 * followed by a first body line so that the trích yếu has an end.
 */
const HEADERS: { name: string; text: string; want: Partial<DocumentInfo> }[] = [
  {
    name: 'a provincial directive (UBND tỉnh Lào Cai)',
    text: `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 13/CT-UBND
Lào Cai, ngày 20 tháng 5 năm 2021
CHỈ THỊ
TĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI
Trong những năm qua, hoạt động khoa học và công nghệ của tỉnh Lào Cai đã đạt được nhiều kết quả tích cực.`,
    want: {
      symbol: '13/CT-UBND', type: 'Chỉ thị', issuedOn: '2021-05-20', place: 'Lào Cai',
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai', title: 'TĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI',
    },
  },
  {
    name: 'a government decree (Chính phủ)',
    text: `CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 30/2020/NĐ-CP
Hà Nội, ngày 05 tháng 3 năm 2020
NGHỊ ĐỊNH
VỀ CÔNG TÁC VĂN THƯ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;`,
    want: { symbol: '30/2020/NĐ-CP', type: 'Nghị định', issuedOn: '2020-03-05', place: 'Hà Nội', issuer: 'Chính phủ', title: 'VỀ CÔNG TÁC VĂN THƯ' },
  },
  {
    name: 'a circular of a ministry (Bộ Tài chính)',
    text: `BỘ TÀI CHÍNH
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 40/2021/TT-BTC
Hà Nội, ngày 01 tháng 6 năm 2021
THÔNG TƯ
HƯỚNG DẪN THUẾ GIÁ TRỊ GIA TĂNG, THUẾ THU NHẬP CÁ NHÂN VÀ QUẢN LÝ THUẾ ĐỐI VỚI HỘ KINH DOANH, CÁ NHÂN KINH DOANH
Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;`,
    want: {
      symbol: '40/2021/TT-BTC', type: 'Thông tư', issuedOn: '2021-06-01', issuer: 'Bộ Tài chính',
      title: 'HƯỚNG DẪN THUẾ GIÁ TRỊ GIA TĂNG, THUẾ THU NHẬP CÁ NHÂN VÀ QUẢN LÝ THUẾ ĐỐI VỚI HỘ KINH DOANH, CÁ NHÂN KINH DOANH',
    },
  },
  {
    name: 'a decision of the Prime Minister, whose title stops at the authority line',
    text: `THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2205/QĐ-TTg
Hà Nội, ngày 24 tháng 12 năm 2020
QUYẾT ĐỊNH
PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ ĐẾN NĂM 2030
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;`,
    want: {
      symbol: '2205/QĐ-TTg', type: 'Quyết định', issuedOn: '2020-12-24', issuer: 'Thủ tướng Chính phủ',
      title: 'PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN TÀI SẢN TRÍ TUỆ ĐẾN NĂM 2030',
    },
  },
  {
    name: 'a resolution of a provincial council (HĐND)',
    text: `HỘI ĐỒNG NHÂN DÂN
TỈNH TRÀ VINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 80/2019/NQ-HĐND
Trà Vinh, ngày 12 tháng 4 năm 2019
NGHỊ QUYẾT
Quy định chính sách hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Trà Vinh
HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH
KHÓA IX - KỲ HỌP THỨ 12
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`,
    want: {
      symbol: '80/2019/NQ-HĐND', type: 'Nghị quyết', issuedOn: '2019-04-12', place: 'Trà Vinh',
      issuer: 'Hội đồng nhân dân tỉnh Trà Vinh', title: 'Quy định chính sách hỗ trợ phát triển tài sản trí tuệ trên địa bàn tỉnh Trà Vinh',
    },
  },
  {
    name: 'a Party resolution (Tỉnh ủy, `Số` without colon, ĐẢNG CỘNG SẢN VIỆT NAM)',
    text: `TỈNH ỦY ĐIỆN BIÊN
*
Số 12-NQ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Điện Biên, ngày 27 tháng 7 năm 2021
NGHỊ QUYẾT
về cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, gắn với nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025, định hướng đến năm 2030
-----
I. TÌNH HÌNH VÀ NGUYÊN NHÂN`,
    want: {
      symbol: '12-NQ/TU', type: 'Nghị quyết', issuedOn: '2021-07-27', place: 'Điện Biên', issuer: 'Tỉnh ủy Điện Biên',
      title: 'về cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, gắn với nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025, định hướng đến năm 2030',
    },
  },
  {
    name: 'a Sở under the provincial committee (UBND TỈNH … / SỞ …)',
    text: `UBND TỈNH ĐIỆN BIÊN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1180/KH-SKHCN
Điện Biên, ngày 15 tháng 11 năm 2021
KẾ HOẠCH
Kiểm tra nhà nước về đo lường năm 2022
Thực hiện Quyết định số 1135/QĐ-UBND ngày 25/6/2021 của UBND tỉnh Điện Biên, Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:`,
    want: {
      symbol: '1180/KH-SKHCN', type: 'Kế hoạch', issuedOn: '2021-11-15', place: 'Điện Biên',
      issuer: 'Sở Khoa học và Công nghệ tỉnh Điện Biên', title: 'Kiểm tra nhà nước về đo lường năm 2022',
    },
  },
  {
    name: 'a header squashed onto one line',
    text: `ỦY BAN NHÂN DÂN TỈNH LÀO CAI Số: 13/CT-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lào Cai, ngày 20 tháng 5 năm 2021
CHỈ THỊ
TĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI
Trong những năm qua, hoạt động khoa học và công nghệ của tỉnh Lào Cai đã đạt được nhiều kết quả.`,
    want: { symbol: '13/CT-UBND', type: 'Chỉ thị', issuedOn: '2021-05-20', place: 'Lào Cai', issuer: 'Ủy ban nhân dân tỉnh Lào Cai' },
  },
  {
    name: 'a header squashed onto two table rows',
    text: `ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 3125/QĐ-UBND Quảng Ninh, ngày 11 tháng 10 năm 2021
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch thực hiện Chương trình chuyển đổi số tỉnh Quảng Ninh năm 2022
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;`,
    want: {
      symbol: '3125/QĐ-UBND', type: 'Quyết định', issuedOn: '2021-10-11', place: 'Quảng Ninh', issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh',
      title: 'Về việc ban hành Kế hoạch thực hiện Chương trình chuyển đổi số tỉnh Quảng Ninh năm 2022',
    },
  },
  {
    name: 'an official letter: no type word, a V/v line under Số',
    text: `UBND TỈNH LONG AN
SỞ TÀI CHÍNH
-------
Số: 2345/STC-QLNS
V/v hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2023
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Long An, ngày 18 tháng 7 năm 2022
Kính gửi: Các sở, ban, ngành tỉnh`,
    want: {
      symbol: '2345/STC-QLNS', type: 'Công văn', issuedOn: '2022-07-18', place: 'Long An', issuer: 'Sở Tài chính tỉnh Long An',
      title: 'V/v hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2023',
    },
  },
  {
    name: 'a draft with a blank number and a blank day',
    text: `ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: /TTr-UBND
Yên Bái, ngày tháng 8 năm 2023
TỜ TRÌNH
Đề nghị ban hành Nghị quyết quy định mức chi bảo đảm cho công tác kiểm tra văn bản
Kính gửi: Hội đồng nhân dân tỉnh Yên Bái`,
    want: { symbol: null, type: 'Tờ trình', issuedOn: null, place: 'Yên Bái', issuer: 'Ủy ban nhân dân tỉnh Yên Bái' },
  },
  {
    name: 'a Sở report whose header prints no issuer line (the symbol code and the place give it)',
    text: `Số: /BC-SKHCN
Điện Biên, ngày tháng 12 năm 2021
BÁO CÁO
Kết quả thực hiện Nghị quyết số 12-NQ/TU ngày 27/7/2021 của Ban chấp hành Đảng bộ tỉnh Điện Biên
Thực hiện Công văn số 2550/SKHĐT-XTĐT ngày 07/12/2021 của Sở Kế hoạch và Đầu tư tỉnh Điện Biên, Sở Khoa học và Công nghệ báo cáo như sau:`,
    want: { symbol: null, type: 'Báo cáo', issuedOn: null, place: 'Điện Biên', issuer: 'Sở Khoa học và Công nghệ tỉnh Điện Biên' },
  },
  {
    name: 'a city committee (thành phố Hà Nội)',
    text: `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 211/KH-UBND
Hà Nội, ngày 15 tháng 9 năm 2022
KẾ HOẠCH
Thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 trên địa bàn thành phố Hà Nội
I. MỤC ĐÍCH, YÊU CẦU`,
    want: { symbol: '211/KH-UBND', type: 'Kế hoạch', issuedOn: '2022-09-15', place: 'Hà Nội', issuer: 'Ủy ban nhân dân thành phố Hà Nội' },
  },
  {
    name: 'Hồ Chí Minh City with the place spelt `Thành phố Hồ Chí Minh`',
    text: `ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 4680/QĐ-UBND
Thành phố Hồ Chí Minh, ngày 30 tháng 12 năm 2021
QUYẾT ĐỊNH
Về ban hành Kế hoạch triển khai Chương trình chuyển đổi số năm 2022
ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`,
    want: {
      issuedOn: '2021-12-30', place: 'Thành phố Hồ Chí Minh', issuer: 'Ủy ban nhân dân thành phố Hồ Chí Minh',
      title: 'Về ban hành Kế hoạch triển khai Chương trình chuyển đổi số năm 2022',
    },
  },
  {
    name: 'a ministry decision (Bộ Khoa học và Công nghệ)',
    text: `BỘ KHOA HỌC VÀ CÔNG NGHỆ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1984/QĐ-BKHCN
Hà Nội, ngày 27 tháng 7 năm 2021
QUYẾT ĐỊNH
Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp quốc gia đặt hàng thuộc Chương trình phát triển tài sản trí tuệ
BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ
Căn cứ Nghị định số 95/2017/NĐ-CP ngày 16 tháng 8 năm 2017;`,
    want: {
      symbol: '1984/QĐ-BKHCN', type: 'Quyết định', issuer: 'Bộ Khoa học và Công nghệ',
      title: 'Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp quốc gia đặt hàng thuộc Chương trình phát triển tài sản trí tuệ',
    },
  },
  {
    name: 'a Sở Công Thương report (a fixed capital in the name)',
    text: `UBND TỈNH NGHỆ AN
SỞ CÔNG THƯƠNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/BC-SCT
Nghệ An, ngày 5 tháng 1 năm 2022
BÁO CÁO
Tình hình thực hiện nhiệm vụ năm 2021, kế hoạch năm 2022
I. KẾT QUẢ THỰC HIỆN`,
    want: { symbol: '45/BC-SCT', type: 'Báo cáo', issuedOn: '2022-01-05', issuer: 'Sở Công Thương tỉnh Nghệ An' },
  },
  {
    name: 'the old tone spelling (UỶ, HOÀ, THANH HOÁ) and `Số:` with no space',
    text: `UỶ BAN NHÂN DÂN
TỈNH THANH HOÁ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:17/KH-UBND
Thanh Hoá, ngày 20/01/2022
KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2022
I. MỤC ĐÍCH, YÊU CẦU`,
    want: { symbol: '17/KH-UBND', type: 'Kế hoạch', issuedOn: '2022-01-20', place: 'Thanh Hoá', issuer: 'Ủy ban nhân dân tỉnh Thanh Hóa' },
  },
  {
    name: 'a district committee (huyện) with a title-case type word',
    text: `ỦY BAN NHÂN DÂN
HUYỆN BẢO THẮNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 98/KH-UBND
Bảo Thắng, ngày 3 tháng 3 năm 2022
Kế hoạch
Tổ chức các hoạt động hưởng ứng Ngày Sở hữu trí tuệ thế giới năm 2022
1. Mục đích`,
    want: { symbol: '98/KH-UBND', type: 'Kế hoạch', issuedOn: '2022-03-03', place: 'Bảo Thắng', issuer: 'Ủy ban nhân dân huyện Bảo Thắng' },
  },
  {
    name: 'a ministry with fields joined by `và` (Bộ Nông nghiệp và Phát triển nông thôn)',
    text: `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1006/QĐ-BNN-KH
Hà Nội, ngày 28 tháng 3 năm 2022
QUYẾT ĐỊNH
Ban hành Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Căn cứ Nghị định số 105/2022/NĐ-CP;`,
    want: { symbol: '1006/QĐ-BNN-KH', type: 'Quyết định', issuer: 'Bộ Nông nghiệp và Phát triển nông thôn', title: 'Ban hành Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP' },
  },
  {
    name: 'motto lines printed before the issuer (right column first)',
    text: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 512/KH-UBND
Gia Lai, ngày 14 tháng 3 năm 2022
KẾ HOẠCH
Triển khai Đề án phát triển doanh nghiệp khoa học và công nghệ
I. MỤC ĐÍCH`,
    want: { symbol: '512/KH-UBND', issuedOn: '2022-03-14', issuer: 'Ủy ban nhân dân tỉnh Gia Lai', title: 'Triển khai Đề án phát triển doanh nghiệp khoa học và công nghệ' },
  },
  {
    name: 'a law (QUỐC HỘI, `Luật số:`)',
    text: `QUỐC HỘI
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Luật số: 29/2013/QH13
Hà Nội, ngày 18 tháng 6 năm 2013
LUẬT
KHOA HỌC VÀ CÔNG NGHỆ
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;`,
    want: { symbol: '29/2013/QH13', type: 'Luật', issuedOn: '2013-06-18', issuer: 'Quốc hội', title: 'KHOA HỌC VÀ CÔNG NGHỆ' },
  },
  {
    name: 'an official letter whose V/v line wraps onto a second line',
    text: `UBND TỈNH LÀO CAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 512/SKHCN-QLCN
V/v đề xuất đặt hàng nhiệm vụ khoa học và công nghệ
cấp tỉnh năm 2023
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 12 tháng 4 năm 2022
Kính gửi: Các sở, ban, ngành tỉnh`,
    want: {
      symbol: '512/SKHCN-QLCN', type: 'Công văn', issuedOn: '2022-04-12', place: 'Lào Cai', issuer: 'Sở Khoa học và Công nghệ tỉnh Lào Cai',
      title: 'V/v đề xuất đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2023',
    },
  },
  {
    name: 'issuer and motto side by side on two lines (a two-column table read row by row)',
    text: `ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND Sơn La, ngày 07 tháng 4 năm 2022
KẾ HOẠCH
Thực hiện Đề án hỗ trợ doanh nghiệp khởi nghiệp sáng tạo năm 2022
I. MỤC ĐÍCH, YÊU CẦU`,
    want: {
      symbol: '88/KH-UBND', type: 'Kế hoạch', issuedOn: '2022-04-07', place: 'Sơn La', issuer: 'Ủy ban nhân dân tỉnh Sơn La',
      title: 'Thực hiện Đề án hỗ trợ doanh nghiệp khởi nghiệp sáng tạo năm 2022',
    },
  },
  {
    name: 'a report whose type word and trích yếu share one line',
    text: `UBND TỈNH BẮC NINH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 215/BC-SKHCN
Bắc Ninh, ngày 14 tháng 12 năm 2022
BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022
VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2023
I. KẾT QUẢ THỰC HIỆN`,
    want: {
      symbol: '215/BC-SKHCN', type: 'Báo cáo', issuer: 'Sở Khoa học và Công nghệ tỉnh Bắc Ninh',
      title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2023',
    },
  },
  {
    // vanban123.vn, Quyết định 24/2014/QĐ-UBND (Bắc Kạn): the copy lost the type line, table bars already read.
    name: 'a decision whose copy lost its type line (the trích yếu under the date)',
    text: `ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 24/2014/QĐ-UBND
Bắc Kạn, ngày 31 tháng 10 năm 2014
BAN HÀNH QUY ĐỊNH VỀ CHẾ ĐỘ BÁO CÁO THỐNG KÊ TƯ PHÁP TRÊN ĐỊA BÀN TỈNH BẮC KẠN
ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;`,
    want: { symbol: '24/2014/QĐ-UBND', type: 'Quyết định', issuedOn: '2014-10-31', place: 'Bắc Kạn', issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn', title: 'BAN HÀNH QUY ĐỊNH VỀ CHẾ ĐỘ BÁO CÁO THỐNG KÊ TƯ PHÁP TRÊN ĐỊA BÀN TỈNH BẮC KẠN' },
  },
  {
    // hethongphapluat.com, Quyết định 2583/QĐ-UBND (Tây Ninh): no type line and no trích yếu, the authority line under the date.
    name: 'a decision copy with the authority line under the date and no title',
    text: `ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 2583/QĐ-UBND	Tây Ninh, ngày 29 tháng 11 năm 2019
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`,
    want: { symbol: '2583/QĐ-UBND', type: 'Quyết định', place: 'Tây Ninh', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh', title: null },
  },
  {
    // lawnet.vn, Thông tư 12/2018/TT-BKHCN: the copy doubles a slash in the number.
    name: 'a ministry circular whose number has a doubled slash',
    text: `BỘ KHOA HỌC VÀ
CÔNG NGHỆ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 12/2018//TT-BKHCN
Hà Nội, ngày 31 tháng 08 năm 2018
THÔNG TƯ
QUY ĐỊNH VỀ XÂY DỰNG, KÝ KẾT VÀ QUẢN LÝ CÁC CHƯƠNG TRÌNH HỢP TÁC QUỐC TẾ CỦA QUỸ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ QUỐC GIA`,
    want: { symbol: '12/2018/TT-BKHCN', type: 'Thông tư', issuedOn: '2018-08-31', place: 'Hà Nội', issuer: 'Bộ Khoa học và Công nghệ' },
  },
];

/** Web postings: no formal header; the headline and the body give the identity. */
const POSTINGS: { name: string; text: string; want: Partial<DocumentInfo> }[] = [
  {
    name: 'a headline that starts with the Sở and its province, then BAN HÀNH KẾ HOẠCH',
    text: `SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 162/QĐ-UBND NGÀY 20/01/2022 CỦA ỦY BAN NHÂN DÂN TỈNH
Để triển khai thực hiện nội dung nhiệm vụ được giao tại Quyết định số 162/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh Trà Vinh,
1. Thúc đẩy sự phát triển của thị trường khoa học và công nghệ:
Tổ chức thẩm định các dự án đầu tư./.
Thi Lan
Văn phòng Sở Khoa học và Công nghệ`,
    want: {
      symbol: null, type: 'Kế hoạch', issuedOn: null, place: null, issuer: 'Sở Khoa học và Công nghệ tỉnh Trà Vinh', signer: null,
      title: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 162/QĐ-UBND NGÀY 20/01/2022 CỦA ỦY BAN NHÂN DÂN TỈNH',
    },
  },
  {
    name: 'a headline `Kế hoạch … của Sở …` whose province is in the body',
    text: `Kế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Sở Khoa học và Công nghệ năm 2022
I. MỤC ĐÍCH, YÊU CẦU
- Triển khai các mục tiêu của Kế hoạch số 2199/KH-UBND ngày 14/7/2022 của UBND tỉnh.
- Xây dựng cơ sở dữ liệu số về KH&CN của tỉnh Long An.
- Hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Long An./.
P.QLCN-NNB`,
    want: { type: 'Kế hoạch', issuer: 'Sở Khoa học và Công nghệ tỉnh Long An', signer: null },
  },
  {
    name: 'a headline `UBND tỉnh … ban hành Kế hoạch …`',
    text: `UBND tỉnh Bến Tre ban hành Kế hoạch thực hiện chuyển đổi số năm 2023
Ngày 10/02/2023, UBND tỉnh ban hành Kế hoạch số 812/KH-UBND về thực hiện chuyển đổi số năm 2023.`,
    want: { type: 'Kế hoạch', issuer: 'Ủy ban nhân dân tỉnh Bến Tre', title: 'UBND tỉnh Bến Tre ban hành Kế hoạch thực hiện chuyển đổi số năm 2023' },
  },
  {
    name: 'a posting under a category line and a date stamp',
    text: `Tin tức
12/03/2022 08:30
Sở Nội vụ tỉnh Cà Mau triển khai Kế hoạch cải cách hành chính năm 2022
Ngày 10/3/2022, Sở Nội vụ ban hành Kế hoạch số 35/KH-SNV về cải cách hành chính năm 2022.`,
    want: { type: 'Kế hoạch', issuer: 'Sở Nội vụ tỉnh Cà Mau', title: 'Sở Nội vụ tỉnh Cà Mau triển khai Kế hoạch cải cách hành chính năm 2022' },
  },
  {
    // A Markdown conversion of a plan that kept no header: the type word alone, then the trích yếu.
    name: 'a Markdown copy with the type word alone over its trích yếu',
    text: `KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
I. MỤC ĐÍCH, YÊU CẦU`,
    want: { type: 'Kế hoạch', title: 'Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị' },
  },
  {
    // cchc.khanhhoa.gov.vn: a posting whose body names its body with an abbreviation and no place.
    name: 'a posting whose issuer is written UBND tỉnh with no place',
    text: `Khắc phục ngay những hạn chế, thiếu sót trong kết quả CCHC năm 2020
Ngày 14/01/2021, UBND tỉnh ban hành Quyết định số 141/QĐ-UBND về việc công bố, phê duyệt kết quả và xếp hạng Chỉ số cải cách hành chính năm 2020.`,
    want: { issuer: 'Ủy ban nhân dân tỉnh', title: 'Khắc phục ngay những hạn chế, thiếu sót trong kết quả CCHC năm 2020' },
  },
];

describe('readDocumentInfo through parseLayout', () => {
  for (const h of HEADERS) {
    it(`should read the identity of ${h.name}`, () => {
      const info = parseLayout(h.text, {}).info;
      for (const [k, v] of Object.entries(h.want)) expect([k, info[k as keyof DocumentInfo]]).toEqual([k, v]);
    });
  }
  for (const p of POSTINGS) {
    it(`should read a web posting: ${p.name}`, () => {
      const info = parseLayout(p.text, {}).info;
      for (const [k, v] of Object.entries(p.want)) expect([k, info[k as keyof DocumentInfo]]).toEqual([k, v]);
    });
  }

  it('should let portal metadata fill only the fields the text lacks', () => {
    const text = HEADERS[0].text;
    const info = parseLayout(text, { symbol: '99/CT-UBND', issuer: 'Tỉnh Lào Cai', signer: 'Trịnh Xuân Trường', title: 'Chỉ thị 13/CT-UBND năm 2021' }).info;
    expect(info.symbol).toBe('13/CT-UBND');
    expect(info.issuer).toBe('Ủy ban nhân dân tỉnh Lào Cai');
    expect(info.title).toBe('TĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI');
    expect(info.signer).toBe('Trịnh Xuân Trường');
  });

  it('should not fill a draft\'s blank number or day from metadata', () => {
    const info = parseLayout(HEADERS[10].text, { symbol: '15/TTr-UBND', issuedOn: '20/08/2023' }).info;
    expect(info.symbol).toBeNull();
    expect(info.issuedOn).toBeNull();
  });

  it('should skip a legal portal\'s title line and metadata table still in the text', () => {
    const text = `Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ trên địa bàn tỉnh Lào Cai
Số hiệu 13/CT-UBND
Ngày ban hành 20/05/2021
Loại văn bản Chỉ thị
Cơ quan ban hành Tỉnh Lào Cai
Người ký Trịnh Xuân Trường
${HEADERS[0].text}`;
    const layout = parseLayout(text, {});
    expect(layout.info.title).toBe('TĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH LÀO CAI');
    expect(layout.info.issuer).toBe('Ủy ban nhân dân tỉnh Lào Cai');
    expect(layout.info.signer).toBe('Trịnh Xuân Trường');
    expect(layout.header!.start).toBe(text.indexOf('ỦY BAN NHÂN DÂN'));
  });
});
