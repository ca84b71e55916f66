/**
 * The words of a signature block (Nghị định 30/2020/NĐ-CP, Điều 13): the
 * authority prefix (`TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`) and the titles of those
 * who sign. Each entry is its own example in capitals; a test runs them.
 */
export const AUTHORITY_PREFIXES: readonly string[] = [
  'TM.', 'T/M', 'KT.', 'K/T', 'TL.', 'T/L', 'TUQ.', 'Q.', 'THỪA LỆNH', 'THỪA ỦY QUYỀN', 'THAY MẶT', 'KÝ THAY',
];

/** Titles of signers, in capitals; a title line starts with one of them. Longer first where one holds another. */
export const SIGNER_TITLES: readonly string[] = [
  'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH',
  'PHÓ TỔNG GIÁM ĐỐC', 'TỔNG GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC',
  'THỨ TRƯỞNG', 'BỘ TRƯỞNG', 'PHÓ THỦ TƯỚNG', 'THỦ TƯỚNG',
  'PHÓ BÍ THƯ', 'BÍ THƯ', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG BAN',
  'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH THANH TRA', 'CHÁNH THANH TRA',
  'PHÓ TỔNG CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'CỤC TRƯỞNG',
  'PHÓ CHI CỤC TRƯỞNG', 'CHI CỤC TRƯỞNG', 'PHÓ VỤ TRƯỞNG', 'VỤ TRƯỞNG',
  'PHÓ TRƯỞNG PHÒNG', 'TRƯỞNG PHÒNG', 'PHÓ HIỆU TRƯỞNG', 'HIỆU TRƯỞNG',
  'PHÓ VIỆN TRƯỞNG', 'VIỆN TRƯỞNG', 'PHÓ CHỦ NHIỆM', 'CHỦ NHIỆM', 'THỦ TRƯỞNG',
  'PHÓ TRƯỞNG ĐOÀN', 'TRƯỞNG ĐOÀN', 'TỔNG THƯ KÝ', 'TỔNG KIỂM TOÁN', 'CHÁNH ÁN', 'VIỆN TRƯỞNG',
  'THƯỜNG TRỰC', 'GIÁM ĐỐC SỞ', 'NGƯỜI KÝ', 'NGƯỜI LẬP', 'KẾ TOÁN TRƯỞNG', 'CHỦ TỌA', 'THƯ KÝ',
];

/** Notes under a title in copies: `(Đã ký)`, `(Ký, đóng dấu)`, `[daky]`. */
export const SIGNATURE_NOTE = /^[([]?\s{0,2}(?:đã ký|da ky|daky|ký(?:,| tên| và)[^)\]]{0,40}|chữ ký số[^)\]]{0,40}|signed)\s{0,2}[)\]]?\.?$/iu;

/** Common Vietnamese family names: a capitals line of words is a person only if it starts with one. */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Trịnh', 'Đinh', 'Lâm', 'Mai', 'Tô', 'Hà', 'Đào', 'Lương', 'Cao', 'Chu', 'Tạ', 'Triệu',
  'Kiều', 'Thái', 'Đoàn', 'Vương', 'Quách', 'Lưu', 'Hứa', 'La', 'Giang', 'Tăng', 'Lại', 'Đàm', 'Trương',
  'Nông', 'Lò', 'Cầm', 'Hầu', 'Sùng', 'Giàng', 'Vàng', 'Thào', 'Lù', 'Tòng', 'Quàng', 'Văn', 'Khúc',
  'Mạc', 'Phùng', 'Doãn', 'Âu', 'Tống', 'Lục', 'Diệp', 'Châu', 'Tiêu', 'Ông', 'Nghiêm', 'Kim', 'Thân',
];
