import type { LexiconEntry } from './phrase-set.js';

/** Words right before a list of units that make every unit of it `support`. */
export const SUPPORT_CUES: readonly LexiconEntry[] = [
  { phrase: 'phối hợp với', example: 'Phối hợp với ⟦Viện Thổ nhưỡng Nông hóa|support⟧ triển khai dự án' },
  { phrase: 'phối hợp cùng', example: 'phối hợp cùng ⟦Sở Y tế|support⟧ kiểm tra an toàn thực phẩm' },
  { phrase: 'phối hợp chặt chẽ với', example: '⟦UBND các huyện, thị xã, thành phố|assigned⟧ phối hợp chặt chẽ với ⟦sở Khoa học và Công nghệ|support⟧, cơ quan chức năng ngăn chặn' },
  { phrase: 'phối hợp chặt chẽ cùng', example: '⟦Sở Tài chính|assigned⟧ phối hợp chặt chẽ cùng ⟦Kho bạc Nhà nước tỉnh|support⟧ kiểm soát chi' },
  { phrase: 'cùng với', example: '⟦Sở Tài chính|assigned⟧ cùng với ⟦Sở Kế hoạch và Đầu tư|support⟧ cân đối nguồn vốn' },
  { phrase: 'với sự phối hợp của', example: 'Tổ chức hội thảo với sự phối hợp của ⟦Viện Năng suất Việt Nam|support⟧.' },
  { phrase: 'có sự phối hợp của', example: 'Đoàn kiểm tra có sự phối hợp của ⟦Công an tỉnh|support⟧.' },
  { phrase: 'phối hợp', example: 'Chủ động phối hợp ⟦Sở Công thương|support⟧ kiểm soát thị trường' },
];

/** Words right before a unit that hand it a duty whatever follows (`giao X …`, `đề nghị X …`). */
export const ASSIGN_CUES: readonly LexiconEntry[] = [
  { phrase: 'giao', example: 'Giao ⟦Văn phòng Sở|assigned⟧  theo dõi việc triển khai thực hiện Kế hoạch.' },
  { phrase: 'giao cho', example: 'Giao cho ⟦Phòng Kinh tế|assigned⟧ làm đầu mối.' },
  { phrase: 'đề nghị', example: 'Đề nghị ⟦Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|assigned⟧ và các tổ chức chính trị - xã hội tỉnh tuyên truyền.' },
  { phrase: 'yêu cầu', example: 'Yêu cầu ⟦Sở Y tế|assigned⟧ khẩn trương triển khai.' },
  { phrase: 'phân công', example: 'Phân công ⟦Phòng Hành chính - Tổng hợp|assigned⟧ chuẩn bị hội trường.' },
  { phrase: 'ủy quyền cho', example: 'Ủy quyền cho ⟦Sở Tài chính|assigned⟧ ký hợp đồng.' },
];

/**
 * Words right before a unit that give it a duty only when a verb follows it
 * (`đôn đốc … UBND cấp huyện tiếp tục duy trì`, `gửi UBND các huyện … đề nghị rà soát`,
 * `kính gửi Sở Kế hoạch và Đầu tư tổng hợp`); with no verb it is an object or a recipient.
 */
export const CAUSE_CUES: readonly LexiconEntry[] = [
  { phrase: 'chỉ đạo', example: 'chỉ đạo ⟦Hội đồng sáng kiến cấp cơ sở|assigned⟧ hàng năm tổ chức lựa chọn' },
  { phrase: 'đôn đốc', example: 'văn bản đôn đốc các cơ quan chuyên môn cấp tỉnh, ⟦UBND cấp huyện|assigned⟧ tiếp tục duy trì' },
  { phrase: 'hướng dẫn', example: 'hướng dẫn ⟦UBND các xã|assigned⟧ lập hồ sơ' },
  { phrase: 'gửi', example: 'Ban hành văn bản gửi ⟦UBND các huyện, thị xã, thành phố|assigned⟧ đề nghị rà soát' },
  { phrase: 'kính gửi', example: 'kính gửi ⟦Sở Kế hoạch và Đầu tư|assigned⟧ tổng hợp./.' },
  { phrase: 'gửi về', example: 'gửi về ⟦Sở Tư pháp|assigned⟧ để tổng hợp' },
  { phrase: 'giao nhiệm vụ cho', example: 'giao nhiệm vụ cho ⟦Trung tâm Khuyến nông|assigned⟧ triển khai mô hình' },
];

/**
 * `trình X …` makes X a recipient, except where X is a council that then
 * evaluates (NOTES 004 3.b: `trình Hội đồng sáng kiến cấp tỉnh xét duyệt, công nhận`):
 * these verbs after X make it `assigned`. The superior's own acts (`xem xét`,
 * `phê duyệt`, `quyết định`, `ban hành`) do not.
 */
export const EVALUATION_VERBS: readonly LexiconEntry[] = [
  { phrase: 'xét duyệt', example: 'để trình ⟦Hội đồng sáng kiến cấp tỉnh|assigned⟧ xét duyệt, công nhận' },
  { phrase: 'thẩm định', example: 'trình ⟦Hội đồng thẩm định|assigned⟧ thẩm định' },
  { phrase: 'đánh giá', example: 'trình ⟦Hội đồng khoa học|assigned⟧ đánh giá' },
  { phrase: 'công nhận', example: 'trình ⟦Hội đồng thi đua|assigned⟧ công nhận' },
  { phrase: 'lựa chọn', example: 'trình ⟦Hội đồng tuyển chọn|assigned⟧ lựa chọn' },
];

/** `qua X` / `thông qua X` make X `assigned` where the sentence has it compile or receive. */
export const VIA_CUES: readonly LexiconEntry[] = [
  { phrase: 'qua', example: 'Tổng hợp mọi ý kiến tham gia góp ý của các cơ quan, đơn vị, nhân dân qua ⟦Văn phòng Sở|assigned⟧.' },
  { phrase: 'thông qua', example: 'Tiếp nhận phản ánh, kiến nghị thông qua ⟦Văn phòng Sở|assigned⟧.' },
];

/**
 * `về X`, `đến X` (where reports are sent) make X `assigned` only where X then
 * compiles them (`… về Sở Nội vụ trước ngày 10/12 để tổng hợp`); a bare
 * receiver of a report is not a unit.
 */
export const TO_CUES: readonly LexiconEntry[] = [
  { phrase: 'về', example: 'Các sở, ban, ngành, địa phương báo cáo kết quả về ⟦Sở Nội vụ|assigned⟧ trước ngày 10/12 để tổng hợp, báo cáo UBND tỉnh.' },
  { phrase: 'đến', example: 'Gửi văn bản đến ⟦Sở Tư pháp|assigned⟧ để tổng hợp.' },
];

/** The verbs that make `qua X`, `về X`, `gửi X` a duty of X. */
export const COMPILE_VERBS: readonly LexiconEntry[] = [
  { phrase: 'tổng hợp', example: 'Tổng hợp ý kiến qua ⟦Văn phòng Sở|assigned⟧.' },
  { phrase: 'tiếp nhận', example: 'Tiếp nhận hồ sơ qua ⟦Văn phòng Sở|assigned⟧.' },
  { phrase: 'thu thập', example: 'Thu thập số liệu qua ⟦Chi cục Thống kê|assigned⟧.' },
];

/** Positions and persons: an organ word right after one is part of a title, not a unit. */
export const POSITION_WORDS: readonly LexiconEntry[] = [
  { phrase: 'chủ tịch', example: 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành' },
  { phrase: 'phó chủ tịch', example: 'Phó Chủ tịch UBND tỉnh chủ trì cuộc họp' },
  { phrase: 'giám đốc', example: 'Giám đốc Sở phân công thực hiện' },
  { phrase: 'phó giám đốc', example: 'Phó Giám đốc Sở phụ trách' },
  { phrase: 'thủ trưởng', example: 'Thủ trưởng các đơn vị trực thuộc Sở' },
  { phrase: 'trưởng', example: 'Trưởng phòng chuyên môn' },
  { phrase: 'phó', example: 'Phó phòng Quản lý công nghệ' },
  { phrase: 'lãnh đạo', example: 'tham mưu Lãnh đạo Sở cho ý kiến' },
  { phrase: 'chánh', example: 'Chánh Văn phòng UBND tỉnh' },
  { phrase: 'cục trưởng', example: 'Cục trưởng Cục Thuế tỉnh' },
  { phrase: 'chi cục trưởng', example: 'Chi cục trưởng Chi cục Kiểm lâm' },
  { phrase: 'bộ trưởng', example: 'Bộ trưởng Bộ Khoa học và Công nghệ' },
  { phrase: 'thứ trưởng', example: 'Thứ trưởng Bộ Tài chính' },
  { phrase: 'viện trưởng', example: 'Viện trưởng Viện kiểm sát nhân dân tỉnh' },
  { phrase: 'vụ trưởng', example: 'Vụ trưởng Vụ Pháp chế' },
  { phrase: 'trưởng ban', example: 'Trưởng ban Ban Dân tộc' },
  { phrase: 'bí thư', example: 'Bí thư Tỉnh đoàn' },
  { phrase: 'người đứng đầu', example: 'người đứng đầu Sở Y tế' },
  { phrase: 'cán bộ', example: 'cán bộ Phòng Tư pháp' },
  { phrase: 'công chức', example: 'công chức Văn phòng Sở' },
  { phrase: 'viên chức', example: 'viên chức Trung tâm Y tế' },
  { phrase: 'đại diện', example: 'đại diện Sở Tài chính' },
  { phrase: 'thành viên', example: 'thành viên Ban Chỉ đạo' },
  { phrase: 'hiệu trưởng', example: 'Hiệu trưởng Trường Cao đẳng Cộng đồng' },
  { phrase: 'tổng giám đốc', example: 'Tổng Giám đốc Bảo hiểm xã hội Việt Nam' },
];

/**
 * Generic members of a list of units (`các cơ quan chuyên môn cấp tỉnh,
 * UBND cấp huyện`): skipped when looking for the cue of a list, never units.
 */
export const GENERIC_WORDS: readonly LexiconEntry[] = [
  { phrase: 'các', example: 'các sở, ngành, địa phương' },
  { phrase: 'những', example: 'những đơn vị liên quan' },
  { phrase: 'cơ quan', example: 'cơ quan chức năng' },
  { phrase: 'đơn vị', example: 'các phòng, đơn vị' },
  { phrase: 'sở', example: 'các sở, ngành' },
  { phrase: 'ban', example: 'các sở, ban, ngành' },
  { phrase: 'ngành', example: 'các sở, ngành' },
  { phrase: 'địa phương', example: 'các sở, ngành, địa phương' },
  { phrase: 'liên quan', example: 'các cơ quan liên quan' },
  { phrase: 'có liên quan', example: 'các đơn vị có liên quan' },
  { phrase: 'chức năng', example: 'cơ quan chức năng' },
  { phrase: 'chuyên môn', example: 'các cơ quan chuyên môn cấp tỉnh' },
  { phrase: 'chuyên ngành', example: 'các sở chuyên ngành' },
  { phrase: 'cấp', example: 'các cơ quan, đơn vị cấp tỉnh' },
  { phrase: 'tỉnh', example: 'cấp tỉnh' },
  { phrase: 'huyện', example: 'cấp huyện' },
  { phrase: 'xã', example: 'cấp xã' },
  { phrase: 'phòng', example: 'các phòng, đơn vị' },
  { phrase: 'tổ chức', example: 'các tổ chức chính trị - xã hội' },
  { phrase: 'chính trị', example: 'các tổ chức chính trị - xã hội' },
  { phrase: 'xã hội', example: 'các tổ chức chính trị - xã hội' },
  { phrase: 'đoàn thể', example: 'các đoàn thể' },
  { phrase: 'lực lượng', example: 'các lực lượng chức năng' },
  { phrase: 'thành viên', example: 'các cơ quan thành viên' },
  { phrase: 'khác', example: 'các đơn vị khác' },
  { phrase: 'nhà nước', example: 'các cơ quan quản lý nhà nước' },
  { phrase: 'quản lý', example: 'các cơ quan quản lý nhà nước' },
  { phrase: 'hành chính', example: 'các cơ quan hành chính' },
  { phrase: 'trung ương', example: 'các cơ quan trung ương' },
  { phrase: 'doanh nghiệp', example: 'các doanh nghiệp' },
  { phrase: 'hợp tác xã', example: 'doanh nghiệp, hợp tác xã' },
];

/** Place levels: the scope of a unit (`UBND các huyện, thị xã, thành phố`, `Công an tỉnh`). */
export const PLACE_WORDS: readonly LexiconEntry[] = [
  { phrase: 'tỉnh', example: 'Công an tỉnh' },
  { phrase: 'thành phố', example: 'UBND các huyện, thị xã, thành phố' },
  { phrase: 'huyện', example: 'UBND các huyện' },
  { phrase: 'quận', example: 'UBND các quận, huyện' },
  { phrase: 'thị xã', example: 'UBND các huyện/thị xã/thành phố' },
  { phrase: 'xã', example: 'UBND các xã, phường, thị trấn' },
  { phrase: 'phường', example: 'UBND các xã, phường, thị trấn' },
  { phrase: 'thị trấn', example: 'UBND các xã, phường, thị trấn' },
];

/** Words that open a new clause, after which a unit is again a subject. */
export const CLAUSE_OPENERS: readonly LexiconEntry[] = [
  { phrase: 'đồng thời', example: 'đồng thời ⟦Sở Tài chính|assigned⟧ bố trí kinh phí' },
  { phrase: 'riêng', example: 'Riêng ⟦Sở Y tế|assigned⟧ báo cáo hằng tuần' },
  { phrase: 'trong đó', example: 'trong đó ⟦Sở Nội vụ|lead⟧ chủ trì' },
  { phrase: 'ngoài ra', example: 'Ngoài ra, ⟦Sở Tư pháp|assigned⟧ rà soát văn bản' },
];
