/**
 * Abbreviations written inside unit names, spelled out for `canonical`.
 * `head` is used right after the organ word (`Sở KH&CN` → `Sở Khoa học và Công
 * nghệ`), `inline` elsewhere (`thông tin KH&CN` → `thông tin khoa học và công
 * nghệ`). Looked up by the letters alone, so `KH&CN`, `KHCN`, `KH-CN` are one entry.
 */
export interface UnitAlias {
  abbr: string;
  head: string;
  inline: string;
  /** A name as written, and its canonical form, that a test checks. */
  example: string;
  expect: string;
}

export const UNIT_ALIASES: readonly UnitAlias[] = [
  { abbr: 'UBND', head: 'Ủy ban nhân dân', inline: 'Ủy ban nhân dân', example: 'UBND cấp huyện', expect: 'Ủy ban nhân dân cấp huyện' },
  { abbr: 'HĐND', head: 'Hội đồng nhân dân', inline: 'Hội đồng nhân dân', example: 'Văn phòng HĐND tỉnh', expect: 'Văn phòng Hội đồng nhân dân tỉnh' },
  { abbr: 'KH&CN', head: 'Khoa học và Công nghệ', inline: 'khoa học và công nghệ', example: 'trung tâm Ứng dụng, kỹ thuật, thông tin KH&CN', expect: 'Trung tâm Ứng dụng, kỹ thuật, thông tin khoa học và công nghệ' },
  { abbr: 'KH&ĐT', head: 'Kế hoạch và Đầu tư', inline: 'kế hoạch và đầu tư', example: 'Sở KH&ĐT', expect: 'Sở Kế hoạch và Đầu tư' },
  { abbr: 'TC-ĐL-CL', head: 'Tiêu chuẩn Đo lường Chất lượng', inline: 'Tiêu chuẩn Đo lường Chất lượng', example: 'Chi cục TC- ĐL-CL', expect: 'Chi cục Tiêu chuẩn Đo lường Chất lượng' },
  { abbr: 'TN&MT', head: 'Tài nguyên và Môi trường', inline: 'tài nguyên và môi trường', example: 'Sở TN&MT', expect: 'Sở Tài nguyên và Môi trường' },
  { abbr: 'NN&PTNT', head: 'Nông nghiệp và Phát triển nông thôn', inline: 'nông nghiệp và phát triển nông thôn', example: 'Sở NN&PTNT', expect: 'Sở Nông nghiệp và Phát triển nông thôn' },
  { abbr: 'LĐ-TB&XH', head: 'Lao động - Thương binh và Xã hội', inline: 'lao động - thương binh và xã hội', example: 'Sở LĐ-TB&XH', expect: 'Sở Lao động - Thương binh và Xã hội' },
  { abbr: 'GD&ĐT', head: 'Giáo dục và Đào tạo', inline: 'giáo dục và đào tạo', example: 'Sở GD&ĐT', expect: 'Sở Giáo dục và Đào tạo' },
  { abbr: 'VH,TT&DL', head: 'Văn hóa, Thể thao và Du lịch', inline: 'văn hóa, thể thao và du lịch', example: 'Sở VH,TT&DL', expect: 'Sở Văn hóa, Thể thao và Du lịch' },
  { abbr: 'TT&TT', head: 'Thông tin và Truyền thông', inline: 'thông tin và truyền thông', example: 'Sở TT&TT', expect: 'Sở Thông tin và Truyền thông' },
  { abbr: 'GTVT', head: 'Giao thông vận tải', inline: 'giao thông vận tải', example: 'Sở GTVT', expect: 'Sở Giao thông vận tải' },
  { abbr: 'QLTT', head: 'Quản lý thị trường', inline: 'quản lý thị trường', example: 'Cục QLTT tỉnh', expect: 'Cục Quản lý thị trường tỉnh' },
  { abbr: 'BQL', head: 'Ban Quản lý', inline: 'Ban Quản lý', example: 'Văn phòng BQL các Khu kinh tế', expect: 'Văn phòng Ban Quản lý các Khu kinh tế' },
  { abbr: 'KKT', head: 'Khu kinh tế', inline: 'Khu kinh tế', example: 'Ban Quản lý KKT tỉnh', expect: 'Ban Quản lý Khu kinh tế tỉnh' },
  { abbr: 'BHXH', head: 'Bảo hiểm xã hội', inline: 'Bảo hiểm xã hội', example: 'BHXH tỉnh', expect: 'Bảo hiểm xã hội tỉnh' },
  { abbr: 'KBNN', head: 'Kho bạc Nhà nước', inline: 'Kho bạc Nhà nước', example: 'KBNN tỉnh', expect: 'Kho bạc Nhà nước tỉnh' },
  { abbr: 'MTTQ', head: 'Mặt trận Tổ quốc', inline: 'Mặt trận Tổ quốc', example: 'Ủy ban MTTQ Việt Nam tỉnh', expect: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
  { abbr: 'UBMTTQ', head: 'Ủy ban Mặt trận Tổ quốc', inline: 'Ủy ban Mặt trận Tổ quốc', example: 'UBMTTQ tỉnh', expect: 'Ủy ban Mặt trận Tổ quốc tỉnh' },
  { abbr: 'HTX', head: 'Hợp tác xã', inline: 'hợp tác xã', example: 'Liên minh HTX tỉnh', expect: 'Liên minh Hợp tác xã tỉnh' },
  { abbr: 'CNTT', head: 'Công nghệ thông tin', inline: 'công nghệ thông tin', example: 'Trung tâm CNTT', expect: 'Trung tâm Công nghệ thông tin' },
  { abbr: 'SHTT', head: 'Sở hữu trí tuệ', inline: 'sở hữu trí tuệ', example: 'Cục SHTT', expect: 'Cục Sở hữu trí tuệ' },
  { abbr: 'PTTH', head: 'Phát thanh - Truyền hình', inline: 'phát thanh - truyền hình', example: 'Đài PTTH tỉnh', expect: 'Đài Phát thanh - Truyền hình tỉnh' },
  { abbr: 'LĐLĐ', head: 'Liên đoàn Lao động', inline: 'Liên đoàn Lao động', example: 'LĐLĐ tỉnh', expect: 'Liên đoàn Lao động tỉnh' },
  { abbr: 'KT-XH', head: 'Kinh tế - Xã hội', inline: 'kinh tế - xã hội', example: 'Viện Nghiên cứu KT-XH', expect: 'Viện Nghiên cứu kinh tế - xã hội' },
];

/** The letters of an abbreviation, for look-up (`TC- ĐL-CL` → `TCĐLCL`). */
export function aliasKey(abbr: string): string {
  return abbr.replace(/[^\p{L}]/gu, '').toUpperCase();
}

/** The alias table keyed by letters. */
export const ALIAS_BY_KEY: ReadonlyMap<string, UnitAlias> = new Map(UNIT_ALIASES.map((a) => [aliasKey(a.abbr), a]));
