import { describe, it, expect } from 'vitest';
import { findReferences } from './find-references.js';
import type { DocumentLayout, ExtractContext } from '../../types.js';

/**
 * Sentences from administrative documents (the dev corpus, Công báo,
 * ministries', provinces' and Party documents), each mention's `text` marked
 * `⟦…⟧`, with what each must give: [symbol, type, issuedOn, issuer].
 */
type Want = [symbol: string, type: string | null, issuedOn: string | null, issuer: string | null];
interface Row {
  s: string;
  r: Want[];
}

const QD = 'Quyết định';
const NQ = 'Nghị quyết';
const ND = 'Nghị định';
const KH = 'Kế hoạch';
const TT = 'Thông tư';
const CP = 'Chính phủ';
const TTG = 'Thủ tướng Chính phủ';

const POSITIVES: Row[] = [
  // Unseen documents. Công văn 1453/VPCP-KGVX (2009) as luatminhkhue.vn copies it, a space lost after `ngày`.
  { s: 'Văn phòng Chính phủ đã nhận được ⟦công văn số 123/BC-BYT ngày27 tháng 02 năm 2009⟧ của Bộ Y tế, báo cáo Thủ tướng Chính phủ',
    r: [['123/BC-BYT', 'Công văn', '2009-02-27', 'Bộ Y tế']] },
  // Kế hoạch 2516/KH-UBND (Kon Tum, 2014), hethongphapluat.com: a comma between the fields of a ministry's name.
  { s: 'Thực hiện ⟦Công văn số 2928/LĐTBXH-BVCSTE , ngày 12/8/2014⟧ của Bộ Lao động, Thương binh và Xã hội về việc triển khai ⟦Quyết định 34/2014/QĐ-TTg⟧ của Thủ tướng Chính phủ.',
    r: [['2928/LĐTBXH-BVCSTE', 'Công văn', '2014-08-12', 'Bộ Lao động, Thương binh và Xã hội'], ['34/2014/QĐ-TTg', QD, null, TTG]] },
  // A comma before another body's head word starts another body, not a field of the name.
  { s: 'Thực hiện ⟦Kế hoạch số 45/KH-UBND ngày 15/3/2022⟧ của UBND tỉnh, Sở Tài chính và Sở Nội vụ hướng dẫn các đơn vị thực hiện.',
    r: [['45/KH-UBND', KH, '2022-03-15', 'UBND tỉnh']] },
  // Kế hoạch 1312/KH-UBND (Bến Tre, 2013): a ministry's name with a hyphen and a comma-free `và`.
  { s: 'Thực hiện ⟦Công văn số 2717/LĐTBXH-PC ngày 08 tháng 8 năm 2012⟧ của Bộ Lao động - Thương binh và Xã hội về việc tiếp tục thực hiện Đề án 31',
    r: [['2717/LĐTBXH-PC', 'Công văn', '2012-08-08', 'Bộ Lao động - Thương binh và Xã hội']] },
  // Quyết định 14/2007/QĐ-UBND (Quảng Nam): two ministries issue a joint circular.
  { s: 'Căn cứ ⟦Thông tư liên tịch số 11/2004/TTLT-BNN-BNV ngày 02/4/2004⟧ của Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ',
    r: [['11/2004/TTLT-BNN-BNV', 'Thông tư liên tịch', '2004-04-02', 'Bộ Nông nghiệp và Phát triển nông thôn và Bộ Nội vụ']] },
  // The dev corpus.
  { s: 'Để triển khai thực hiện nội dung nhiệm vụ được giao tại ⟦Quyết định số 166/QĐ-UBND ngày 20/01/2022⟧ của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện ⟦Nghị quyết số 02/NQ-CP ngày 10/01/2022⟧ của Chính phủ về những nhiệm vụ, giải pháp chủ yếu',
    r: [['166/QĐ-UBND', QD, '2022-01-20', 'Ủy ban nhân dân tỉnh'], ['02/NQ-CP', NQ, '2022-01-10', CP]] },
  { s: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH CỦA UBND TỈNH BAN HÀNH KẾ HOẠCH THỰC HIỆN ⟦NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY 10/01/2022⟧ CỦA CHÍNH PHỦ',
    r: [['02/NQ-CP', NQ, '2022-01-10', 'CHÍNH PHỦ']] },
  { s: '1. Tổng kết, đánh giá việc thực hiện ⟦Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007⟧ và ⟦Luật Tiêu chuẩn, Quy chuẩn kỹ thuật số 68/2006/QH11 ngày 29/6/2006⟧ để đề xuất, kiến nghị sửa đổi',
    r: [['05/2007/QH12', 'Luật', '2007-11-21', null], ['68/2006/QH11', 'Luật', '2006-06-29', null]] },
  { s: 'Triển khai thực hiện ⟦Kế hoạch số 65/KH-UBND ngày 30/7/2021⟧ của Ủy ban nhân dân tỉnh Trà Vinh thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp',
    r: [['65/KH-UBND', KH, '2021-07-30', 'Ủy ban nhân dân tỉnh Trà Vinh']] },
  { s: 'Thực hiện chính sách hỗ trợ theo ⟦Nghị quyết số 80/2019/NQ-HĐND ngày 12/4/2019⟧ của Hội đồng nhân dân tỉnh 22 hình thức bảo hộ',
    r: [['80/2019/NQ-HĐND', NQ, '2019-04-12', 'Hội đồng nhân dân tỉnh']] },
  { s: 'Tiếp tục thực hiện có hiệu quả ⟦Quyết định số 1949/QĐ-UBND ngày 02/10/2018⟧ của UBND tỉnh về việc ban hành Kế hoạch triển khai thực hiện ⟦Nghị định số 61/2018/NĐ-CP ngày 23/4/2018⟧ của Chính phủ về thực hiện cơ chế một cửa; ⟦Nghị định số 107/2021/NĐ-CP ngày 06/12/2021⟧ của Chính phủ về sửa đổi, bổ sung một số điều của ⟦Nghị định số 61/2018/NĐ-CP ngày 23/4/2018⟧ của Chính phủ về thực hiện cơ chế một cửa',
    r: [['1949/QĐ-UBND', QD, '2018-10-02', 'UBND tỉnh'], ['61/2018/NĐ-CP', ND, '2018-04-23', CP], ['107/2021/NĐ-CP', ND, '2021-12-06', CP], ['61/2018/NĐ-CP', ND, '2018-04-23', CP]] },
  { s: '- Triển khai, cụ thể hóa các mục tiêu, nội dung ⟦Kế hoạch số 2199/KH-UBND  ngày 14/7/2022⟧  của UBND tỉnh.',
    r: [['2199/KH-UBND', KH, '2022-07-14', 'UBND tỉnh']] },
  { s: 'Quán triệt, thực hiện đồng bộ các nhiệm vụ chung được UBND tỉnh giao tại ⟦Kế hoạch số 2199/KH-UBND ngày 14/7/2022⟧. Các phòng, đơn vị tập trung thực hiện',
    r: [['2199/KH-UBND', KH, '2022-07-14', null]] },
  { s: '- Kế hoạch thực hiện Chương trình phát triển tài sản trí tuệ đến năm 2030 (ban hành kèm theo ⟦Quyết định 2205/QĐ-TTg ngày 24/12/2020⟧ của Thủ tướng Chính phủ: Phòng Quản lý công nghệ chủ trì.',
    r: [['2205/QĐ-TTg', QD, '2020-12-24', TTG]] },
  { s: '- Kế hoạch thực hiện Chương trình Đổi mới công nghệ quốc gia đến năm 2030 (bàn hành kèm thei ⟦Quyết định số 118/QĐ-TTg ngày 25/01/2021⟧ của Thủ tướng Chính phủ): Phòng Quản lý Công nghệ chủ trì.',
    r: [['118/QĐ-TTg', QD, '2021-01-25', TTG]] },
  { s: 'giai đoạn 2021-2030 (bàn hành kèm theo ⟦QĐ 36/QĐ-TTg ngày 11/01/2021⟧ của Thủ tướng Chính phủ): Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì.',
    r: [['36/QĐ-TTg', QD, '2021-01-11', TTG]] },
  { s: 'các nội dung hỗ trợ khởi nghiệp đổi mới sáng tạo theo ⟦Kế hoạch số 105/KH-UBND ngày 03/7/2018⟧ hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Long An',
    r: [['105/KH-UBND', KH, '2018-07-03', null]] },
  { s: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH THỰC HIỆN ⟦QUYẾT ĐỊNH SỐ 162/QĐ-UBND NGÀY 20/01/2022⟧ CỦA ỦY BAN NHÂN DÂN TỈNH VỀ KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN ⟦NGHỊ QUYẾT 01/NQ-CP⟧',
    r: [['162/QĐ-UBND', QD, '2022-01-20', 'ỦY BAN NHÂN DÂN TỈNH'], ['01/NQ-CP', NQ, null, null]] },
  { s: 'Hỗ trợ từ 02 doanh nghiệp trở lên thực hiện chuyển giao, ứng dụng đổi mới công nghệ theo ⟦Nghị quyết số 82/2019/NQ-HĐND⟧.',
    r: [['82/2019/NQ-HĐND', NQ, null, null]] },
  { s: '4. Đẩy mạnh việc thực hiện ⟦Kế hoạch số 47/KH-UBND ngày 07/6/2021⟧ của Ủy ban nhân dân tỉnh triển khai thực hiện ⟦Chương trình số 14-CTr/TU ngày 26/3/2021⟧ của Ban Thường vụ Tỉnh ủy nghiên cứu, ứng dụng và chuyển giao',
    r: [['47/KH-UBND', KH, '2021-06-07', 'Ủy ban nhân dân tỉnh'], ['14-CTr/TU', 'Chương trình', '2021-03-26', 'Ban Thường vụ Tỉnh ủy']] },
  { s: '5. Tập trung thực hiện ⟦Quyết định số 3110/QĐ-UBND ngày 31/12/2021⟧ của Ủy ban nhân dân tỉnh Trà Vinh Ban hành Chương trình chọn tạo giống cây trồng',
    r: [['3110/QĐ-UBND', QD, '2021-12-31', 'Ủy ban nhân dân tỉnh Trà Vinh']] },
  { s: 'Thực hiện ⟦Công văn số 2550/SKHĐT-XTĐT ngày 07/12/2021⟧ của Sở Kế hoạch và Đầu tư tỉnh Điện Biên về việc đề nghị báo cáo kết quả thực hiện ⟦Nghị quyết số 12-NQ/TU ngày 27/7/2021⟧ của Ban chấp hành Đảng bộ tỉnh Điện Biên về cải cách hành chính',
    r: [['2550/SKHĐT-XTĐT', 'Công văn', '2021-12-07', 'Sở Kế hoạch và Đầu tư tỉnh Điện Biên'], ['12-NQ/TU', NQ, '2021-07-27', 'Ban chấp hành Đảng bộ tỉnh Điện Biên']] },
  { s: 'Thực hiện ⟦Kế hoạch hành động số 3301/KH-UBND ngày 05/10/2021⟧ về việc thực hiện Nghị quyết',
    r: [['3301/KH-UBND', KH, '2021-10-05', null]] },
  { s: 'Xây dựng kế hoạch kiểm tra công tác CCHC và Phân cấp QLNN theo ⟦Nghị quyết số 21/NQ-CP⟧; nội dung kiểm tra công tác Phân cấp QLNN theo ⟦Nghị quyết số 99/NQ-CP⟧; nội dung báo cáo',
    r: [['21/NQ-CP', NQ, null, null], ['99/NQ-CP', NQ, null, null]] },
  { s: 'Bố trí 03 công chức tham gia Đoàn kiểm tra công tác CCHC theo ⟦Quyết định số 1135/QĐ-UBND ngày 25/6/2021⟧ của UBND tỉnh Điện Biên tiến hành kiểm tra',
    r: [['1135/QĐ-UBND', QD, '2021-06-25', 'UBND tỉnh Điện Biên']] },
  { s: 'Trình UBND tỉnh đề xuất Bộ KH&CN ban hành ⟦Quyết định 1984/QĐ-BKH&CN ngày 27/7/2021⟧ Phê duyệt danh mục nhiệm vụ KH&CN cấp quốc gia',
    r: [['1984/QĐ-BKH&CN', QD, '2021-07-27', null]] },
  { s: 'Sở Khoa học và Công nghệ đã ban hành ⟦Thông báo số 150/TB-SKH-CN ngày 22/02/2021⟧ V/v thông báo Kế hoạch hoạt động Giải thưởng chất lượng Quốc gia',
    r: [['150/TB-SKH-CN', 'Thông báo', '2021-02-22', null]] },
  { s: 'Triển khai ⟦Kế hoạch số 4632/KH-UBND của UBND tỉnh ngày 15/12/2020⟧, thực hiện ⟦Quyết định số 100/QĐ-TTg ngày 19/01/2019⟧ của Thủ tướng Chính phủ về việc phê duyệt Đề án',
    r: [['4632/KH-UBND', KH, '2020-12-15', 'UBND tỉnh'], ['100/QĐ-TTg', QD, '2019-01-19', TTG]] },
  { s: 'Trên đây là báo cáo kết quả thực hiện ⟦Nghị quyết 12-NQ/TU⟧ đối với lĩnh vực khoa học và công nghệ, kính gửi Sở Kế hoạch và Đầu tư tổng hợp./.',
    r: [['12-NQ/TU', NQ, null, null]] },
  // Normative documents.
  { s: 'Căn cứ ⟦Nghị định số 30/2020/NĐ-CP ngày 05/3/2020⟧ của Chính phủ về công tác văn thư;',
    r: [['30/2020/NĐ-CP', ND, '2020-03-05', CP]] },
  { s: 'Căn cứ ⟦Thông tư số 01/2011/TT-BNV ngày 19/01/2011⟧ của Bộ Nội vụ hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính;',
    r: [['01/2011/TT-BNV', TT, '2011-01-19', 'Bộ Nội vụ']] },
  { s: 'Căn cứ ⟦Thông tư số 11/2024/TT-BNV ngày 31/7/2024⟧ của Bộ trưởng Bộ Nội vụ sửa đổi, bổ sung một số điều',
    r: [['11/2024/TT-BNV', TT, '2024-07-31', 'Bộ trưởng Bộ Nội vụ']] },
  { s: 'Căn cứ ⟦Thông tư liên tịch số 29/2015/TTLT-BKHCN-BNV ngày 22/12/2015⟧ của Bộ Khoa học và Công nghệ và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ',
    r: [['29/2015/TTLT-BKHCN-BNV', 'Thông tư liên tịch', '2015-12-22', 'Bộ Khoa học và Công nghệ và Bộ Nội vụ']] },
  { s: 'Căn cứ ⟦Thông tư liên tịch số 15/2015/TTLT-BTC-BNV⟧ hướng dẫn quản lý kinh phí;',
    r: [['15/2015/TTLT-BTC-BNV', 'Thông tư liên tịch', null, null]] },
  { s: 'Căn cứ ⟦Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13⟧;',
    r: [['80/2015/QH13', 'Luật', null, null]] },
  { s: 'Căn cứ ⟦Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013⟧;',
    r: [['29/2013/QH13', 'Luật', '2013-06-18', null]] },
  { s: 'Căn cứ ⟦Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20 tháng 11 năm 2018⟧;',
    r: [['36/2018/QH14', 'Luật', '2018-11-20', null]] },
  { s: 'Căn cứ ⟦Luật số 05/2007/QH12⟧ của Quốc hội khóa XII;',
    r: [['05/2007/QH12', 'Luật', null, 'Quốc hội khóa XII']] },
  { s: 'Căn cứ ⟦Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019⟧;',
    r: [['45/2019/QH14', 'Bộ luật', '2019-11-20', null]] },
  { s: 'Căn cứ ⟦Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020⟧;',
    r: [['02/2020/UBTVQH14', 'Pháp lệnh', '2020-12-09', null]] },
  { s: 'Căn cứ ⟦Pháp lệnh số 11/2012/UBTVQH13⟧ của Ủy ban Thường vụ Quốc hội;',
    r: [['11/2012/UBTVQH13', 'Pháp lệnh', null, 'Ủy ban Thường vụ Quốc hội']] },
  { s: 'theo hướng dẫn tại ⟦Nghị quyết số 01/2020/NQ-HĐTP ngày 05/3/2020⟧ của Hội đồng Thẩm phán Tòa án nhân dân tối cao hướng dẫn áp dụng',
    r: [['01/2020/NQ-HĐTP', NQ, '2020-03-05', 'Hội đồng Thẩm phán Tòa án nhân dân tối cao']] },
  { s: 'Căn cứ ⟦Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008⟧ của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    r: [['09/2008/NQLT-CP-UBTƯMTTQVN', 'Nghị quyết liên tịch', '2008-04-17', 'Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']] },
  { s: 'Căn cứ ⟦Lệnh số 01/2020/L-CTN ngày 10/01/2020⟧ của Chủ tịch nước về việc công bố Luật',
    r: [['01/2020/L-CTN', 'Lệnh', '2020-01-10', 'Chủ tịch nước']] },
  { s: 'Căn cứ ⟦Văn bản hợp nhất số 01/VBHN-BKHCN ngày 28/3/2019⟧ của Bộ Khoa học và Công nghệ;',
    r: [['01/VBHN-BKHCN', 'Văn bản hợp nhất', '2019-03-28', 'Bộ Khoa học và Công nghệ']] },
  { s: 'Thực hiện ⟦Nghị quyết số 202/2025/QH15 ngày 12/6/2025⟧ của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh',
    r: [['202/2025/QH15', NQ, '2025-06-12', 'Quốc hội']] },
  // Party documents.
  { s: 'Thực hiện ⟦Chỉ thị số 37-CT/TW ngày 06/9/2019⟧ của Bộ Chính trị về tăng cường sự lãnh đạo',
    r: [['37-CT/TW', 'Chỉ thị', '2019-09-06', 'Bộ Chính trị']] },
  { s: 'Thực hiện ⟦Kết luận số 34-KL/TW ngày 07/8/2018⟧ của Bộ Chính trị về thực hiện một số chủ trương',
    r: [['34-KL/TW', 'Kết luận', '2018-08-07', 'Bộ Chính trị']] },
  { s: 'Thực hiện ⟦Kế hoạch số 119- KH/TU ngày 12/3/2019⟧ của Ban Thường vụ Tỉnh ủy về thực hiện',
    r: [['119-KH/TU', KH, '2019-03-12', 'Ban Thường vụ Tỉnh ủy']] },
  { s: 'Thực hiện ⟦Nghị quyết số 12-NQ/TU, ngày 27/7/2021⟧ của Tỉnh ủy về cải cách hành chính',
    r: [['12-NQ/TU', NQ, '2021-07-27', 'Tỉnh ủy']] },
  { s: 'Thực hiện ⟦Quy định số 08-QĐi/TW ngày 25/10/2018⟧ của Ban Chấp hành Trung ương về trách nhiệm nêu gương',
    r: [['08-QĐi/TW', 'Quy định', '2018-10-25', 'Ban Chấp hành Trung ương']] },
  { s: 'Thực hiện ⟦Hướng dẫn số 01-HD/TU ngày 10/01/2021⟧ của Ban Thường vụ Tỉnh ủy',
    r: [['01-HD/TU', 'Hướng dẫn', '2021-01-10', 'Ban Thường vụ Tỉnh ủy']] },
  { s: 'Thực hiện ⟦Chương trình hành động số 25-CTr/TU ngày 10/3/2021⟧ của Tỉnh ủy Quảng Ninh',
    r: [['25-CTr/TU', 'Chương trình', '2021-03-10', 'Tỉnh ủy Quảng Ninh']] },
  { s: 'Thực hiện ⟦Thông tri số 03-TT/TU ngày 15/5/2021⟧ của Ban Thường vụ Tỉnh ủy về lãnh đạo bầu cử',
    r: [['03-TT/TU', 'Thông tri', '2021-05-15', 'Ban Thường vụ Tỉnh ủy']] },
  { s: 'Thực hiện ⟦Thông báo kết luận số 125-TB/TW ngày 20/10/2022⟧ của Bộ Chính trị',
    r: [['125-TB/TW', 'Thông báo', '2022-10-20', 'Bộ Chính trị']] },
  { s: 'Quán triệt ⟦Nghị quyết số 35-NQ/TW ngày 22/10/2018⟧ của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng',
    r: [['35-NQ/TW', NQ, '2018-10-22', 'Bộ Chính trị']] },
  // Old forms.
  { s: 'Căn cứ ⟦Quyết định số 169-CP ngày 24-6-1977⟧ của Hội đồng Chính phủ về chế độ',
    r: [['169-CP', QD, '1977-06-24', 'Hội đồng Chính phủ']] },
  { s: 'Căn cứ ⟦Quyết định ngày 24 tháng 6 năm 1977 số 169-CP⟧ của Hội đồng Chính phủ về chế độ',
    r: [['169-CP', QD, '1977-06-24', 'Hội đồng Chính phủ']] },
  { s: 'Căn cứ ⟦Công văn số 299/TTg ngày 10/6/1993⟧ của Thủ tướng Chính phủ',
    r: [['299/TTg', 'Công văn', '1993-06-10', TTG]] },
  { s: 'Căn cứ ⟦Thông tư số 40/2000/TT/BTC ngày 15/5/2000⟧ của Bộ Tài chính',
    r: [['40/2000/TT/BTC', TT, '2000-05-15', 'Bộ Tài chính']] },
  { s: 'Căn cứ ⟦Nghị định số 72-HĐBT⟧ ngày xưa',
    r: [['72-HĐBT', ND, null, null]] },
  // No type word: the type comes from the code.
  { s: 'Theo hướng dẫn tại ⟦19046/BTC-TCHQ⟧ của Bộ Tài chính, các doanh nghiệp',
    r: [['19046/BTC-TCHQ', 'Công văn', null, 'Bộ Tài chính']] },
  { s: 'Bộ Tài chính có ⟦Văn bản số 19046/BTC-TCHQ ngày 20/10/2022⟧ hướng dẫn',
    r: [['19046/BTC-TCHQ', 'Công văn', '2022-10-20', null]] },
  { s: 'Xét đề nghị của Sở Khoa học và Công nghệ tại ⟦45/TTr-SKHCN ngày 02/6/2022⟧ về việc',
    r: [['45/TTr-SKHCN', 'Tờ trình', '2022-06-02', null]] },
  { s: 'Thực hiện ⟦văn bản số 1234/UBND-KT ngày 05/01/2022⟧ của UBND tỉnh Lào Cai',
    r: [['1234/UBND-KT', 'Công văn', '2022-01-05', 'UBND tỉnh Lào Cai']] },
  { s: 'Thực hiện ⟦văn bản số 166/QĐ-UBND⟧ nêu trên',
    r: [['166/QĐ-UBND', QD, null, null]] },
  // Lists sharing one type word.
  { s: 'thực hiện các Nghị quyết của Chính phủ: ⟦Nghị quyết số 21/NQ-CP⟧, ⟦99/NQ-CP⟧ của Chính phủ về phân cấp',
    r: [['21/NQ-CP', NQ, null, null], ['99/NQ-CP', NQ, null, CP]] },
  { s: 'theo ⟦Quyết định số 1/QĐ-UBND ngày 05/01/2022⟧ và số ⟦2/QĐ-UBND ngày 06/01/2022⟧ của UBND tỉnh',
    r: [['1/QĐ-UBND', QD, '2022-01-05', null], ['2/QĐ-UBND', QD, '2022-01-06', 'UBND tỉnh']] },
  { s: 'Căn cứ các ⟦Nghị định số 15/2018/NĐ-CP⟧, số ⟦77/2016/NĐ-CP⟧ của Chính phủ',
    r: [['15/2018/NĐ-CP', ND, null, null], ['77/2016/NĐ-CP', ND, null, CP]] },
  { s: 'theo ⟦Quyết định số 1/QĐ-UBND⟧ và ⟦Quyết định số 2/QĐ-UBND ngày 5/1/2022⟧ của UBND tỉnh',
    r: [['1/QĐ-UBND', QD, null, null], ['2/QĐ-UBND', QD, '2022-01-05', 'UBND tỉnh']] },
  // Abbreviated type words.
  { s: 'thực hiện ⟦NĐ 61/2018/NĐ-CP⟧ về một cửa',
    r: [['61/2018/NĐ-CP', ND, null, null]] },
  { s: 'hướng dẫn tại ⟦TT 11/2024/TT-BNV⟧',
    r: [['11/2024/TT-BNV', TT, null, null]] },
  { s: 'theo ⟦CV số 123/UBND-KT ngày 05/01/2022⟧ của UBND tỉnh',
    r: [['123/UBND-KT', 'Công văn', '2022-01-05', 'UBND tỉnh']] },
  { s: 'triển khai ⟦QĐ số 2205/QĐ-TTg⟧',
    r: [['2205/QĐ-TTg', QD, null, null]] },
  // Other types.
  { s: 'Thực hiện ⟦Công điện số 1099/CĐ-TTg ngày 20/11/2022⟧ của Thủ tướng Chính phủ',
    r: [['1099/CĐ-TTg', 'Công điện', '2022-11-20', TTG]] },
  { s: 'theo ⟦Đề án số 06/ĐA-UBND ngày 12/3/2021⟧ của UBND tỉnh',
    r: [['06/ĐA-UBND', 'Đề án', '2021-03-12', 'UBND tỉnh']] },
  { s: 'kèm theo ⟦Báo cáo số 88/BC-UBND ngày 15/4/2022⟧ của UBND tỉnh',
    r: [['88/BC-UBND', 'Báo cáo', '2022-04-15', 'UBND tỉnh']] },
  { s: 'xem xét ⟦Tờ trình số 45/TTr-UBND ngày 02/6/2022⟧ của Ủy ban nhân dân tỉnh',
    r: [['45/TTr-UBND', 'Tờ trình', '2022-06-02', 'Ủy ban nhân dân tỉnh']] },
  { s: 'ban hành kèm theo ⟦Quy chế số 05/QC-UBND⟧ của UBND tỉnh',
    r: [['05/QC-UBND', 'Quy chế', null, 'UBND tỉnh']] },
  { s: 'Thực hiện ⟦Chỉ thị số 13/CT-UBND ngày 20/5/2021⟧ của Chủ tịch UBND tỉnh Lào Cai về tăng cường',
    r: [['13/CT-UBND', 'Chỉ thị', '2021-05-20', 'Chủ tịch UBND tỉnh Lào Cai']] },
  { s: 'Thực hiện ⟦Công văn số 1234/SKHCN-QLKH ngày 15/8/2022⟧ của Sở Khoa học và Công nghệ',
    r: [['1234/SKHCN-QLKH', 'Công văn', '2022-08-15', 'Sở Khoa học và Công nghệ']] },
  { s: 'Thực hiện ⟦Kế hoạch số 07/KH-BCĐ⟧ của Ban Chỉ đạo chuyển đổi số tỉnh',
    r: [['07/KH-BCĐ', KH, null, 'Ban Chỉ đạo']] },
  // Dates in other forms and places.
  { s: 'Thực hiện ⟦Quyết định số 1234/QĐ-UBND ngày 20 tháng 5 năm 2021⟧ của UBND tỉnh Yên Bái',
    r: [['1234/QĐ-UBND', QD, '2021-05-20', 'UBND tỉnh Yên Bái']] },
  { s: 'Thực hiện ⟦Kế hoạch số 45/KH-UBND ngày 15.3.2022⟧ của UBND huyện Bảo Thắng',
    r: [['45/KH-UBND', KH, '2022-03-15', 'UBND huyện Bảo Thắng']] },
  { s: 'Thực hiện ⟦Quyết định số 12/QĐ-UBND ngày 20-01-2022⟧ của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về việc',
    r: [['12/QĐ-UBND', QD, '2022-01-20', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu']] },
  { s: 'Thực hiện ⟦Chỉ thị số 13/CT-UBND ngày 20 tháng 05/2021⟧ của Chủ tịch UBND tỉnh',
    r: [['13/CT-UBND', 'Chỉ thị', '2021-05-20', 'Chủ tịch UBND tỉnh']] },
  { s: 'Thực hiện ⟦Quyết định số 100/QĐ-UBND ban hành ngày 15/01/2021⟧ của UBND thành phố',
    r: [['100/QĐ-UBND', QD, '2021-01-15', 'UBND thành phố']] },
  { s: 'Thực hiện ⟦Quyết định số 2345/QĐ-UBND ngày 10/9/2021⟧ của UBND TP. Hồ Chí Minh về việc',
    r: [['2345/QĐ-UBND', QD, '2021-09-10', 'UBND TP. Hồ Chí Minh']] },
  { s: 'Căn cứ ⟦Thông tư số 17/2018/TT-BNNPTNT ngày 31/10/2018⟧ của Bộ Nông nghiệp và Phát triển nông thôn quy định',
    r: [['17/2018/TT-BNNPTNT', TT, '2018-10-31', 'Bộ Nông nghiệp và Phát triển nông thôn']] },
  { s: 'Căn cứ ⟦Thông tư số 10/2020/TT-BLĐTBXH ngày 12/11/2020⟧ của Bộ Lao động - Thương binh và Xã hội quy định',
    r: [['10/2020/TT-BLĐTBXH', TT, '2020-11-12', 'Bộ Lao động - Thương binh và Xã hội']] },
  { s: 'Căn cứ ⟦Thông tư số 39/2016/TT-NHNN ngày 30/12/2016⟧ của Ngân hàng Nhà nước Việt Nam quy định',
    r: [['39/2016/TT-NHNN', TT, '2016-12-30', 'Ngân hàng Nhà nước Việt Nam']] },
  { s: 'Thực hiện ⟦Công văn số 1234/VPCP-KGVX ngày 01/3/2022⟧ của Văn phòng Chính phủ về việc',
    r: [['1234/VPCP-KGVX', 'Công văn', '2022-03-01', 'Văn phòng Chính phủ']] },
  // Noise: spaces, look-alike letters, line breaks, OCR.
  { s: 'Thực hiện ⟦Quyết định số 166 /QĐ-UBND ngày 20/01/2022⟧ của UBND tỉnh',
    r: [['166/QĐ-UBND', QD, '2022-01-20', 'UBND tỉnh']] },
  { s: 'Thực hiện ⟦Quyết định số 45/QĐ - UBND ngày 10/02/2022⟧ của UBND tỉnh Lào Cai',
    r: [['45/QĐ-UBND', QD, '2022-02-10', 'UBND tỉnh Lào Cai']] },
  { s: 'Căn cứ ⟦Thông tư số 40/2000 /TT-BTC⟧ của Bộ Tài chính',
    r: [['40/2000/TT-BTC', TT, null, 'Bộ Tài chính']] },
  { s: 'theo ⟦Quyết Ðịnh số 12/QÐ-UBND ngày 03/01/2022⟧ của UBND tỉnh',
    r: [['12/QĐ-UBND', QD, '2022-01-03', 'UBND tỉnh']] },
  { s: 'phê duyệt tại ⟦Quyết định số 2205/QĐ-\u0422Tg⟧ về Chương trình',
    r: [['2205/QĐ-TTg', QD, null, null]] },
  { s: 'theo ⟦Quyết định số 1135/QĐ-\nUBND ngày 25/6/2021⟧ của UBND tỉnh',
    r: [['1135/QĐ-UBND', QD, '2021-06-25', 'UBND tỉnh']] },
  { s: 'Thực hiện ⟦Quyết định số 166/QD-UBND ngày 20/01/2022⟧ của UBND tỉnh',
    r: [['166/QD-UBND', QD, '2022-01-20', 'UBND tỉnh']] },
  { s: 'Căn cứ ⟦Nghị định số 61/2018/ND-CP⟧ của Chính phủ',
    r: [['61/2018/ND-CP', ND, null, CP]] },
  { s: 'Thực hiện ⟦Nghị quyết số 80/2019/NQ-HDND⟧ của HĐND tỉnh',
    r: [['80/2019/NQ-HDND', NQ, null, 'HĐND tỉnh']] },
  { s: 'Thực hiện ⟦Quyết định Phê duyệt Đề án Phát triển thương mại điện tử số 12/QĐ-UBND ngày 10/02/2022⟧ của UBND tỉnh',
    r: [['12/QĐ-UBND', QD, '2022-02-10', 'UBND tỉnh']] },
  { s: 'Thực hiện ⟦Kết luận số 21-KL/TW ngày 25/10/2021⟧ của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII',
    r: [['21-KL/TW', 'Kết luận', '2021-10-25', 'Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII']] },
  { s: 'Căn cứ các ⟦Quyết định số: 123/QĐ-UBND⟧, ⟦124/QĐ-UBND ngày 02/3/2022⟧ của UBND tỉnh Tuyên Quang',
    r: [['123/QĐ-UBND', QD, null, null], ['124/QĐ-UBND', QD, '2022-03-02', 'UBND tỉnh Tuyên Quang']] },
  { s: 'theo ⟦quyết định số 1299/QĐ-UBND ngày 12/5/2021⟧ của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang về việc',
    r: [['1299/QĐ-UBND', QD, '2021-05-12', 'Chủ tịch Ủy ban nhân dân tỉnh Hà Giang']] },
  { s: '(⟦Quyết định số 123a/QĐ-UBND ngày 01/01/2022⟧)',
    r: [['123a/QĐ-UBND', QD, '2022-01-01', null]] },
  { s: 'Căn cứ ⟦Quyết định số\n2205/QĐ-TTg ngày 24/12/2020⟧ của Thủ tướng Chính phủ',
    r: [['2205/QĐ-TTg', QD, '2020-12-24', TTG]] },
  { s: 'Thực hiện ⟦Quyết định số 12A/QĐ-UBND ngày 05/02/2022⟧ của UBND huyện',
    r: [['12A/QĐ-UBND', QD, '2022-02-05', 'UBND huyện']] },
  { s: 'Căn cứ ⟦Kế hoạch số 683/KH-UBND ngày 06/10/2022⟧ của Uỷ ban nhân dân tỉnh Nghệ An và ⟦Công văn số 2180/SGD&ĐT-KTKĐCLGD ngày 11/10/2022⟧ của Sở Giáo dục và Đào tạo Nghệ An về công tác đảm bảo chất lượng',
    r: [['683/KH-UBND', KH, '2022-10-06', 'Uỷ ban nhân dân tỉnh Nghệ An'], ['2180/SGD&ĐT-KTKĐCLGD', 'Công văn', '2022-10-11', 'Sở Giáo dục và Đào tạo Nghệ An']] },
  { s: 'Căn cứ ⟦Thông tư liên tịch số 13/2014/TTLT-BLĐTBXH-BTC ngày 03 tháng 6 năm 2014⟧ của Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính hướng dẫn chế độ điều dưỡng',
    r: [['13/2014/TTLT-BLĐTBXH-BTC', 'Thông tư liên tịch', '2014-06-03', 'Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính']] },
  { s: 'Thực hiện ⟦Kế hoạch số 45/KH-UBND⟧ của UBND tỉnh, Sở Tài chính đã tham mưu bố trí kinh phí',
    r: [['45/KH-UBND', KH, null, 'UBND tỉnh']] },
  { s: 'tổ chức thi (sau đây gọi tắt là ⟦Thông tư 17/2016/TTLT-BGDĐT-BTTTT⟧);',
    r: [['17/2016/TTLT-BGDĐT-BTTTT', 'Thông tư liên tịch', null, null]] },
  { s: 'Hướng dẫn thực hiện ⟦Quyết định số 66/2013/QĐ-TTg ngày 11 tháng 11 năm 2013⟧ của\nThủ tướng Chính phủ Quy định chính sách hỗ trợ',
    r: [['66/2013/QĐ-TTg', QD, '2013-11-11', TTG]] },
  { s: 'thực hiện ⟦Kế hoạch số 19-KH/BCSĐ ngày 18/7/2023⟧ của Ban cán sự đảng Bộ Giáo dục và Đào tạo và ⟦Kế hoạch số 2906/KH-ĐHCT ngày 08/8/2023⟧ của Tập thể lãnh đạo Trường Đại học Cần Thơ, ngày 31/8/2023, Tập thể lãnh đạo trường tổ chức Hội nghị',
    r: [['19-KH/BCSĐ', KH, '2023-07-18', 'Ban cán sự đảng Bộ Giáo dục và Đào tạo'], ['2906/KH-ĐHCT', KH, '2023-08-08', 'Tập thể lãnh đạo Trường Đại học Cần Thơ']] },
  // A date that belongs elsewhere is not taken.
  { s: 'Thực hiện ⟦Kế hoạch số 12/KH-UBND⟧ về việc tổ chức hội nghị ngày 20/5/2022',
    r: [['12/KH-UBND', KH, null, null]] },
  { s: 'Thực hiện ⟦Kế hoạch số 12/KH-UBND⟧.\nNgày 20/5/2022, Sở đã tổ chức hội nghị',
    r: [['12/KH-UBND', KH, null, null]] },
];

/** Text that holds no reference. */
const NEGATIVES: string[] = [
  'Lào Cai, ngày 20/01/2022',
  'Các đơn vị gửi báo cáo trước ngày 05/12 hằng năm.',
  'Giải quyết đúng hạn 61/61 TTHC, đạt tỷ lệ 100%.',
  '19/19 xã đạt chuẩn nông thôn mới',
  'Đường dây nóng hoạt động 24/7.',
  'Điện thoại: 0277.3822.123; Fax: (0214) 3 840 456',
  'Cổng thông tin: https://skhcn.travinh.gov.vn/2022/01/166-QD-UBND.html',
  'Email: skhcn@laocai.gov.vn, vp-166/QĐ@example.vn',
  'áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015',
  'theo tiêu chuẩn quốc gia TCVN ISO 9001: 2015 tại các cơ quan',
  'phòng, chống dịch COVID-19 và Covid-19 trên địa bàn',
  'kinh phí 1.500.000 đồng/người',
  'các phòng/ đơn vị thuộc Sở',
  'đề xuất dự án/ý tưởng khởi nghiệp',
  'phương án A/B được lựa chọn',
  'thực hiện Đề án 996 của tỉnh',
  'Chỉ thị này có hiệu lực kể từ ngày ký.',
  'Căn cứ Luật Khoa học và Công nghệ;',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'đáp ứng quy chuẩn QCVN 01:2019/BYT về nước sạch',
  'theo Mẫu số 02/ĐK ban hành kèm theo',
  'lập theo Biểu số 01/BC tại Phụ lục',
  'trong năm 2022 - UBND tỉnh đã chỉ đạo',
  'giai đoạn 2021 - 2025 và 2021-2030',
  'địa chỉ: tổ 5/KP3, phường 1',
  'theo khoản 2/Điều 5 của Quy chế',
  'Quý 3/2022 và tháng 5/2022',
  'tỷ lệ bản đồ 1/500 và 1/2000',
  'Số: /BC-SKHCN',
  'xe ô tô biển số 51F-123.45',
  'mã số thuế 0123456789-001',
  'nhóm F0/F1 và chủng H5N1',
  'Nghị quyết số 12 của Ban Thường vụ',
  'hiệu suất tăng 30-40% so với năm 2021',
  'Hotline 1900 1234, hộp thư 12/34',
  'đạt 3/4 chỉ tiêu, 1/2 kinh phí',
  'xe tải biển kiểm soát 29A/12345 và 51F-123.45',
  'nhà số 5A/KP3, lớp 12A/THPT',
  'mã hồ sơ 2023-CTU/DT, lô 12-AB/CD',
];

const EMPTY_LAYOUT: DocumentLayout = {
  info: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null },
  header: null,
  title: null,
  body: { start: 0, end: 0 },
  signature: null,
  recipients: null,
  sections: [],
};

function context(text: string, symbol: string | null = null): ExtractContext {
  return { text, layout: { ...EMPTY_LAYOUT, info: { ...EMPTY_LAYOUT.info, symbol }, body: { start: 0, end: text.length } } };
}

/** Removes the marks and gives the marked spans. */
function unmark(marked: string): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, spans };
}

describe('findReferences', () => {
  it('should have a table of at least 80 sentences and 30 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(80);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(30);
  });

  for (const row of POSITIVES) {
    it(`should find what is marked in: ${row.s.slice(0, 90)}`, () => {
      const { text, spans } = unmark(row.s);
      const refs = findReferences(context(text));
      const got = refs.map((r) => ({ text: r.text, symbol: r.symbol, type: r.type, issuedOn: r.issuedOn, issuer: r.issuer }));
      const want = spans.map((span, i) => ({
        text: text.slice(span.start, span.end),
        symbol: row.r[i][0],
        type: row.r[i][1],
        issuedOn: row.r[i][2],
        issuer: row.r[i][3],
      }));
      expect(got).toEqual(want);
      refs.forEach((r, i) => {
        expect([r.start, r.end]).toEqual([spans[i].start, spans[i].end]);
        expect(r.section).toBe('');
      });
    });
  }

  for (const text of NEGATIVES) {
    it(`should find nothing in: ${text}`, () => {
      expect(findReferences(context(text))).toEqual([]);
    });
  }

  it('should leave out the own symbol the layout gives, anywhere in the text', () => {
    const text = 'Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động\nThực hiện Chỉ thị số 13/CT-UBND, các sở báo cáo theo Quyết định số 2205/QĐ-TTg ngày 24/12/2020.';
    const refs = findReferences(context(text, '13/CT-UBND'));
    expect(refs.map((r) => r.symbol)).toEqual(['2205/QĐ-TTg']);
  });

  it('should compare the own symbol without regard to spaces, case and look-alike letters', () => {
    const refs = findReferences(context('Thực hiện Kế hoạch số 45/KH - UBND và Quyết định số 12/QÐ-UBND.', '12/QĐ-UBND'));
    expect(refs.map((r) => r.symbol)).toEqual(['45/KH-UBND']);
  });

  it('should read the own symbol from a `Số:` header line when the layout has none', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 13/CT-UBND\n\nLào Cai, ngày 20 tháng 5 năm 2021\n\nCHỈ THỊ\n\nChỉ thị 13/CT-UBND thay thế Chỉ thị số 05/CT-UBND ngày 10/3/2018.';
    const refs = findReferences(context(text));
    expect(refs.map((r) => r.symbol)).toEqual(['05/CT-UBND']);
  });

  it('should read the own symbol from a flattened header line with the place and date beside it', () => {
    const text = 'Số: 587 /QĐ-TNVN, Hà Nội, ngày 16 tháng 3 năm 2026.\nQUYẾT ĐỊNH Về việc ban hành Quy chế\nCăn cứ Quyết định số 2214/QĐ-TNVN ngày 07/7/2025 của Tổng Giám đốc Đài Tiếng nói Việt Nam về việc tổ chức;\nĐiều 2. Quyết định số 587/QĐ-TNVN có hiệu lực kể từ ngày ký.';
    const refs = findReferences(context(text));
    expect(refs.map((r) => [r.symbol, r.issuer])).toEqual([['2214/QĐ-TNVN', 'Tổng Giám đốc Đài Tiếng nói Việt Nam']]);
  });

  it('should give the parts of the symbol on each reference', () => {
    const [law, party, admin] = findReferences(context('Căn cứ Luật số 05/2007/QH12; Nghị quyết số 12-NQ/TU; Công văn số 2550/SKHĐT-XTĐT.'));
    expect([law.number, law.year, law.typeCode, law.issuerCodes]).toEqual(['05', 2007, null, ['QH12']]);
    expect([party.number, party.year, party.typeCode, party.issuerCodes]).toEqual(['12', null, 'NQ', ['TU']]);
    expect([admin.number, admin.typeCode, admin.issuerCodes]).toEqual(['2550', null, ['SKHĐT', 'XTĐT']]);
  });

  it('should keep an unknown code and warn about it', () => {
    const [ref] = findReferences(context('Thực hiện Quyết định số 45/QĐ-XYZW ngày 01/02/2022.'));
    expect(ref.symbol).toBe('45/QĐ-XYZW');
    expect(ref.issuerCodes).toEqual(['XYZW']);
    expect(ref.warnings?.join(' ')).toMatch(/unknown code 'XYZW'/);
  });

  it('should never throw on odd input', () => {
    for (const odd of ['', '/', '1/', 'số', '⟦', 'Quyết định số', '1/QĐ-', 'của', '12-', 'ngày 1/1/2020 số 1/QĐ', '\u0000\uFFFF']) {
      expect(() => findReferences(context(odd))).not.toThrow();
    }
  });
});
