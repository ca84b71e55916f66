/**
 * The words of organ names, as data for proper-casing a header printed in
 * capitals and for reading issuers from symbols. Each entry carries an example
 * (capitals in → proper case out) that a test runs.
 */

/**
 * Fixed phrases whose case cannot be derived by rule (an organ head plus
 * capitalized fields): they are written as here wherever they occur.
 */
export const FIXED_PHRASES: readonly { phrase: string; example: [string, string] }[] = [
  { phrase: 'Ủy ban nhân dân', example: ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Ủy ban nhân dân tỉnh Lào Cai'] },
  { phrase: 'Hội đồng nhân dân', example: ['HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH', 'Hội đồng nhân dân tỉnh Quảng Ninh'] },
  { phrase: 'Ủy ban Mặt trận Tổ quốc Việt Nam', example: ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái'] },
  { phrase: 'Ủy ban Thường vụ Quốc hội', example: ['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Ủy ban Thường vụ Quốc hội'] },
  { phrase: 'Thủ tướng Chính phủ', example: ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'] },
  { phrase: 'Văn phòng Chính phủ', example: ['VĂN PHÒNG CHÍNH PHỦ', 'Văn phòng Chính phủ'] },
  { phrase: 'Chính phủ', example: ['CHÍNH PHỦ', 'Chính phủ'] },
  { phrase: 'Quốc hội', example: ['QUỐC HỘI', 'Quốc hội'] },
  { phrase: 'Ban Chấp hành Trung ương', example: ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương'] },
  { phrase: 'Ban Chấp hành', example: ['BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ĐIỆN BIÊN', 'Ban Chấp hành Đảng bộ tỉnh Điện Biên'] },
  { phrase: 'Ban Thường vụ', example: ['BAN THƯỜNG VỤ TỈNH ỦY', 'Ban Thường vụ Tỉnh ủy'] },
  { phrase: 'Đảng bộ', example: ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH', 'Đảng bộ khối các cơ quan tỉnh'] },
  { phrase: 'Đảng ủy', example: ['ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH', 'Đảng ủy khối doanh nghiệp tỉnh'] },
  { phrase: 'Tỉnh ủy', example: ['TỈNH ỦY LÀO CAI', 'Tỉnh ủy Lào Cai'] },
  { phrase: 'Thành ủy', example: ['THÀNH ỦY HÀ NỘI', 'Thành ủy Hà Nội'] },
  { phrase: 'Huyện ủy', example: ['HUYỆN ỦY BẢO THẮNG', 'Huyện ủy Bảo Thắng'] },
  { phrase: 'Công Thương', example: ['SỞ CÔNG THƯƠNG TỈNH NGHỆ AN', 'Sở Công Thương tỉnh Nghệ An'] },
  { phrase: 'Ngân hàng Nhà nước Việt Nam', example: ['NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', 'Ngân hàng Nhà nước Việt Nam'] },
  { phrase: 'Kiểm toán Nhà nước', example: ['KIỂM TOÁN NHÀ NƯỚC', 'Kiểm toán Nhà nước'] },
  { phrase: 'Kho bạc Nhà nước', example: ['KHO BẠC NHÀ NƯỚC TỈNH TRÀ VINH', 'Kho bạc Nhà nước tỉnh Trà Vinh'] },
  { phrase: 'Bảo hiểm xã hội', example: ['BẢO HIỂM XÃ HỘI TỈNH LONG AN', 'Bảo hiểm xã hội tỉnh Long An'] },
  { phrase: 'Công an', example: ['CÔNG AN TỈNH LÀO CAI', 'Công an tỉnh Lào Cai'] },
  { phrase: 'Bộ Chỉ huy Quân sự', example: ['BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN', 'Bộ Chỉ huy Quân sự tỉnh Điện Biên'] },
  { phrase: 'Tòa án nhân dân', example: ['TÒA ÁN NHÂN DÂN TỐI CAO', 'Tòa án nhân dân tối cao'] },
  { phrase: 'Viện kiểm sát nhân dân', example: ['VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO', 'Viện kiểm sát nhân dân tối cao'] },
  { phrase: 'Việt Nam', example: ['VIỆN KHOA HỌC XÃ HỘI VIỆT NAM', 'Viện Khoa học xã hội Việt Nam'] },
  { phrase: 'Đài Phát thanh và Truyền hình', example: ['ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH LÀO CAI', 'Đài Phát thanh và Truyền hình tỉnh Lào Cai'] },
];

/**
 * Organ heads: the word that starts the name of a body whose fields follow,
 * each field capitalized (`Sở Kế hoạch và Đầu tư`, `Bộ Văn hóa, Thể thao và Du lịch`).
 * Longer heads first so that `Chi cục` wins over `Cục`.
 */
export const ORGAN_HEADS: readonly { head: string; example: [string, string] }[] = [
  { head: 'Tổng cục', example: ['TỔNG CỤC THỐNG KÊ', 'Tổng cục Thống kê'] },
  { head: 'Chi cục', example: ['CHI CỤC THỦY LỢI', 'Chi cục Thủy lợi'] },
  { head: 'Cục', example: ['CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LÀO CAI', 'Cục Quản lý thị trường tỉnh Lào Cai'] },
  { head: 'Sở', example: ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Sở Khoa học và Công nghệ'] },
  { head: 'Bộ', example: ['BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Bộ Văn hóa, Thể thao và Du lịch'] },
  { head: 'Văn phòng', example: ['VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH', 'Văn phòng Ủy ban nhân dân tỉnh'] },
  { head: 'Phòng', example: ['PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Phòng Tài nguyên và Môi trường'] },
  { head: 'Ban', example: ['BAN QUẢN LÝ CÁC KHU KINH TẾ TỈNH', 'Ban Quản lý các khu kinh tế tỉnh'] },
  { head: 'Trung tâm', example: ['TRUNG TÂM KHUYẾN NÔNG TỈNH', 'Trung tâm Khuyến nông tỉnh'] },
  { head: 'Thanh tra', example: ['THANH TRA CHÍNH PHỦ', 'Thanh tra Chính phủ'] },
  { head: 'Viện', example: ['VIỆN KHOA HỌC XÃ HỘI VIỆT NAM', 'Viện Khoa học xã hội Việt Nam'] },
  { head: 'Vụ', example: ['VỤ PHÁP CHẾ', 'Vụ Pháp chế'] },
  { head: 'Ủy ban', example: ['ỦY BAN DÂN TỘC', 'Ủy ban Dân tộc'] },
  { head: 'Hội đồng', example: ['HỘI ĐỒNG THI ĐUA KHEN THƯỞNG TỈNH', 'Hội đồng Thi đua khen thưởng tỉnh'] },
];

/** Words that start a territory, lower case inside a name (`tỉnh Lào Cai`). Longer first. */
export const TERRITORY_WORDS: readonly string[] = ['thành phố', 'thị trấn', 'thị xã', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];

/**
 * Abbreviations printed in headers and symbols, spelt out before casing.
 * The key is matched as a whole word in capitals.
 */
export const HEADER_ABBREVIATIONS: readonly { abbr: string; full: string; example: [string, string] }[] = [
  { abbr: 'UBND', full: 'ỦY BAN NHÂN DÂN', example: ['UBND TỈNH ĐIỆN BIÊN', 'Ủy ban nhân dân tỉnh Điện Biên'] },
  { abbr: 'HĐND', full: 'HỘI ĐỒNG NHÂN DÂN', example: ['HĐND TỈNH LÀO CAI', 'Hội đồng nhân dân tỉnh Lào Cai'] },
  { abbr: 'KH&CN', full: 'KHOA HỌC VÀ CÔNG NGHỆ', example: ['SỞ KH&CN TỈNH LONG AN', 'Sở Khoa học và Công nghệ tỉnh Long An'] },
  { abbr: 'KHCN', full: 'KHOA HỌC VÀ CÔNG NGHỆ', example: ['SỞ KHCN TỈNH LONG AN', 'Sở Khoa học và Công nghệ tỉnh Long An'] },
  { abbr: 'KH&ĐT', full: 'KẾ HOẠCH VÀ ĐẦU TƯ', example: ['SỞ KH&ĐT', 'Sở Kế hoạch và Đầu tư'] },
  { abbr: 'TN&MT', full: 'TÀI NGUYÊN VÀ MÔI TRƯỜNG', example: ['SỞ TN&MT', 'Sở Tài nguyên và Môi trường'] },
  { abbr: 'NN&PTNT', full: 'NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', example: ['SỞ NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'] },
  { abbr: 'GD&ĐT', full: 'GIÁO DỤC VÀ ĐÀO TẠO', example: ['SỞ GD&ĐT', 'Sở Giáo dục và Đào tạo'] },
  { abbr: 'TT&TT', full: 'THÔNG TIN VÀ TRUYỀN THÔNG', example: ['SỞ TT&TT', 'Sở Thông tin và Truyền thông'] },
  { abbr: 'TP.', full: 'THÀNH PHỐ', example: ['UBND TP. HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'] },
  { abbr: 'TP', full: 'THÀNH PHỐ', example: ['UBND TP HÀ NỘI', 'Ủy ban nhân dân thành phố Hà Nội'] },
];

/**
 * The issuing-body part of a số ký hiệu (`13/CT-UBND`, `/BC-SKHCN`), for a header
 * that prints no issuer lines. Keys are compared in capitals without `&` and `-`.
 */
export const ISSUER_CODES: readonly { code: string; organ: string; example: string }[] = [
  { code: 'UBND', organ: 'Ủy ban nhân dân', example: '13/CT-UBND' },
  { code: 'HĐND', organ: 'Hội đồng nhân dân', example: '80/2019/NQ-HĐND' },
  { code: 'SKHCN', organ: 'Sở Khoa học và Công nghệ', example: '/BC-SKHCN' },
  { code: 'SKHĐT', organ: 'Sở Kế hoạch và Đầu tư', example: '2550/SKHĐT-XTĐT' },
  { code: 'STC', organ: 'Sở Tài chính', example: '1020/STC-QLNS' },
  { code: 'SNV', organ: 'Sở Nội vụ', example: '512/SNV-CCHC' },
  { code: 'SYT', organ: 'Sở Y tế', example: '215/KH-SYT' },
  { code: 'SGDĐT', organ: 'Sở Giáo dục và Đào tạo', example: '1200/SGDĐT-GDTrH' },
  { code: 'SXD', organ: 'Sở Xây dựng', example: '88/SXD-QLXD' },
  { code: 'STNMT', organ: 'Sở Tài nguyên và Môi trường', example: '77/BC-STNMT' },
  { code: 'SNNPTNT', organ: 'Sở Nông nghiệp và Phát triển nông thôn', example: '45/KH-SNNPTNT' },
  { code: 'SCT', organ: 'Sở Công Thương', example: '301/SCT-QLTM' },
  { code: 'STTTT', organ: 'Sở Thông tin và Truyền thông', example: '12/KH-STTTT' },
  { code: 'SLĐTBXH', organ: 'Sở Lao động - Thương binh và Xã hội', example: '90/BC-SLĐTBXH' },
  { code: 'SVHTTDL', organ: 'Sở Văn hóa, Thể thao và Du lịch', example: '33/KH-SVHTTDL' },
  { code: 'STP', organ: 'Sở Tư pháp', example: '19/BC-STP' },
  { code: 'CP', organ: 'Chính phủ', example: '02/NQ-CP' },
  { code: 'TTG', organ: 'Thủ tướng Chính phủ', example: '2205/QĐ-TTg' },
  { code: 'BTC', organ: 'Bộ Tài chính', example: '40/2021/TT-BTC' },
  { code: 'BKHCN', organ: 'Bộ Khoa học và Công nghệ', example: '1984/QĐ-BKH&CN' },
  { code: 'BKHĐT', organ: 'Bộ Kế hoạch và Đầu tư', example: '05/CT-BKHĐT' },
  { code: 'BNV', organ: 'Bộ Nội vụ', example: '01/2011/TT-BNV' },
  { code: 'BYT', organ: 'Bộ Y tế', example: '2008/QĐ-BYT' },
  { code: 'TU', organ: 'Tỉnh ủy', example: '12-NQ/TU' },
];
