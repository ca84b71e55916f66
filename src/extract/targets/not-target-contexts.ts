import { foldMatch } from './fold-match.js';

/**
 * The contexts that make a number something other than a counted figure,
 * as data. Each entry holds the words (folded: lower case, new-style tone
 * placement) and a real example the negative test runs; the test checks
 * that no target is found in the example.
 */
export interface NotTargetContext {
  /** One to three words, space separated, folded. */
  words: string;
  example: string;
  /**
   * The word is also a verb that takes a count (`Cấp 30 giấy phép`): it makes
   * no label when a noun of the lexicon follows the number. The example shows it.
   */
  alsoVerb?: string;
}

/**
 * Words right before a number that make it a label, a grade, a date part,
 * a name or a reference, not a count: `mức độ 4`, `nhóm 2`, `khoản 2 Điều 5`,
 * `Đề án 996`, `năm 2022`, `ngày 10`.
 */
export const LABEL_WORDS_BEFORE: readonly NotTargetContext[] = [
  // calendar parts
  { words: 'năm', example: 'Giải thưởng chất lượng quốc gia năm 2022 được phát động.' },
  { words: 'tháng', example: 'từ tháng 5 đến hết tháng 12 năm 2022' },
  { words: 'ngày', example: 'Định kỳ hàng quý (trước ngày 10 của tháng cuối quý), báo cáo UBND tỉnh.' },
  { words: 'quý', example: 'hoàn thành trong quý 3 năm 2022' },
  { words: 'tuần', example: 'báo cáo vào tuần 2 hằng tháng' },
  { words: 'giờ', example: 'Hội nghị bắt đầu lúc 8 giờ 30 phút' },
  { words: 'lúc', example: 'khai mạc lúc 14 giờ ngày thứ Năm' },
  { words: 'khóa', example: 'Nghị quyết Đại hội Đảng bộ tỉnh khóa 15 nhiệm kỳ 2020 - 2025' },
  { words: 'nhiệm kỳ', example: 'Hội đồng nhân dân tỉnh nhiệm kỳ 2 chưa ban hành' },
  { words: 'kỳ họp', example: 'tại kỳ họp 4 Hội đồng nhân dân tỉnh thông qua' },
  // levels, classes, grades, ordinals
  { words: 'mức độ', example: 'khuyến khích tham gia thực hiện thủ tục hành chính trực tuyến mức độ 3, mức độ 4' },
  { words: 'cấp độ', example: 'Nâng tỷ lệ hồ sơ giải quyết TTHC thông qua dịch vụ công trực tuyến cấp độ 4 đạt yêu cầu.' },
  { words: 'mức', example: 'hỗ trợ theo mức 2 quy định tại Nghị quyết' },
  { words: 'cấp', example: 'bảo đảm an toàn hệ thống thông tin cấp 2 trở lên', alsoVerb: 'Cấp 30 giấy phép tiến hành công việc bức xạ.' },
  { words: 'độ', example: 'động đất độ 5 không gây thiệt hại' },
  { words: 'nhóm', example: 'đảm bảo kiểm soát phương tiện đo nhóm 2 sử dụng trong buôn bán' },
  { words: 'loại', example: 'xếp loại 1 theo quy định' },
  { words: 'hạng', example: 'bệnh viện hạng 1 của tỉnh' },
  { words: 'bậc', example: 'công chức ngạch chuyên viên bậc 3 được nâng lương' },
  { words: 'thứ', example: 'Hội nghị lần thứ 4 Ban Chấp hành Trung ương' },
  { words: 'lần', example: 'sửa đổi lần 2 quy chế làm việc' },
  { words: 'giai đoạn', example: 'triển khai giai đoạn 2 của dự án' },
  { words: 'đợt', example: 'kết quả xét tuyển đợt 1 năm học mới' },
  { words: 'bước', example: 'thực hiện bước 3 của quy trình' },
  { words: 'vòng', example: 'vào vòng 2 cuộc thi khởi nghiệp' },
  { words: 'phiên bản', example: 'nâng cấp phần mềm lên phiên bản 3 trong quý tới' },
  // parts of documents
  { words: 'khoản', example: 'theo quy định tại khoản 2 Điều 5 Thông tư' },
  { words: 'điều', example: 'theo quy định tại khoản 2 Điều 5 Thông tư' },
  { words: 'điểm', example: 'quy định tại điểm b khoản 1 Điều 3 Nghị định' },
  { words: 'mục', example: 'nội dung tại mục 2 phần II Kế hoạch' },
  { words: 'chương', example: 'quy định tại Chương 3 Luật' },
  { words: 'phần', example: 'nội dung tại phần 2 Kế hoạch này' },
  { words: 'phụ lục', example: 'chi tiết tại Phụ lục 2 kèm theo' },
  { words: 'biểu', example: 'số liệu theo biểu 01 đính kèm' },
  { words: 'mẫu số', example: 'theo Mẫu số 02 ban hành kèm theo Thông tư' },
  { words: 'trang', example: 'xem chi tiết trang 5 báo cáo' },
  { words: 'số', example: 'Chương trình số 14 của Tỉnh ủy' },
  // names of programmes, documents, standards, places
  { words: 'đề án', example: 'tham gia hội nghị tập huấn “Tổng quan về Đề án 996 và hoạt động đo lường”' },
  { words: 'chương trình', example: 'thực hiện Chương trình 135 giai đoạn III' },
  { words: 'dự án', example: 'thực hiện Dự án 3 thuộc Chương trình mục tiêu quốc gia' },
  { words: 'tiểu dự án', example: 'thực hiện Tiểu dự án 2 của Chương trình' },
  { words: 'nghị quyết', example: 'triển khai Nghị quyết 57 của Bộ Chính trị' },
  { words: 'quyết định', example: 'thực hiện Quyết định 1984 của Bộ' },
  { words: 'chỉ thị', example: 'thực hiện nghiêm Chỉ thị 15 của Thủ tướng' },
  { words: 'kế hoạch', example: 'thực hiện Kế hoạch 47 của Ủy ban nhân dân tỉnh' },
  { words: 'công văn', example: 'theo Công văn 2550 của Sở Kế hoạch và Đầu tư' },
  { words: 'thông tư', example: 'theo Thông tư 15 của Bộ Khoa học và Công nghệ' },
  { words: 'nghị định', example: 'theo Nghị định 61 của Chính phủ' },
  { words: 'luật', example: 'áp dụng Luật 05 về chất lượng sản phẩm' },
  { words: 'trung ương', example: 'quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XII' },
  { words: 'iso', example: 'theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015' },
  { words: 'tcvn', example: 'áp dụng tiêu chuẩn TCVN 5699 về an toàn' },
  { words: 'covid', example: 'do diễn biến phức tạp của dịch bệnh Covid 19 trên địa bàn tỉnh' },
  { words: 'quốc lộ', example: 'nâng cấp tuyến Quốc lộ 4 đoạn qua tỉnh' },
  { words: 'tỉnh lộ', example: 'mở rộng Tỉnh lộ 151 qua huyện' },
  { words: 'đường', example: 'trụ sở tại đường 30 tháng 4' },
  { words: 'phường', example: 'trụ sở tại Phường 5 thành phố' },
  { words: 'quận', example: 'tại Quận 1 Thành phố Hồ Chí Minh' },
  { words: 'tổ', example: 'người dân tổ 12 phường Kim Tân' },
  { words: 'thôn', example: 'nhân dân thôn 3 xã Hợp Thành' },
  { words: 'ấp', example: 'tại ấp 4 xã Long Hòa' },
  { words: 'khóm', example: 'tại khóm 2 phường 7' },
  { words: 'khu', example: 'người dân khu 5 thị trấn' },
  { words: 'khu phố', example: 'tại Khu phố 3 phường Tân Phú' },
  { words: 'lô', example: 'tại lô 12 khu công nghiệp' },
  { words: 'tầng', example: 'phòng họp tầng 3 trụ sở' },
  { words: 'phòng', example: 'họp tại phòng 201 nhà A' },
  { words: 'lớp', example: 'học sinh lớp 12 tham gia cuộc thi' },
  // contacts
  { words: 'điện thoại', example: 'liên hệ số điện thoại 0214 3840 123' },
  { words: 'đt', example: 'ĐT 0214 3840 123' },
  { words: 'fax', example: 'Fax 0214 3840 124' },
  { words: 'hotline', example: 'gọi hotline 1022 để phản ánh' },
  { words: 'tổng đài', example: 'phản ánh qua tổng đài 1022 của tỉnh' },
];

/**
 * Compounds whose last syllable is a label word but which are no label: the
 * number after them counts (`Danh mục 15 nhiệm vụ`, `cung cấp 45 bộ tài liệu`).
 */
export const LABEL_COMPOUNDS: readonly NotTargetContext[] = [
  { words: 'danh mục', example: 'Phụ lục: Danh mục 15 nhiệm vụ trọng tâm năm 2024.' },
  { words: 'hạng mục', example: 'đầu tư các hạng mục 05 phòng học và 01 nhà đa năng' },
  { words: 'chuyên mục', example: 'duy trì chuyên mục 04 chuyên đề mỗi tháng' },
  { words: 'cung cấp', example: 'cung cấp 45 bộ tài liệu hướng dẫn cho các xã' },
  { words: 'phân cấp', example: 'phân cấp 12 nhiệm vụ cho cấp huyện' },
  { words: 'địa điểm', example: 'bố trí địa điểm 03 điểm cầu trực tuyến' },
  { words: 'thành phần', example: 'gồm thành phần 15 đại biểu' },
  { words: 'định mức', example: 'áp dụng định mức 02 cán bộ mỗi đoàn' },
  { words: 'dân số', example: 'toàn tỉnh có dân số 1,2 triệu người' },
  { words: 'mật độ', example: 'khu vực có mật độ 350 người/km2' },
  { words: 'tốc độ', example: 'xe chạy với tốc độ 60 km/giờ' },
  { words: 'nhiệt độ', example: 'bảo quản ở nhiệt độ 25 độ C' },
];

/**
 * Nouns right after a number that make it a duration, a time, an age or a
 * grade, not a count: `6 tháng`, `30 ngày`, `05 ngày làm việc`, `60 tuổi`, `4 sao`.
 */
export const DURATION_NOUNS: readonly NotTargetContext[] = [
  { words: 'năm', example: 'trong thời hạn 02 năm kể từ ngày được cấp' },
  { words: 'tháng', example: 'báo cáo Công tác cải cách hành chính Nhà nước 6 tháng đầu năm 2021' },
  { words: 'ngày', example: 'trả lời trong vòng 30 ngày kể từ ngày nhận hồ sơ' },
  { words: 'tuần', example: 'hoàn thành trong 02 tuần' },
  { words: 'quý', example: 'sau 2 quý thực hiện' },
  { words: 'giờ', example: 'khai mạc lúc 8 giờ 30 phút' },
  { words: 'phút', example: 'mỗi báo cáo không quá 15 phút' },
  { words: 'giây', example: 'thời gian phản hồi dưới 3 giây' },
  { words: 'tiếng', example: 'diễn ra trong 4 tiếng' },
  { words: 'tuổi', example: 'người cao tuổi trên 60 tuổi được miễn phí' },
  { words: 'thập kỷ', example: 'trong 2 thập kỷ qua' },
  // a grade, not a count (spec: levels and grades are no targets), as OCOP plans rate products
  { words: 'sao', example: 'sản phẩm được công nhận đạt chuẩn OCOP 4 sao trở lên' },
];

/**
 * Function words, verbs and adjectives that cannot be the noun a number
 * counts: a number followed by one of them counts nothing (`Đề án 996 và`,
 * `Lượt xem 42 của`).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(([
  'và', 'của', 'theo', 'tại', 'về', 'cho', 'là', 'có', 'được', 'bị', 'đã', 'sẽ', 'đang', 'với',
  'trong', 'trên', 'dưới', 'ngoài', 'từ', 'đến', 'tới', 'để', 'nhằm', 'do', 'bởi', 'thì', 'mà',
  'nên', 'hoặc', 'hay', 'này', 'đó', 'kia', 'nào', 'gì', 'cũng', 'đều', 'vẫn', 'còn', 'chỉ',
  'rất', 'trở', 'so', 'trước', 'sau', 'lên', 'xuống', 'ra', 'vào', 'hơn', 'như', 'khi', 'nếu',
  'thuộc', 'gồm', 'bao', 'đạt', 'tăng', 'giảm', 'ngày', 'năm', 'tháng', 'giữa', 'qua', 'vì',
  'nhưng', 'không', 'chưa', 'cùng', 'các', 'những', 'mỗi', 'một', 'v/v', 'kèm', 'ban', 'đi',
] as const).map(foldMatch));

const build = (list: readonly NotTargetContext[]): ReadonlySet<string> => new Set(list.map((e) => foldMatch(e.words)));

/** LABEL_WORDS_BEFORE as a set of folded one-to-three-word strings. */
export const LABEL_WORD_SET = build(LABEL_WORDS_BEFORE);
/** The label words that are also verbs taking a count (see `alsoVerb`). */
export const LABEL_VERB_SET: ReadonlySet<string> = new Set(LABEL_WORDS_BEFORE.filter((e) => e.alsoVerb).map((e) => foldMatch(e.words)));
/** LABEL_COMPOUNDS as a set of folded two-word strings. */
export const LABEL_COMPOUND_SET = build(LABEL_COMPOUNDS);
/** DURATION_NOUNS as a set of folded words. */
export const DURATION_NOUN_SET = build(DURATION_NOUNS);
