/**
 * The organ words that open the name of an organization, and what must follow
 * each one for it to be a name rather than a common noun (`Ban hành`, `Bộ
 * phận`, `trung tâm thương mại`, `sở hữu`).
 *
 * - `named`: a name word must follow (`Sở Tài chính`, `Phòng Quản lý công nghệ`).
 * - `scoped`: a scope must follow (`UBND tỉnh`, `UBND cấp huyện`, `Công an tỉnh`).
 * - `complete`: the words are a name by themselves (`Tỉnh đoàn`, `Kho bạc Nhà nước`).
 *
 * `lowerName`: the first name word may be lower case when the organ word is
 * capitalized (`Trung tâm đào tạo Nghiệp vụ …`, `Hội đồng sáng kiến cấp cơ sở`).
 * `capOrgan`: the organ word itself must be capitalized (lower-case `công an`,
 * `hội`, `đoàn` are common nouns); otherwise a lower-case organ word counts
 * when the name word after it is capitalized (`sở Công thương`).
 * `notNext`: lower-case syllables that make a common compound, never a name.
 */
export interface OrganWord {
  phrase: string;
  kind: 'named' | 'scoped' | 'complete';
  lowerName?: boolean;
  capOrgan?: boolean;
  notNext?: readonly string[];
  /** The canonical spelling of the organ word (abbreviations spelled out). */
  full?: string;
  /** A real mention, with the whole name, that a test reads. */
  example: string;
}

export const ORGAN_WORDS: readonly OrganWord[] = [
  { phrase: 'sở', kind: 'named', example: 'Sở Kế hoạch và Đầu tư' },
  { phrase: 'phòng', kind: 'named', example: 'Phòng Quản lý công nghệ' },
  { phrase: 'chi cục', kind: 'named', example: 'Chi cục TC- ĐL-CL' },
  { phrase: 'cục', kind: 'named', example: 'Cục Quản lý thị trường tỉnh' },
  { phrase: 'tổng cục', kind: 'named', example: 'Tổng cục Tiêu chuẩn Đo lường Chất lượng' },
  { phrase: 'trung tâm', kind: 'named', lowerName: true, notNext: ['thương', 'hành', 'điểm'], example: 'Trung tâm đào tạo Nghiệp vụ Tiêu chuẩn Đo lường Chất lượng' },
  { phrase: 'ban', kind: 'named', lowerName: true, notNext: ['hành', 'ngành', 'đầu', 'ngày', 'đêm', 'bố', 'bè', 'biên', 'nãy', 'phát', 'cho', 'tặng', 'cấp', 'giám'], example: 'Ban Quản lý các Khu kinh tế tỉnh' },
  { phrase: 'bql', kind: 'named', lowerName: true, full: 'Ban Quản lý', example: 'BQL các Khu kinh tế tỉnh' },
  { phrase: 'bộ', kind: 'named', example: 'Bộ Khoa học và Công nghệ' },
  { phrase: 'bộ đội biên phòng', kind: 'scoped', capOrgan: true, example: 'Bộ đội Biên phòng tỉnh' },
  { phrase: 'viện', kind: 'named', lowerName: true, capOrgan: false, notNext: ['dẫn', 'trợ', 'phí', 'lý', 'cớ'], example: 'Viện Năng suất Việt Nam' },
  { phrase: 'học viện', kind: 'named', capOrgan: true, example: 'Học viện Nông nghiệp Việt Nam' },
  { phrase: 'văn phòng', kind: 'named', example: 'Văn phòng Sở' },
  { phrase: 'ủy ban nhân dân', kind: 'scoped', full: 'Ủy ban nhân dân', example: 'Ủy ban nhân dân tỉnh Trà Vinh' },
  { phrase: 'ubnd', kind: 'scoped', full: 'Ủy ban nhân dân', example: 'UBND các huyện, thị xã, thành phố' },
  { phrase: 'ủy ban', kind: 'named', capOrgan: true, example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
  { phrase: 'ubmttq', kind: 'scoped', full: 'Ủy ban Mặt trận Tổ quốc', example: 'UBMTTQ tỉnh' },
  { phrase: 'hội đồng nhân dân', kind: 'scoped', full: 'Hội đồng nhân dân', example: 'Hội đồng nhân dân tỉnh' },
  { phrase: 'hđnd', kind: 'scoped', full: 'Hội đồng nhân dân', example: 'HĐND tỉnh' },
  { phrase: 'hội đồng', kind: 'named', lowerName: true, capOrgan: true, example: 'Hội đồng sáng kiến cấp cơ sở' },
  { phrase: 'công an', kind: 'scoped', capOrgan: true, example: 'Công an tỉnh' },
  { phrase: 'tỉnh ủy', kind: 'complete', capOrgan: true, example: 'Tỉnh ủy' },
  { phrase: 'thành ủy', kind: 'complete', capOrgan: true, example: 'Thành ủy' },
  { phrase: 'huyện ủy', kind: 'complete', capOrgan: true, example: 'Huyện ủy' },
  { phrase: 'tỉnh đoàn', kind: 'complete', capOrgan: true, example: 'Tỉnh đoàn' },
  { phrase: 'thành đoàn', kind: 'complete', capOrgan: true, example: 'Thành đoàn' },
  { phrase: 'liên minh', kind: 'named', lowerName: true, capOrgan: true, example: 'Liên minh hợp tác xã tỉnh' },
  { phrase: 'hiệp hội', kind: 'named', lowerName: true, capOrgan: true, example: 'Hiệp hội doanh nghiệp tỉnh' },
  { phrase: 'hội', kind: 'named', capOrgan: true, example: 'Hội Liên hiệp Phụ nữ tỉnh' },
  { phrase: 'liên đoàn', kind: 'named', capOrgan: true, example: 'Liên đoàn Lao động tỉnh' },
  { phrase: 'đoàn', kind: 'named', capOrgan: true, example: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  { phrase: 'đài', kind: 'named', capOrgan: true, example: 'Đài Phát thanh và Truyền hình tỉnh' },
  { phrase: 'báo', kind: 'named', capOrgan: true, example: 'Báo Lào Cai' },
  { phrase: 'bảo hiểm xã hội', kind: 'scoped', capOrgan: true, example: 'Bảo hiểm xã hội tỉnh' },
  { phrase: 'bhxh', kind: 'scoped', full: 'Bảo hiểm xã hội', example: 'BHXH tỉnh' },
  { phrase: 'kho bạc nhà nước', kind: 'complete', capOrgan: true, example: 'Kho bạc Nhà nước tỉnh' },
  { phrase: 'kbnn', kind: 'complete', full: 'Kho bạc Nhà nước', example: 'KBNN tỉnh' },
  { phrase: 'ngân hàng', kind: 'named', capOrgan: true, example: 'Ngân hàng Nhà nước chi nhánh tỉnh' },
  { phrase: 'chi nhánh', kind: 'named', capOrgan: true, example: 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh' },
  { phrase: 'thanh tra', kind: 'scoped', capOrgan: true, example: 'Thanh tra tỉnh' },
  { phrase: 'tòa án nhân dân', kind: 'scoped', capOrgan: true, example: 'Tòa án nhân dân tỉnh' },
  { phrase: 'trường', kind: 'named', capOrgan: true, example: 'Trường Cao đẳng Cộng đồng' },
  { phrase: 'bệnh viện', kind: 'named', capOrgan: true, example: 'Bệnh viện Đa khoa tỉnh' },
  { phrase: 'vụ', kind: 'named', capOrgan: true, example: 'Vụ Đánh giá, Thẩm định và Giám định công nghệ' },
  { phrase: 'quỹ', kind: 'named', capOrgan: true, example: 'Quỹ Phát triển khoa học và công nghệ tỉnh' },
];
