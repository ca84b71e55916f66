import { describe, expect, it } from 'vitest';
import type { Comparator, TargetKind } from '../../types.js';
import { findTargets } from './find-targets.js';
import { readMarks, sentenceContext } from '../read-marks.js';

/** What a marked figure must give; `max` null, comparator `=` and the document's kind unless said. */
interface Want {
  value: number;
  unit: string;
  max?: number | null;
  comparator?: Comparator;
  kind?: TargetKind;
}

interface Row {
  /** Where the sentence comes from. */
  source: string;
  /** The document type the header parser gives. */
  type: string | null;
  /** The sentence, every figure marked `⟦ … ⟧`; any figure found outside the marks fails the test. */
  text: string;
  want: Want[];
}

const KH = 'Kế hoạch';
const BC = 'Báo cáo';
const CT = 'Chỉ thị';
const QD = 'Quyết định';
const NQ = 'Nghị quyết';

const POSITIVES: Row[] = [
  // Unseen documents. Nghị quyết 54/NQ-CP (2022) as sggp.org.vn quotes it.
  { source: 'NQ 54/NQ-CP', type: NQ, text: 'Đến năm 2025, quy mô vốn hóa thị trường cổ phiếu ⟦đạt tối thiểu 85%⟧ GDP; tỷ trọng đóng góp của khu vực kinh tế tư nhân vào GDP khoảng ⟦55%⟧; tối thiểu có ⟦5-10 sản phẩm⟧ quốc gia xây dựng được thương hiệu quốc tế', want: [{ value: 85, unit: '%', comparator: '>=', kind: 'target' }, { value: 55, unit: '%' }, { value: 5, max: 10, unit: 'sản phẩm', comparator: 'range' }] },
  // Quyết định 1362/QĐ-TTg (2019) as doanhnghiepvn.vn quotes it: a year before a comma is no list of labels.
  { source: 'QĐ 1362/QĐ-TTg', type: QD, text: 'Nâng cao chất lượng, hiệu quả hoạt động của các DN, phấn đấu có ⟦ít nhất 1,5 triệu DN⟧ vào năm 2025, ⟦2 triệu DN⟧ vào năm 2030;', want: [{ value: 1.5, unit: 'triệu dn', comparator: '>=' }, { value: 2, unit: 'triệu dn', comparator: '>=' }] },
  // Nghị quyết 35/NQ-CP (2016) as vinanet.vn quotes it: a scale word before a two-word counted noun.
  { source: 'NQ 35/NQ-CP', type: NQ, text: 'Chính phủ đề ra mục tiêu đến năm 2020, xây dựng doanh nghiệp Việt Nam có năng lực cạnh tranh, phát triển bền vững, cả nước có ⟦ít nhất 1 triệu doanh nghiệp⟧ hoạt động, trong đó có các doanh nghiệp có quy mô lớn, nguồn lực mạnh.', want: [{ value: 1, unit: 'triệu doanh nghiệp', comparator: '>=', kind: 'target' }] },
  // An article on household businesses (caodangluatmientrung.edu.vn): one or two scale words, then the noun.
  { source: 'hộ kinh doanh', type: null, text: 'ước tính tổng tài sản ⟦trên 655 nghìn tỷ đồng⟧, ⟦trên 2,2 triệu tỷ đồng⟧ doanh thu, đóng góp ⟦34%⟧ GDP; nộp ⟦hơn 12 nghìn tỷ tiền thuế⟧ sử dụng; thu hút khoảng ⟦7,9 triệu lao động⟧', want: [{ value: 655, unit: 'nghìn tỷ đồng', comparator: '>=' }, { value: 2.2, unit: 'triệu tỷ đồng', comparator: '>=' }, { value: 34, unit: '%' }, { value: 12, unit: 'nghìn tỷ tiền thuế', comparator: '>=' }, { value: 7.9, unit: 'triệu lao động', comparator: '=' }] },
  // Kế hoạch 38/KH-UBND (Quảng Ngãi, 2024), thuvienphapluat.vn.
  { source: 'KH 38/KH-UBND Quảng Ngãi', type: KH, text: '- ⟦100% thủ tục hành chính⟧ có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình, triển khai trên nhiều phương thức truy cập khác nhau.', want: [{ value: 100, unit: '%' }] },
  // A Sở Tư pháp posting (Bình Thuận, 2021): figures of what was done.
  { source: 'stp.binhthuan.gov.vn', type: null, text: 'Tính từ ngày 01/01/2020 đến hết ngày 31/12/2020, Sở đã tiếp nhận ⟦6.438 hồ sơ TTHC⟧ và ⟦338 hồ sơ⟧ năm trước chuyển sang ⟦trên 06 lĩnh vực⟧: lý lịch tư pháp, hộ tịch, luật sư, quốc tịch, công chứng và bán đầu giá tài sản.', want: [{ value: 6438, unit: 'hồ sơ tthc', kind: 'result' }, { value: 338, unit: 'hồ sơ', kind: 'result' }, { value: 6, unit: 'lĩnh vực', comparator: '>=', kind: 'result' }] },
  // dev 000: Sở KH&CN Trà Vinh, plan for Nghị quyết 02/NQ-CP
  { source: 'dev 000', type: KH, text: 'Kiểm tra kết quả thực hiện của các phòng/ đơn vị triển khai thực hiện Kế hoạch này theo chức năng, nhiệm vụ, quyền hạn được giao đạt hiệu quả cao, bao gồm ⟦3 nội dung nhiệm vụ⟧ cụ thể như sau:', want: [{ value: 3, unit: 'nội dung nhiệm vụ', kind: 'target' }] },
  { source: 'dev 000', type: KH, text: 'đối với các sản phẩm được công nhận là sản phẩm chủ lực, đặc thù của tỉnh, sản phẩm gắn với Chương trình OCOP (⟦tối thiểu 70%⟧).', want: [{ value: 70, unit: '%', comparator: '>=', kind: 'target' }] },
  { source: 'dev 000', type: KH, text: 'Triển khai ⟦04 nhiệm vụ khoa học và công nghệ⟧ phát triển tài sản trí tuệ thông qua hình thức tuyển chọn/ giao trực tiếp tổ chức chủ trì.', want: [{ value: 4, unit: 'nhiệm vụ' }] },
  { source: 'dev 000', type: KH, text: 'Thực hiện chính sách hỗ trợ theo Nghị quyết số 80/2019/NQ-HĐND ngày 12/4/2019 của Hội đồng nhân dân tỉnh ⟦22 hình thức bảo hộ⟧, trong đó tiến hành đăng ký quốc tế nhãn hiệu cho ⟦02 sản phẩm⟧ có tiềm năng xuất khẩu (gạo hữu cơ, dừa sáp - mở rộng phạm vi bảo hộ).', want: [{ value: 22, unit: 'hình thức bảo hộ' }, { value: 2, unit: 'sản phẩm' }] },
  // dev 001: Sở KH&CN Long An, PCI plan
  { source: 'dev 001', type: KH, text: '- Nâng tỷ lệ hồ sơ giải quyết TTHC thông qua dịch vụ công trực tuyến cấp độ 4 đạt ⟦ít nhất 70%⟧; ⟦100% dịch vụ công trực tuyến⟧ thuộc thẩm quyền giải quyết của Sở đạt mức độ 4.', want: [{ value: 70, unit: '%', comparator: '>=' }, { value: 100, unit: '%', comparator: '=' }] },
  // dev 002: Sở KH&CN Trà Vinh, plan for Nghị quyết 01/NQ-CP
  { source: 'dev 002', type: KH, text: 'Hỗ trợ ⟦từ 02 doanh nghiệp trở lên⟧ thực hiện chuyển giao, ứng dụng đổi mới công nghệ theo Nghị quyết số 82/2019/NQ-HĐND.', want: [{ value: 2, unit: 'doanh nghiệp', comparator: '>=', max: null }] },
  { source: 'dev 002', type: KH, text: 'Hỗ trợ bảo hộ ⟦04 nhãn hiệu chứng nhận⟧ thông qua hình thức tuyển chọn/ giao trực tiếp tổ chức chủ trì. Tổ chức ⟦04 lớp tập huấn⟧ sở hữu trí tuệ.', want: [{ value: 4, unit: 'nhãn hiệu chứng nhận' }, { value: 4, unit: 'lớp tập huấn' }] },
  { source: 'dev 002', type: KH, text: 'Đảm bảo có ⟦ít nhất 90%⟧ các đề tài nghiệm thu trong năm được chuyển giao, ứng dụng tại các địa phương, cơ quan, đơn vị, doanh nghiệp, hợp tác xã, tổ hợp tác, cơ sở sản xuất, hộ dân.', want: [{ value: 90, unit: '%', comparator: '>=' }] },
  { source: 'dev 002', type: KH, text: 'phấn đấu trong năm có ⟦ít nhất 03 nhiệm vụ khoa học và công nghệ⟧ phục vụ công tác giống được triển khai.', want: [{ value: 3, unit: 'nhiệm vụ', comparator: '>=' }] },
  { source: 'dev 002', type: KH, text: 'Đảm bảo ⟦100% các nhiệm vụ khoa học và công nghệ⟧ đều được theo dõi, quản lý có hiệu quả, không bỏ sót, chậm trễ các khâu trong quá trình quản lý./.', want: [{ value: 100, unit: '%' }] },
  // dev 003: Sở KH&CN Điện Biên, report (every figure a result)
  { source: 'dev 003', type: BC, text: '⟦100% phòng, đơn vị, công chức, viên chức⟧ của Sở thường xuyên sử dụng phần mềm trong quy trình xử lý văn bản đến, đi.', want: [{ value: 100, unit: '%', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Tiến hành rà soát đánh giá ⟦05 thủ tục⟧, không có thủ tục nào cần kiến nghị sửa đổi, bổ sung.', want: [{ value: 5, unit: 'thủ tục', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Số TTHC giải quyết theo cơ chế một cửa, một cửa liên thông/tổng số TTHC thuộc thẩm quyền giải quyết của Sở là: ⟦61/61 TTHC⟧; số TTHC được cung cấp dịch vụ công trực tuyến mức độ 3,4 là: ⟦34/61 TTHC⟧.', want: [{ value: 61, max: 61, unit: 'tthc', kind: 'result' }, { value: 34, max: 61, unit: 'tthc', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Năm 2021 tiếp nhận và giải quyết ⟦19 hồ sơ TTHC⟧ (⟦08 TTHC⟧ theo hình thức dịch vụ công trực tuyến mức độ 2 tiếp nhận trực tiếp tại bộ phận một cửa, một cửa liên thông; ⟦11 TTHC⟧ theo hình thức dịch vụ công trực tuyến mức độ 3,4). ⟦19/19 TTHC⟧ đều tiếp nhận và giải quyết theo đúng quy định, đảm bảo và trước hạn.', want: [{ value: 19, unit: 'hồ sơ tthc', kind: 'result' }, { value: 8, unit: 'tthc', kind: 'result' }, { value: 11, unit: 'tthc', kind: 'result' }, { value: 19, max: 19, unit: 'tthc', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Thẩm định quy trình nội bộ giải quyết TTHC của các ⟦10 Sở, ngành⟧.', want: [{ value: 10, unit: 'sở, ngành', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'chủ trì kiểm tra tại trụ sở ⟦02 đơn vị⟧ là Chi cục Bảo vệ thực vật và Chi cục Thú y. Bố trí ⟦03 công chức⟧ đủ điều kiện tham gia Đoàn kiểm tra công tác CCHC theo Quyết định số 1135/QĐ-UBND ngày 25/6/2021 của UBND tỉnh Điện Biên tiến hành kiểm tra đối với ⟦09 sở, ngành⟧ và ⟦05 UBND cấp huyện⟧.', want: [{ value: 2, unit: 'đơn vị' }, { value: 3, unit: 'công chức' }, { value: 9, unit: 'sở, ngành' }, { value: 5, unit: 'ubnd cấp huyện', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Phối hợp với các Viện Năng suất Việt Nam tổ chức ⟦03 lớp hội nghị tập huấn⟧ bồi dưỡng kiến thức “Vận hành giám sát và cải tiến hệ thống QLCL theo TCVN ISO 9001:2015 trong cơ quan hành chính nhà nước tỉnh Điện Biên” năm 2021.', want: [{ value: 3, unit: 'lớp hội nghị tập huấn', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Trong năm đã hướng dẫn ⟦08 cơ sở⟧ đăng ký bảo hộ nhãn hiệu; toàn tỉnh Điện Biên có ⟦16 đơn đăng ký bảo hộ nhãn hiệu⟧ được nộp tại Cục Sở hữu trí tuệ, trong đó có ⟦03 văn bằng bảo hộ nhãn hiệu⟧ được cấp.', want: [{ value: 8, unit: 'cơ sở', kind: 'result' }, { value: 16, unit: 'đơn đăng ký', kind: 'result' }, { value: 3, unit: 'văn bằng bảo hộ', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Phối hợp với Trung tâm mã số mã vạch Quốc gia cập nhật dữ liệu các cơ sở được cấp Giấy chứng nhận đăng ký sử dụng mã số mã vạch cho ⟦75 Công ty⟧ Cổ phần, Công ty TNHH, hợp tác xã và các hộ kinh doanh trên địa bàn tỉnh giai đoạn 2018-2021.', want: [{ value: 75, unit: 'công ty', kind: 'result' }] },
  { source: 'dev 003', type: BC, text: 'Vì vậy, ngành không tổ chức được ⟦04 lớp tập huấn⟧ gồm: Hỗ trợ bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ nhân lực thuộc tổ chức trung gian của thị trường khoa học công nghệ;', want: [{ value: 4, unit: 'lớp tập huấn', kind: 'result' }] },
  // dev 004: Chỉ thị 13/CT-UBND Lào Cai
  { source: 'dev 004', type: CT, text: 'nâng cao năng suất, chất lượng sản phẩm, đáp ứng ⟦100% nhu cầu hỗ trợ⟧ của doanh nghiệp, hợp tác xã.', want: [{ value: 100, unit: '%', kind: 'target' }] },
  { source: 'dev 004', type: CT, text: 'đảm bảo kiểm định ⟦100% đồng hồ đo nước⟧ tại các đơn vị kinh doanh nước sạch; kiểm định ⟦100% đồng hồ xe taxi⟧ của các doanh nghiệp kinh doanh trên địa bàn tỉnh.', want: [{ value: 100, unit: '%' }, { value: 100, unit: '%' }] },
  { source: 'dev 004', type: CT, text: 'Chủ trì thực hiện kiểm tra về đo lường chất lượng tại các chợ, trung tâm thương mại, điểm bán buôn, bán lẻ trên địa bàn, đảm bảo ⟦100% phương tiện đo⟧ nhóm 2 sử dụng trong buôn bán được kiểm soát về đo lường.', want: [{ value: 100, unit: '%' }] },
  { source: 'dev 004', type: CT, text: 'Phấn đấu trong giai đoạn 2021 - 2025 toàn tỉnh có thêm ⟦ít nhất 01 chỉ dẫn địa lý⟧; ⟦09 nhãn hiệu chứng nhận⟧; ⟦03 nhãn hiệu tập thể⟧; ⟦08 nhãn hiệu sản phẩm⟧ được hỗ trợ khai thác phát triển và thương mại hóa; số đơn đăng ký xác lập quyền sở hữu công nghiệp ⟦tăng 15%/năm⟧;', want: [{ value: 1, unit: 'chỉ dẫn địa lý', comparator: '>=' }, { value: 9, unit: 'nhãn hiệu chứng nhận', comparator: '>=' }, { value: 3, unit: 'nhãn hiệu tập thể', comparator: '>=' }, { value: 8, unit: 'nhãn hiệu sản phẩm', comparator: '>=' }, { value: 15, unit: '%', comparator: '=' }] },
  { source: 'dev 004', type: CT, text: 'Hàng năm, nhân rộng các sáng kiến đã được đánh giá, công nhận áp dụng có hiệu quả và có phạm vi ảnh hưởng cấp tỉnh; phấn đấu lựa chọn ⟦ít nhất từ 02 đến 03 sáng kiến⟧ để nhân rộng trên địa bàn mỗi huyện, thị xã, thành phố.', want: [{ value: 2, max: 3, unit: 'sáng kiến', comparator: 'range', kind: 'target' }] },
  // Quyết định 749/QĐ-TTg (Chương trình Chuyển đổi số quốc gia), mục tiêu đến năm 2025
  { source: 'QĐ 749/QĐ-TTg', type: QD, text: '⟦80% dịch vụ công trực tuyến⟧ mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động.', want: [{ value: 80, unit: '%', kind: 'target' }] },
  { source: 'QĐ 749/QĐ-TTg', type: QD, text: '⟦90% hồ sơ công việc⟧ tại cấp bộ, tỉnh; ⟦80% hồ sơ công việc⟧ tại cấp huyện và ⟦60% hồ sơ công việc⟧ tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).', want: [{ value: 90, unit: '%' }, { value: 80, unit: '%' }, { value: 60, unit: '%' }] },
  { source: 'QĐ 749/QĐ-TTg', type: QD, text: 'Kinh tế số chiếm ⟦20% GDP⟧; Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt ⟦tối thiểu 10%⟧.', want: [{ value: 20, unit: '%' }, { value: 10, unit: '%', comparator: '>=' }] },
  { source: 'QĐ 749/QĐ-TTg', type: QD, text: 'Phổ cập dịch vụ mạng Internet băng rộng cáp quang tới ⟦80% hộ gia đình⟧, ⟦100% xã⟧.', want: [{ value: 80, unit: '%' }, { value: 100, unit: '%' }] },
  // Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo
  { source: 'NQ 57-NQ/TW', type: NQ, text: 'Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt ⟦trên 40%⟧ tổng số doanh nghiệp.', want: [{ value: 40, unit: '%', comparator: '>=' }] },
  { source: 'NQ 57-NQ/TW', type: NQ, text: 'Kinh phí chi cho nghiên cứu phát triển (R&D) đạt ⟦2% GDP⟧, trong đó kinh phí từ xã hội chiếm ⟦hơn 60%⟧.', want: [{ value: 2, unit: '%' }, { value: 60, unit: '%', comparator: '>=' }] },
  { source: 'NQ 57-NQ/TW', type: NQ, text: 'Số lượng đơn đăng ký sáng chế và văn bằng bảo hộ sáng chế tăng trung bình ⟦16 - 18%/năm⟧, tỉ lệ khai thác thương mại đạt ⟦8 - 10%⟧.', want: [{ value: 16, max: 18, unit: '%', comparator: 'range' }, { value: 8, max: 10, unit: '%', comparator: 'range' }] },
  { source: 'NQ 57-NQ/TW', type: NQ, text: 'Nguồn nhân lực nghiên cứu và phát triển đạt ⟦12 người⟧ trên một vạn dân; số lượng công bố khoa học quốc tế ⟦tăng 10%/năm⟧.', want: [{ value: 12, unit: 'người' }, { value: 10, unit: '%' }] },
  // reports of provincial departments (figures reported as done)
  { source: 'báo cáo CCHC Sở KH&CN', type: BC, text: 'Năm 2022, Sở đã tiếp nhận ⟦1.245 hồ sơ⟧, giải quyết đúng hạn ⟦1.240 hồ sơ⟧, đạt tỷ lệ ⟦99,6%⟧.', want: [{ value: 1245, unit: 'hồ sơ', kind: 'result' }, { value: 1240, unit: 'hồ sơ', kind: 'result' }, { value: 99.6, unit: '%', kind: 'result' }] },
  { source: 'báo cáo thanh tra Sở KH&CN', type: BC, text: 'Trong năm, Thanh tra Sở đã tiến hành ⟦12 cuộc thanh tra⟧, kiểm tra, phát hiện ⟦08 cơ sở⟧ vi phạm, xử phạt vi phạm hành chính ⟦45.000.000 đồng⟧.', want: [{ value: 12, unit: 'cuộc thanh tra', kind: 'result' }, { value: 8, unit: 'cơ sở' }, { value: 45000000, unit: 'đồng' }] },
  { source: 'báo cáo tài chính', type: BC, text: 'Tổng kinh phí thực hiện các nhiệm vụ khoa học và công nghệ năm 2021 là ⟦1.500 triệu đồng⟧, trong đó ngân sách tỉnh ⟦1.200,5 triệu đồng⟧.', want: [{ value: 1500, unit: 'triệu đồng', kind: 'result' }, { value: 1200.5, unit: 'triệu đồng', kind: 'result' }] },
  { source: 'báo cáo nông thôn mới', type: BC, text: 'Đến nay toàn tỉnh có ⟦35/72 xã⟧ đạt chuẩn nông thôn mới, tốc độ tăng trưởng kinh tế đạt ⟦7,2%⟧.', want: [{ value: 35, max: 72, unit: 'xã', kind: 'result' }, { value: 7.2, unit: '%', kind: 'result' }] },
  { source: 'báo cáo, phương hướng năm sau', type: BC, text: 'Năm 2023, phấn đấu thu hút ⟦05 doanh nghiệp⟧ đầu tư vào khu công nghệ cao và dự kiến tổ chức ⟦06 lớp tập huấn⟧.', want: [{ value: 5, unit: 'doanh nghiệp', kind: 'target' }, { value: 6, unit: 'lớp tập huấn', kind: 'target' }] },
  { source: 'tin tổng kết năm, Sở KH&CN', type: BC, text: 'Thanh tra Sở tiến hành ⟦8 cuộc thanh tra⟧, kiểm tra tại ⟦156 cơ sở⟧, phát hiện ⟦21 cơ sở⟧ vi phạm, phạt tiền ⟦185 triệu đồng⟧.', want: [{ value: 8, unit: 'cuộc thanh tra' }, { value: 156, unit: 'cơ sở' }, { value: 21, unit: 'cơ sở' }, { value: 185, unit: 'triệu đồng' }] },
  { source: 'tin tổng kết năm, Sở KH&CN', type: BC, text: 'Năm 2024, Sở đặt mục tiêu hỗ trợ ⟦ít nhất 10 doanh nghiệp⟧ đổi mới công nghệ; phấn đấu ⟦100% thủ tục hành chính⟧ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt ⟦từ 80% trở lên⟧.', want: [{ value: 10, unit: 'doanh nghiệp', comparator: '>=', kind: 'target' }, { value: 100, unit: '%', kind: 'target' }, { value: 80, unit: '%', comparator: '>=', kind: 'target' }] },
  { source: 'báo cáo KT-XH, chỉ tiêu', type: BC, text: 'Có ⟦18/22 chỉ tiêu⟧ chủ yếu đạt và vượt kế hoạch; ⟦4 chỉ tiêu⟧ không đạt. Chỉ số PAR INDEX của tỉnh xếp thứ 15/63 tỉnh, thành phố.', want: [{ value: 18, max: 22, unit: 'chỉ tiêu' }, { value: 4, unit: 'chỉ tiêu' }] },
  { source: 'kế hoạch chuyển đổi số của Bộ', type: KH, text: 'Đào tạo, bồi dưỡng kỹ năng số cho ⟦ít nhất 500 lượt⟧ cán bộ, công chức, viên chức; mỗi năm tổ chức ⟦02 đến 03 khóa đào tạo⟧; hệ thống cấp 3 được giám sát 24/7.', want: [{ value: 500, unit: 'lượt', comparator: '>=' }, { value: 2, max: 3, unit: 'khóa đào tạo', comparator: 'range' }] },
  // plans with bounds, words and measures
  { source: 'kế hoạch CCHC', type: KH, text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt ⟦từ 98% trở lên⟧; mỗi đơn vị cử ⟦không quá 02 cán bộ⟧ tham dự.', want: [{ value: 98, unit: '%', comparator: '>=' }, { value: 2, unit: 'cán bộ', comparator: '<=' }] },
  { source: 'kế hoạch giảm nghèo', type: KH, text: 'Giảm tỷ lệ hộ nghèo xuống ⟦dưới 3%⟧; hỗ trợ ⟦tối đa 50%⟧ kinh phí xây dựng mô hình.', want: [{ value: 3, unit: '%', comparator: '<=' }, { value: 50, unit: '%', comparator: '<=' }] },
  { source: 'kế hoạch sở hữu trí tuệ', type: KH, text: 'Tổ chức ⟦hai lớp tập huấn⟧ về sở hữu trí tuệ cho doanh nghiệp; phấn đấu có thêm ⟦mười lăm xã⟧ đạt chuẩn nông thôn mới.', want: [{ value: 2, unit: 'lớp tập huấn' }, { value: 15, unit: 'xã' }] },
  { source: 'quyết định hỗ trợ', type: QD, text: 'Hỗ trợ một lần ⟦30 triệu đồng⟧ cho mỗi sáng chế; toàn tỉnh có dân số ⟦1,2 triệu người⟧, mật độ ⟦350 người⟧/km2; tại Khu phố 3 phường Tân Phú, ngày 20 tháng 5 năm 2021 tổ chức.', want: [{ value: 30, unit: 'triệu đồng' }, { value: 1.2, unit: 'triệu người' }, { value: 350, unit: 'người' }] },
  // `4 sao` is the product's grade (spec: levels and grades are no targets)
  { source: 'kế hoạch OCOP', type: KH, text: 'phấn đấu mỗi huyện có ⟦ít nhất một sản phẩm OCOP⟧ đạt 4 sao.', want: [{ value: 1, unit: 'sản phẩm ocop', comparator: '>=' }] },
  { source: 'kế hoạch lâm nghiệp', type: KH, text: 'Trồng mới ⟦1.200 ha⟧/năm rừng tập trung, nâng tỷ lệ che phủ rừng đạt ⟦57,5%⟧.', want: [{ value: 1200, unit: 'ha' }, { value: 57.5, unit: '%' }] },
  { source: 'kế hoạch khuyến công', type: null, text: 'KẾ HOẠCH\nHướng dẫn ⟦tám doanh nghiệp⟧ áp dụng hệ thống quản lý chất lượng; đào tạo nghề cho ⟦1.200 người lao động⟧.', want: [{ value: 8, unit: 'doanh nghiệp', kind: 'target' }, { value: 1200, unit: 'người lao động', kind: 'target' }] },
  { source: 'báo cáo, type from the first lines', type: null, text: 'BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2022\nHướng dẫn ⟦08 cơ sở⟧ đăng ký bảo hộ nhãn hiệu.', want: [{ value: 8, unit: 'cơ sở', kind: 'result' }] },
  { source: 'kế hoạch with a results part', type: KH, text: 'I. KẾT QUẢ THỰC HIỆN NĂM 2021\nHỗ trợ ⟦12 doanh nghiệp⟧ đổi mới công nghệ.\nII. MỤC TIÊU NĂM 2022\nHỗ trợ ⟦15 doanh nghiệp⟧ đổi mới công nghệ.', want: [{ value: 12, unit: 'doanh nghiệp', kind: 'result' }, { value: 15, unit: 'doanh nghiệp', kind: 'target' }] },
  { source: 'báo cáo with a plan part', type: BC, text: '1. Kết quả đạt được\nCấp ⟦30 giấy phép⟧ tiến hành công việc bức xạ.\n2. Phương hướng, nhiệm vụ năm 2023\nCấp ⟦35 giấy phép⟧ tiến hành công việc bức xạ.', want: [{ value: 30, unit: 'giấy phép', kind: 'result' }, { value: 35, unit: 'giấy phép', kind: 'target' }] },
];

/** Sentences in which nothing counts or measures: every exclusion of the spec and NOTES.md. */
const NEGATIVES: Array<{ why: string; text: string }> = [
  { why: 'dates and years', text: 'Thực hiện Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh về Kế hoạch năm 2022.' },
  { why: 'a date in words', text: 'Lào Cai, ngày 20 tháng 5 năm 2021' },
  { why: 'a date with dots and dashes', text: 'Hội nghị tổ chức ngày 20.01.2022, báo cáo trước 20-01-2022.' },
  { why: 'a day and month', text: 'báo cáo năm (trước ngày 05/12), tổng hợp báo cáo UBND tỉnh kết quả thực hiện.' },
  { why: 'a period', text: 'Chương trình chọn tạo giống cây trồng, vật nuôi có chất lượng, giai đoạn 2021 - 2030; định hướng CCHC giai đoạn 2021-2030 tầm nhìn đến năm 2050.' },
  { why: 'document numbers', text: 'Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007; Nghị quyết 12-NQ/TU; Chương trình số 14-CTr/TU; Quyết định 1984/QĐ-BKH&CN.' },
  { why: 'the own symbol', text: 'Số: 13/CT-UBND' },
  { why: 'a section label', text: '2.4.1. Tham mưu với vai trò là cơ quan đầu mối cải cách hành chính' },
  { why: 'a section label with one number', text: '3. Tăng cường cải cách, cắt giảm, đơn giản hóa thủ tục hành chính:' },
  { why: 'levels', text: 'Tiếp tục đề ra những giải pháp khuyến khích người dân và tổ chức tham gia thực hiện thủ tục hành chính trực tuyến mức độ 3, mức độ 4; dịch vụ công trực tuyến cấp độ 4.' },
  { why: 'levels written as a list', text: 'số TTHC được cung cấp dịch vụ công trực tuyến mức độ 3,4 là: đầy đủ' },
  { why: 'a class label', text: 'đảm bảo phương tiện đo nhóm 2 sử dụng trong buôn bán được kiểm soát về đo lường.' },
  { why: 'grades and ranks', text: 'xếp loại 1 theo quy định; bệnh viện hạng 1 của tỉnh; Hội nghị lần thứ 4 Ban Chấp hành Trung ương' },
  { why: 'durations', text: 'nội dung báo cáo Công tác cải cách hành chính Nhà nước 6 tháng đầu năm 2021 trên địa bàn tỉnh Điện Biên' },
  { why: 'a deadline duration', text: 'Thời hạn giải quyết là 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; giấy phép có thời hạn 02 năm.' },
  { why: 'a standard', text: 'duy trì, cải tiến HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 và TCVN ISO 9001: 2015.' },
  { why: 'numbers inside names', text: 'tham gia hội nghị tập huấn “Tổng quan về Đề án 996 và hoạt động đo lường” tại doanh nghiệp.' },
  { why: 'a disease name', text: 'Trong năm 2021 do diễn biến phức tạp của dịch bệnh Covid-19 trên địa bàn tỉnh đã làm ảnh hưởng trực tiếp đến kết quả thực hiện nhiệm vụ.' },
  { why: 'programme and road names', text: 'thực hiện Chương trình 135 giai đoạn III; nâng cấp tuyến Quốc lộ 1A và Quốc lộ 4 đoạn qua tỉnh.' },
  { why: 'a place name with a number word', text: 'vùng Đồng Tháp Mười đến năm 2025.' },
  { why: 'web counters', text: 'Lượt xem: 2749\nThống kê truy cập\n  • Đang online: 2\n  • Hôm nay: 13\n  • Trong tuần: 681\n  • Tất cả: 4412040' },
  { why: 'a pager', text: 'Tin khác\n1 2 3 ' },
  { why: 'phone numbers', text: 'Mọi thông tin liên hệ: Điện thoại 0214 3840 123; Fax 0214.3840.124; hotline 1022 để phản ánh.' },
  { why: 'times of day', text: 'Hội nghị bắt đầu lúc 8 giờ 30 phút, kết thúc lúc 14:30, đón khách từ 7h30.' },
  { why: 'ages', text: 'người cao tuổi trên 60 tuổi được miễn phí' },
  { why: 'article and clause references', text: 'theo quy định tại điểm a khoản 1 Điều 5 và khoản 2 Điều 7 Thông tư số 15/2014/TT-BKHCN.' },
  { why: 'page numbers', text: 'chi tiết xem trang 5 báo cáo và Phụ lục 2 kèm theo.' },
  { why: 'one as an article', text: 'Triển khai thực hiện một số nhiệm vụ; thực hiện cơ chế một cửa, một cửa liên thông; đảm bảo tính hợp lý của một TTHC; là một trong những địa phương dẫn đầu.' },
  { why: 'number words that count nothing', text: 'Hai là, tăng cường hợp tác hai bên cùng có lợi; hàng năm tổ chức lựa chọn các sáng kiến; trong năm có nhiều đổi mới.' },
  { why: 'a year standing alone', text: 'Vận động, hướng dẫn các doanh nghiệp trên địa bàn tỉnh tham gia Hoạt động Giải thưởng chất lượng quốc gia 2022.' },
  { why: 'numbers after a capitalised name', text: 'tham gia diễn đàn Techfest 2024 tổ chức tại Hà Nội; kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18 tháng 5.' },
  { why: 'a rank out of a total', text: 'Chỉ số PCI năm 2022 của tỉnh xếp thứ 15 trên 63 tỉnh, thành phố.' },
  { why: 'an ordinal day of the week', text: 'làm việc vào thứ 2 hằng tuần' },
];

describe('findTargets — figures in real sentences', () => {
  for (const row of POSITIVES) {
    it(`should find the marked figures (${row.source}): ${row.text.slice(0, 60)}…`, () => {
      const { text, marks } = readMarks(row.text);
      expect(marks.length).toBe(row.want.length);
      const found = findTargets(sentenceContext(text, { type: row.type }));
      const got = found.map((t) => ({ at: [t.start, t.end], text: t.text, value: t.value, max: t.max, unit: t.unit, comparator: t.comparator, kind: t.kind }));
      expect(got.length, JSON.stringify(got)).toBe(marks.length);
      const defaultKind: TargetKind = row.type === BC ? 'result' : 'target';
      marks.forEach((m, i) => {
        const t = found[i];
        const w = row.want[i];
        expect(t.start < m.end && m.start < t.end, `figure ${i} at ${t.start}-${t.end} "${t.text}" outside its mark "${text.slice(m.start, m.end)}"`).toBe(true);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect({ value: t.value, max: t.max, unit: t.unit, comparator: t.comparator, kind: t.kind }).toEqual({
          value: w.value,
          max: w.max ?? null,
          unit: w.unit,
          comparator: w.comparator ?? '=',
          kind: w.kind ?? defaultKind,
        });
        expect(t.sentence.start <= t.start && t.end <= t.sentence.end).toBe(true);
        expect(t.section).toBe('');
      });
    });
  }
});

describe('findTargets — numbers that count nothing', () => {
  for (const row of NEGATIVES) {
    it(`should find no figure in ${row.why}: ${row.text.slice(0, 50)}…`, () => {
      expect(findTargets(sentenceContext(row.text, { type: KH })).map((t) => t.text)).toEqual([]);
    });
  }
});

describe('findTargets — odd input', () => {
  it('should return nothing for an empty text and never throw on stray marks', () => {
    expect(findTargets(sentenceContext(''))).toEqual([]);
    for (const s of ['%', '1', '1/', '1-', '/1', '100%', '1.', '.5%', '9'.repeat(400), 'ít nhất', 'từ 02 đến', '02 đến 01 sáng kiến']) {
      expect(() => findTargets(sentenceContext(s))).not.toThrow();
    }
  });

  it('should read a range only upwards: `02 đến 01` is no range', () => {
    const [t] = findTargets(sentenceContext('chọn 02 đến 01 sáng kiến', { type: KH }));
    expect(t === undefined || t.comparator !== 'range').toBe(true);
  });
});

describe('findTargets — time', () => {
  it('should stay linear on adversarial input (digit runs, separators, number words, one endless line)', () => {
    const pieces = ['1.2.3.4.5.6.7.8.9.', '1/2/3/4/5/6/', '1-2-3-4-5-', '99 % ', 'hai hai hai ', 'ít nhất từ 1 đến 2 đến 3 ', 'mức độ 3, 4, 5, 6, 7, ', '0'.repeat(50) + ' ', '(((( '];
    let text = '';
    while (text.length < 300_000) text += pieces[text.length % pieces.length];
    const t0 = performance.now();
    findTargets(sentenceContext(text, { type: KH }));
    const small = performance.now() - t0;
    const t1 = performance.now();
    findTargets(sentenceContext(text + text + text + text, { type: KH }));
    const big = performance.now() - t1;
    expect(big).toBeLessThan(Math.max(small * 12, 2000));
  });
});
