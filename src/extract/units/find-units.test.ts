import { describe, it, expect } from 'vitest';
import { findUnits } from './find-units.js';
import type { Unit } from '../../types.js';
import { sentenceContext } from '../read-marks.js';

/**
 * Sentences from real directives, plans, reports and decisions (dev corpus:
 * Trà Vinh, Long An, Điện Biên, Lào Cai; and decisions, plans and letters of
 * Quảng Ngãi, Kon Tum, Bến Tre, TP Hồ Chí Minh, Hà Nội, ministries), with every
 * unit the text gives a role marked inline as ⟦name|role⟧. Nothing else may be found.
 */
const POSITIVES: string[] = [
  // Công văn 1453/VPCP-KGVX (Văn phòng Chính phủ, 2009), as luatminhkhue.vn copies it: the letter asks
  // its addressees for opinions, so the bodies of its `Kính gửi` have a duty.
  'Kính gửi:\n\n- ⟦Bộ Nội vụ|assigned⟧\n- ⟦Bộ Tài chính|assigned⟧\n\nĐể có đủ căn cứ trình Thủ tướng Chính phủ xem xét, quyếtđịnh, Văn phòng Chính phủ xin gửi bản chụp văn bản nói trên của Bộ Y tế đến quýcơ quan để nghiên cứu và có ý kiến về các kiến nghị của Bộ Y tế tại văn bản nêutrên.',
  // dev 004 (Chỉ thị 13/CT-UBND Lào Cai)
  'a, ⟦Sở Khoa học và Công nghệ|lead⟧ chủ trì đề xuất các giải pháp phát triển, nâng cao tiềm lực khoa học và công nghệ để đáp ứng yêu cầu, nhiệm vụ.',
  'b, ⟦Sở Kế hoạch và Đầu tư|assigned⟧, ⟦Sở Tài chính|assigned⟧ tham mưu bố trí ngân sách thực hiện các dự án đầu tư công trung hạn giai đoạn 2021-2025.',
  'c, ⟦UBND các huyện, thị xã, thành phố|assigned⟧ bố trí công chức làm nhiệm vụ về khoa học và công nghệ theo quy định.',
  '- Phối hợp với ⟦Sở Kế hoạch và Đầu tư|support⟧, ⟦Sở Công thương|support⟧, ⟦Ban Quản lý các Khu kinh tế tỉnh|support⟧, ⟦Liên minh hợp tác xã tỉnh|support⟧ đẩy mạnh công tác hỗ trợ các tổ chức, doanh nghiệp, hợp tác xã xây dựng tiêu chuẩn cơ sở.',
  '- Phối hợp với ⟦sở Công thương|support⟧, ⟦Công an tỉnh|support⟧, ⟦Sở Nông nghiệp và Phát triển nông thôn|support⟧, ⟦Cục Quản lý thị trường tỉnh|support⟧ và ⟦Cục Hải quan|support⟧ tăng cường công tác thanh tra, kiểm tra.',
  'b, ⟦Sở Nội vụ|lead⟧ chủ trì, tham mưu đẩy mạnh công tác kiểm tra cải cách hành chính và thực thi nhiệm vụ, công vụ; triển khai chấm điểm chỉ số cải cách hành chính của các sở, cơ quan thuộc UBND tỉnh, UBND các huyện, thị xã, thành phố.',
  'c, ⟦UBND các huyện, thị xã, thành phố|assigned⟧ phối hợp chặt chẽ với ⟦sở Khoa học và Công nghệ|support⟧, cơ quan chức năng ngăn chặn việc lưu thông hàng giả. Chủ trì thực hiện kiểm tra về đo lường chất lượng tại các chợ, trung tâm thương mại. ⟦UBND các huyện, thị xã, thành phố|lead⟧',
  'phối hợp với ⟦sở Văn hóa, Thể thao và Du lịch|support⟧ hỗ trợ các tổ chức, cá nhân bảo hộ quyền tác giả; phối hợp với ⟦sở Nông nghiệp và Phát triển nông thôn|support⟧ bảo hộ giống vật nuôi, cây trồng mới.',
  'b, Các cơ quan, đơn vị cấp tỉnh, ⟦UBND các huyện/thị xã/thành phố|assigned⟧ chỉ đạo ⟦Hội đồng sáng kiến cấp cơ sở|assigned⟧ hàng năm tổ chức lựa chọn và xét duyệt các sáng kiến để trình ⟦Hội đồng sáng kiến cấp tỉnh|assigned⟧ xét duyệt, công nhận.',
  'b, ⟦Sở Thông tin và Truyền thông|lead⟧ chủ trì xem xét, đánh giá và đề xuất giải pháp nhằm triển khai ứng dụng công nghệ thông tin trong lĩnh vực truy xuất sản phẩm, hàng hóa.',
  'c, ⟦Sở Nông nghiệp và Phát triển nông thôn|assigned⟧, ⟦Sở Công thương|assigned⟧, ⟦Sở Y tế|assigned⟧, ⟦UBND các huyện, thị xã, thành phố|assigned⟧ xác định, đề xuất danh mục sản phẩm, hàng hóa chủ lực.',
  'd, ⟦Liên minh Hợp tác xã|assigned⟧, ⟦Hiệp hội doanh nghiệp tỉnh|assigned⟧ tăng cường phổ biến, vận động, hỗ trợ doanh nghiệp, HTX, tổ hợp tác.',
  // dev 001 (Kế hoạch, Sở KH&CN Long An)
  '- Kế hoạch thực hiện Chương trình phát triển tài sản trí tuệ đến năm 2030 (ban hành kèm theo Quyết định 2205/QĐ-TTg ngày 24/12/2020 của Thủ tướng Chính phủ: ⟦Phòng Quản lý công nghệ|lead⟧ chủ trì.',
  '- Tiếp tục triển khai thực hiện các nội dung hỗ trợ khởi nghiệp đổi mới sáng tạo giai đoạn 2018-2020, định hướng đến năm 2025: ⟦Phòng Quản lý Công nghệ|lead⟧, ⟦trung tâm Ứng dụng, kỹ thuật, thông tin KH&CN|lead⟧ chủ trì.',
  '- Kế hoạch Đề án Tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp giai đoạn đến năm 2025, định hướng đến năm 2030 : ⟦Chi cục TC- ĐL-CL|lead⟧ chủ trì.',
  '- Giao ⟦Văn phòng Sở|assigned⟧  theo dõi việc triển khai thực hiện Kế hoạch. Định kỳ hàng quý, tổng hợp báo cáo UBND tỉnh kết quả thực hiện.',
  // dev 003 (Báo cáo, Sở KH&CN Điện Biên)
  'Thực hiện Công văn số 2550/SKHĐT-XTĐT ngày 07/12/2021 của Sở Kế hoạch và Đầu tư tỉnh Điện Biên về việc đề nghị báo cáo kết quả thực hiện Nghị quyết số 12-NQ/TU, ⟦Sở Khoa học và Công nghệ|assigned⟧ báo cáo kết quả thực hiện Nghị quyết số 12-NQ/TU như sau:',
  'Tổng hợp mọi ý kiến tham gia góp ý của các cơ quan, đơn vị, nhân dân qua ⟦Văn phòng Sở|assigned⟧.',
  'Tham mưu ban hành văn bản đôn đốc các cơ quan chuyên môn cấp tỉnh, ⟦UBND cấp huyện|assigned⟧ tiếp tục duy trì, cải tiến HTQLCL theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.',
  'Phối hợp với các ⟦Viện Năng suất Việt Nam|support⟧ tổ chức 03 lớp hội nghị tập huấn bồi dưỡng kiến thức.',
  'Phối hợp với ⟦Viện Thổ nhưỡng Nông hóa|support⟧ triển khai dự án “Quản lý và phát triển chỉ dẫn địa lý “Điện Biên” cho sản phẩm gạo của tỉnh Điện Biên”.',
  'Phối hợp với ⟦Trung tâm đào tạo Nghiệp vụ Tiêu chuẩn Đo lường Chất lượng|support⟧ tổ chức 01 hội nghị tập huấn “Tổng quan về Đề án 996 và hoạt động đo lường” tại doanh nghiệp.',
  'Ban hành văn bản gửi ⟦UBND các huyện, thị xã, thành phố|assigned⟧ đề nghị rà soát, thống kê, đăng ký nhu cầu sử dụng tem truy xuất nguồn gốc đối với cây đào, cây mai.',
  'Phối hợp với ⟦Trung tâm mã số mã vạch Quốc gia|support⟧ cập nhật dữ liệu các cơ sở được cấp Giấy chứng nhận đăng ký sử dụng mã số mã vạch.',
  'Trên đây là báo cáo kết quả thực hiện Nghị quyết 12-NQ/TU đối với lĩnh vực khoa học và công nghệ, kính gửi ⟦Sở Kế hoạch và Đầu tư|assigned⟧ tổng hợp./.',
  '⟦Sở Khoa học và Công nghệ|assigned⟧ đã ban hành Thông báo số 150/TB-SKH-CN ngày 22/02/2021 V/v thông báo Kế hoạch hoạt động Giải thưởng chất lượng Quốc gia.',
  // dev 000 / 002 (web postings, Sở KH&CN Trà Vinh)
  '⟦Sở Khoa học và Công nghệ|assigned⟧ ban hành Kế hoạch thực hiện xác định rõ trách nhiệm của các phòng/ đơn vị, tiến độ thực hiện đảm bảo việc triển khai Kế hoạch kịp thời, đồng bộ.',
  // TP Hồ Chí Minh, quyết định phê duyệt dự án
  'Điều 2. Giao ⟦Sở Xây dựng|lead⟧ chủ trì, phối hợp với ⟦Sở Tài chính|support⟧, ⟦Uỷ ban nhân dân quận 7|support⟧ và các đơn vị liên quan tổ chức triển khai thực hiện theo đúng quy định.',
  // Quảng Ngãi, tin chỉ đạo điều hành
  'Trên cơ sở hướng dẫn của các Bộ, ngành Trung ương và báo cáo của các cơ quan, đơn vị, ⟦Sở Kế hoạch và Đầu tư|lead⟧ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu UBND tỉnh ban hành Kế hoạch triển khai thực hiện.',
  '⟦Sở Kế hoạch và Đầu tư|assigned⟧ tổng hợp tình hình, kết quả thực hiện Chỉ thị trên địa bàn tỉnh; tham mưu và trình UBND tỉnh trước ngày 10/6 và ngày 10/12 hàng năm để xem xét, báo cáo Bộ Kế hoạch và Đầu tư theo đúng quy định.',
  'Giao ⟦Sở Kế hoạch và Đầu tư|lead⟧ chủ trì phối hợp với các đơn vị liên quan tham gia ý kiến vào dự thảo Chỉ thị của Thủ tướng Chính phủ về phát triển bền vững.',
  // Kon Tum, Bến Tre: kế hoạch của UBND tỉnh
  'Thực hiện Quyết định số 1129/QĐ-TTg ngày 27 tháng 7 năm 2020 của Thủ tướng Chính phủ về việc phê duyệt Đề án phát triển kinh tế ban đêm ở Việt Nam, ⟦Ủy ban nhân dân tỉnh|assigned⟧ xây dựng kế hoạch triển khai thực hiện như sau:',
  // thông tư (Bộ Tài chính) quoted in a provincial report
  'trên cơ sở giá đất do Tổ chức thẩm định giá xác định, ⟦Sở Tài chính|lead⟧ chủ trì phối hợp với ⟦Sở Tài nguyên và Môi trường|support⟧, ⟦Cục Thuế|support⟧ và cơ quan có liên quan thẩm định.',
  // directives and plans of other provinces (typical assignment clauses)
  '1. ⟦Sở Y tế|lead⟧ chủ trì, phối hợp với ⟦Bảo hiểm xã hội tỉnh|support⟧ hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế.',
  '2. ⟦Công an tỉnh|assigned⟧ tăng cường công tác nắm tình hình, bảo đảm an ninh, trật tự trên địa bàn.',
  '3. Đề nghị ⟦Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|assigned⟧ và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền, vận động đoàn viên, hội viên và nhân dân.',
  '4. ⟦Đài Phát thanh và Truyền hình tỉnh|assigned⟧, ⟦Báo Lào Cai|assigned⟧ tăng cường thời lượng tuyên truyền về nội dung Chỉ thị.',
  'Yêu cầu ⟦Sở Giao thông vận tải|assigned⟧ khẩn trương hoàn thành việc rà soát, báo cáo UBND tỉnh trước ngày 30/6/2022.',
  '⟦Sở Tài chính|assigned⟧ cân đối, bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị lập dự toán, thanh quyết toán theo quy định.',
  '⟦Kho bạc Nhà nước tỉnh|assigned⟧ phối hợp với ⟦Sở Tài chính|support⟧ kiểm soát chi theo quy định.',
  '⟦Sở Lao động - Thương binh và Xã hội|lead⟧ chủ trì, phối hợp với ⟦Liên đoàn Lao động tỉnh|support⟧ kiểm tra việc thực hiện chính sách đối với người lao động.',
  '⟦Sở TN&MT|assigned⟧ hướng dẫn ⟦UBND các huyện|assigned⟧ lập kế hoạch sử dụng đất hằng năm.',
  '⟦Sở Giáo dục và Đào tạo|assigned⟧, ⟦Tỉnh đoàn|assigned⟧ tổ chức các hoạt động tuyên truyền trong trường học.',
  '⟦Bộ Chỉ huy Quân sự tỉnh|lead⟧ chủ trì, phối hợp với ⟦Bộ đội Biên phòng tỉnh|support⟧ xây dựng phương án ứng phó thiên tai.',
  'Các sở, ban, ngành, ⟦UBND các xã, phường, thị trấn|assigned⟧ căn cứ chức năng, nhiệm vụ tổ chức thực hiện Kế hoạch này.',
  '⟦Ngân hàng Nhà nước chi nhánh tỉnh|assigned⟧ chỉ đạo các tổ chức tín dụng trên địa bàn cơ cấu lại thời hạn trả nợ.',
  'Ủy ban nhân dân tỉnh giao ⟦Sở Công Thương|lead⟧ chủ trì, phối hợp với ⟦Cục Quản lý thị trường tỉnh|support⟧ kiểm tra hoạt động kinh doanh xăng dầu.',
  '5. ⟦Văn phòng UBND tỉnh|assigned⟧ theo dõi, đôn đốc việc thực hiện Chỉ thị này, tổng hợp báo cáo Chủ tịch UBND tỉnh.',
  '⟦Sở Khoa học và Công nghệ|lead⟧ (sau đây gọi tắt là Sở KH&CN) chủ trì tổ chức thực hiện Kế hoạch; ⟦Sở KH&CN|assigned⟧ tổng hợp báo cáo kết quả thực hiện.',
  'a) ⟦Sở Nội vụ|assigned⟧:\n- Chủ trì, phối hợp với ⟦Sở Tài chính|support⟧ tham mưu kiện toàn tổ chức bộ máy. ⟦Sở Nội vụ|lead⟧',
  // ministries and central bodies (Chính phủ resolutions, Bộ plans)
  '⟦Bộ Công Thương|lead⟧ chủ trì, phối hợp với ⟦Bộ Tài chính|support⟧, ⟦Ngân hàng Nhà nước Việt Nam|support⟧ điều hành giá xăng dầu.',
  'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, ⟦Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương|assigned⟧ tổ chức thực hiện.',
  'Báo cáo gửi về ⟦Sở Kế hoạch và Đầu tư|assigned⟧ trước ngày 15/12 để tổng hợp.',
  'Các sở, ban, ngành, địa phương báo cáo kết quả về ⟦Sở Nội vụ|assigned⟧ trước ngày 10/12 để tổng hợp, báo cáo UBND tỉnh.',
  '⟦Sở Tư pháp|lead⟧ (cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh) chủ trì tổ chức.',
  'UBND tỉnh giao ⟦Sở Nội vụ|assigned⟧ là cơ quan thường trực, có trách nhiệm theo dõi.',
  '⟦Trung tâm Phục vụ hành chính công tỉnh|assigned⟧ tiếp nhận hồ sơ.',
  'a) ⟦Phòng Tài chính - Kế hoạch huyện|lead⟧ chủ trì thẩm định.',
  '⟦Công an tỉnh|assigned⟧ chỉ đạo ⟦Công an các huyện, thị xã, thành phố|assigned⟧ tăng cường tuần tra.',
  '⟦Ủy ban nhân dân cấp xã|assigned⟧ có trách nhiệm phối hợp với ⟦Phòng Tài nguyên và Môi trường|support⟧ kiểm tra.',
  '⟦Hội Liên hiệp Phụ nữ tỉnh|assigned⟧, ⟦Hội Nông dân tỉnh|assigned⟧, ⟦Tỉnh đoàn|assigned⟧ tuyên truyền, vận động hội viên.',
  '2. ⟦Sở Y tế|assigned⟧ có trách nhiệm:',
  // table-like and parenthesised roles (plans' assignment tables)
  'Cơ quan chủ trì: ⟦Sở Tài chính|lead⟧; cơ quan phối hợp: ⟦Sở Kế hoạch và Đầu tư|support⟧, ⟦Kho bạc Nhà nước tỉnh|support⟧.',
  'Đơn vị thực hiện: ⟦Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh|assigned⟧.',
  '⟦Sở Y tế|lead⟧ (chủ trì), ⟦Sở Tài chính|support⟧ (phối hợp) xây dựng phương án.',
  '- ⟦UBND các huyện, thị xã, thành phố|assigned⟧: chỉ đạo ⟦UBND cấp xã|assigned⟧ rà soát, tổng hợp nhu cầu.',
  '- ⟦Sở Tài chính|lead⟧: chủ trì thẩm định dự toán.',
  'Hội nghị do ⟦Sở Kế hoạch và Đầu tư|assigned⟧ tổ chức đã thu hút 200 doanh nghiệp.',
  '⟦Sở Tài chính|assigned⟧ được giao nhiệm vụ thẩm định dự toán.',
];

/** Sentences whose organizations have no role in a task: nothing may be found. */
const NEGATIVES: string[] = [
  // Công văn 2917/SGDĐT-VP (Sở GD&ĐT Ninh Thuận, 2010): a report sent up to its addressees gives them no duty.
  'Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo.\nTheo báo cáo tổng hợp nhanh về tình hình thiệt hại do lũ lụt gây ra tính đến 17 giờ 00, ngày 04/11/2010.',
  // recipients of tham mưu / trình / báo cáo
  'Tiếp tục đẩy mạnh công tác rà soát, cập nhật các thủ tục hành chính, tham mưu UBND tỉnh kịp thời bãi bỏ, công bố mới thủ tục hành chính.',
  'Tổ chức thẩm định hoặc tham mưu Lãnh đạo Sở cho ý kiến kịp thời đối với các dự án đầu tư trên địa bàn tỉnh.',
  'Tổng hợp kết quả báo cáo UBND tỉnh, Bộ Khoa học và Công nghệ theo quy định.',
  'Trình UBND tỉnh đề xuất Bộ KH&CN ban hành Quyết định 1984/QĐ-BKH&CN ngày 27/7/2021 Phê duyệt danh mục nhiệm vụ KH&CN cấp quốc gia đặt hàng.',
  'Các đơn vị trực thuộc Tỉnh ủy; các cơ quan quản lý nhà nước; đơn vị trực thuộc UBND tỉnh tham mưu Tỉnh ủy, UBND tỉnh để nhân rộng các sáng kiến trên địa bàn toàn tỉnh.',
  'Hoàn thành và trình UBND tỉnh trong quý I/2020.',
  'tham mưu cho Ủy ban nhân dân tỉnh ban hành quy định về phân cấp quản lý.',
  // issuers of cited documents
  'Để triển khai thực hiện nội dung nhiệm vụ được giao tại Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP.',
  'Tiếp tục đẩy mạnh công tác rà soát trên cơ sở Quyết định công bố của Bộ Khoa học và Công nghệ.',
  'Triển khai Kế hoạch số 4632/KH-UBND của UBND tỉnh ngày 15/12/2020, thực hiện Quyết định số 100/QĐ-TTg ngày 19/01/2019 của Thủ tướng Chính phủ.',
  'Kết quả thực hiện Nghị quyết số 12-NQ/TU ngày 27/7/2021 của Ban chấp hành Đảng bộ tỉnh Điện Biên về cải cách hành chính.',
  'Quán triệt, thực hiện đồng bộ, đầy đủ các nhiệm vụ chung được UBND tỉnh giao tại Kế hoạch số 2199/KH-UBND ngày 14/7/2022.',
  'Theo đề nghị của Giám đốc Sở Kế hoạch\nvà Đầu tư tại Công văn số 1621/SKHĐT-TH ngày 29/9/2020.',
  // bodies inspected, places
  'Tổ chức triển khai thực hiện Kế hoạch kiểm tra năm 2021: chủ trì kiểm tra tại trụ sở 02 đơn vị là Chi cục Bảo vệ thực vật và Chi cục Thú y.',
  'Bố trí 03 công chức tham gia Đoàn kiểm tra tiến hành kiểm tra đối với 09 sở, ngành và 05 UBND cấp huyện.',
  'toàn tỉnh Điện Biên có 16 đơn đăng ký bảo hộ nhãn hiệu được nộp tại Cục Sở hữu trí tuệ, trong đó có 03 văn bằng bảo hộ nhãn hiệu được cấp.',
  'Niêm yết công khai 61/61 TTHC thuộc thẩm quyền giải quyết của Sở tại Bộ phận tiếp nhận và trả kết quả theo đúng quy định.',
  // persons and positions
  'Tăng cường trách nhiệm của Trưởng phòng chuyên môn, Thủ trưởng đơn vị trực thuộc Sở trong cải cách thủ tục hành chính.',
  'Để khắc phục những hạn chế, bất cập nêu trên, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, đơn vị, địa phương thực hiện một số nội dung, nhiệm vụ chủ yếu sau:',
  'd, Thủ trưởng các đơn vị; Chủ tịch UBND các huyện, thị xã, thành phố quan tâm tăng cường chỉ đạo hoạt động sáng kiến.',
  'Điều 3. Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.',
  'Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Kế hoạch và Đầu tư triển khai thực hiện.',
  // pure generics and common nouns that look like organ words
  '- Phân công trách nhiệm cụ thể, phù hợp chức năng, nhiệm vụ của các phòng, đơn vị đảm bảo thực hiện nhiệm vụ đạt hiệu quả cao.',
  'Các phòng, đơn vị chuyên môn thuộc Sở căn cứ vào nội dung kế hoạch, chức năng, nhiệm vụ tổ chức, phối hợp triển khai thực hiện kế hoạch này./.',
  '- Tiếp tục đẩy mạnh công tác phối hợp với các cơ quan chức năng hỗ trợ, cung cấp thông tin, kiến thức về khoa học và công nghệ.',
  'Hiện đang trong giai đoạn xin ý kiến tham gia của các sở, ban, ngành và tiến hành thực hiện các bước tiếp theo.',
  'Ban hành văn bản hướng dẫn doanh nghiệp thực hiện; tăng cường bảo hộ quyền sở hữu trí tuệ.',
  'Chủ trì thực hiện kiểm tra về đo lường chất lượng tại các chợ, trung tâm thương mại, điểm bán buôn, bán lẻ trên địa bàn.',
  'Hoạt động của Hội đồng khoa học và công nghệ cấp cơ sở chưa thường xuyên.',
  // the issuing Sở named only in the title, the editor's byline, the recipients list
  'Kế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Sở Khoa học và Công nghệ năm 2022',
  '                                                   Văn phòng Sở Khoa học và Công nghệ',
  'Nơi nhận:\n\n- Sở KH&ĐT;\n- Giám đốc Sở (b/c);\n- Lưu: VT, VP, QLCN, TĐC.',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH CỦA UBND TỈNH',
  'Căn cứ Thông tư số 144/2017/TT-BTC ngày 29 tháng 12 năm 2017 của Bộ Tài chính hướng dẫn một số nội dung.',
  'Ngày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg và Bộ Tài chính đã ban hành Công văn số 5555/BTC-NSNN.',
  'Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn (Cơ quan Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh) tại Tờ trình số 65/TTr-SNN.',
  'Báo cáo Ủy ban nhân dân tỉnh, Bộ Tài chính theo quy định.',
  'Kết quả: Sở Tư pháp: 12 văn bản; Sở Y tế: 05 văn bản.',
  'Cơ quan ban hành: Ủy ban nhân dân tỉnh Lào Cai',
  'Quy chế phối hợp do UBND tỉnh ban hành tại Quyết định số 12/2021/QĐ-UBND.',
  'Đồng chí Nguyễn Thành Hải, Giám đốc Sở Kế hoạch và Đầu tư báo cáo tóm tắt tình hình kinh tế - xã hội tháng 02.',
  'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Khoa học và Công nghệ, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.',
  'Căn cứ Quyết định số 12/2021/QĐ-UBND ngày 05/3/2021 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ;',
];


const MARK = /⟦([^|⟧]+)\|(lead|support|assigned)⟧/gu;

/**
 * Reads a marked sentence: the plain text and the expected (name, role) pairs.
 * Marks after the last sentence (` ⟦Sở Nội vụ|lead⟧`) are roles the text gives
 * without naming the unit there (an implied subject): expected, not text.
 */
function readMarked(marked: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const key = (name: string, role: string) => `${name.normalize('NFC').toLowerCase()}|${role}`;
  const tail = /(?: ⟦[^⟧]*⟧)+$/u.exec(marked);
  const body = tail ? marked.slice(0, tail.index) : marked;
  if (tail) for (const m of tail[0].matchAll(MARK)) expected.push(key(m[1], m[2]));
  const text = body.replace(MARK, (_m, name: string, role: string) => {
    expected.push(key(name, role));
    return name;
  });
  return { text, expected: [...new Set(expected)].sort() };
}

function run(text: string): Unit[] {
  return findUnits(sentenceContext(text));
}

describe('findUnits', () => {
  it('should have at least 40 positive sentences and 25 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(25);
  });

  describe('should find every marked unit with its role, and nothing else', () => {
    for (const marked of POSITIVES) {
      const { text, expected } = readMarked(marked);
      it(text.slice(0, 90), () => {
        const got = [...new Set(run(text).map((u) => `${u.name.normalize('NFC').toLowerCase()}|${u.role}`))].sort();
        expect(got).toEqual(expected);
      });
    }
  });

  describe('should find no unit where organizations have no role in a task', () => {
    for (const text of NEGATIVES) {
      it(text.trim().slice(0, 90), () => {
        expect(run(text).map((u) => `${u.name}|${u.role}`)).toEqual([]);
      });
    }
  });

  it('should give offsets that slice to the name, and the sentence around it', () => {
    const text = 'Mở đầu.\nb, Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí ngân sách. Câu sau.';
    const units = run(text);
    expect(units.map((u) => u.name)).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']);
    for (const u of units) {
      expect(text.slice(u.start, u.end)).toBe(u.name);
      expect(text.slice(u.sentence.start, u.sentence.end)).toBe('Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu bố trí ngân sách.');
      expect(u.section).toBe('');
    }
  });

  it('should keep one entry per lower-cased name and role, at its first occurrence, in document order', () => {
    const text = 'Phối hợp với Sở Công thương kiểm tra.\nPhối hợp với sở Công thương xử lý.\nSở Công Thương tăng cường kiểm soát.';
    const units = run(text);
    expect(units.map((u) => [u.name, u.role])).toEqual([['Sở Công thương', 'support'], ['Sở Công Thương', 'assigned']]);
    expect(units[0].start).toBe(text.indexOf('Sở Công thương'));
  });

  it('should spell out abbreviations and proper-case the organ word in canonical', () => {
    const text = '- Kế hoạch đo lường : Chi cục TC- ĐL-CL chủ trì.\nc, UBND các huyện/thị xã/thành phố bố trí công chức. Phối hợp với sở Công thương kiểm tra.';
    const byName = Object.fromEntries(run(text).map((u) => [u.name, u.canonical]));
    expect(byName).toEqual({
      'Chi cục TC- ĐL-CL': 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'UBND các huyện/thị xã/thành phố': 'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'sở Công thương': 'Sở Công thương',
    });
  });

  it("should read the document's own abbreviation into canonical", () => {
    const text = 'Sở Khoa học và Công nghệ (sau đây gọi tắt là Sở KHCN) chủ trì thực hiện. Sở KHCN tổng hợp báo cáo.';
    const units = run(text);
    expect(units.map((u) => [u.name, u.canonical, u.role])).toEqual([
      ['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'lead'],
      ['Sở KHCN', 'Sở Khoa học và Công nghệ', 'assigned'],
    ]);
  });

  it('should complete a bare name with the scope the document gives it elsewhere', () => {
    const text = '- Phối hợp với Liên minh hợp tác xã tỉnh đẩy mạnh hỗ trợ.\nd, Liên minh Hợp tác xã, Hiệp hội doanh nghiệp tỉnh tăng cường phổ biến.';
    const lm = run(text).filter((u) => u.name.toLowerCase().startsWith('liên minh'));
    expect(lm.map((u) => u.canonical.toLowerCase())).toEqual(['liên minh hợp tác xã tỉnh', 'liên minh hợp tác xã tỉnh']);
  });

  it('should never throw and return nothing on empty or odd input', () => {
    expect(run('')).toEqual([]);
    expect(run('Sở')).toEqual([]);
    expect(run('(((((((((( Sở Y tế ((((((')).toEqual([]);
    expect(run('Sở '.repeat(5000))).toEqual([]);
  });
});
