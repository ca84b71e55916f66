/**
 * Words of the clause before a figure that tell whether it is planned
 * (`phấn đấu`, `dự kiến`) or reported as done (`đã`, `đạt được`). Folded.
 * `strong` target cues also turn a report's figure into a target (a report's
 * `phương hướng` part plans); weak ones (`đảm bảo`, `phải`) only confirm the
 * default of a plan, since a report says `đảm bảo 100% hồ sơ …` of what it did.
 * Each has a real example; the test runs it.
 */
export interface KindCue {
  words: string;
  kind: 'target' | 'result';
  strong: boolean;
  example: string;
}

export const KIND_CUES: readonly KindCue[] = [
  { words: 'phấn đấu', kind: 'target', strong: true, example: 'Phấn đấu trong giai đoạn 2021 - 2025 toàn tỉnh có thêm ít nhất 01 chỉ dẫn địa lý.' },
  { words: 'dự kiến', kind: 'target', strong: true, example: 'Năm 2022 dự kiến tổ chức 05 lớp tập huấn.' },
  { words: 'sẽ', kind: 'target', strong: true, example: 'Trong năm tới, Sở sẽ hỗ trợ 10 doanh nghiệp đổi mới công nghệ.' },
  { words: 'mục tiêu', kind: 'target', strong: true, example: 'Mục tiêu đến năm 2025 có 30 doanh nghiệp khoa học và công nghệ.' },
  { words: 'chỉ tiêu', kind: 'target', strong: true, example: 'Chỉ tiêu năm 2022: 100% hồ sơ được giải quyết đúng hạn.' },
  { words: 'đề ra', kind: 'target', strong: true, example: 'Kế hoạch đề ra 12 nhiệm vụ trọng tâm.' },
  { words: 'đảm bảo', kind: 'target', strong: false, example: 'Đảm bảo 100% các nhiệm vụ khoa học và công nghệ đều được theo dõi.' },
  { words: 'bảo đảm', kind: 'target', strong: false, example: 'bảo đảm 100% hồ sơ được giải quyết đúng hạn' },
  { words: 'phải', kind: 'target', strong: false, example: 'mỗi huyện phải có ít nhất 02 mô hình' },
  { words: 'cần', kind: 'target', strong: false, example: 'cần hỗ trợ 05 hợp tác xã' },
  { words: 'yêu cầu', kind: 'target', strong: false, example: 'yêu cầu 100% cơ quan áp dụng phần mềm' },
  { words: 'đã', kind: 'result', strong: true, example: 'Năm 2021, Sở đã hướng dẫn 08 cơ sở đăng ký bảo hộ nhãn hiệu.' },
  { words: 'đạt được', kind: 'result', strong: true, example: 'Kết quả đạt được: 95% hồ sơ giải quyết trước hạn.' },
  { words: 'thực hiện được', kind: 'result', strong: true, example: 'thực hiện được 12 cuộc kiểm tra' },
  { words: 'tổ chức được', kind: 'result', strong: true, example: 'trong năm tổ chức được 03 lớp tập huấn' },
];

/**
 * Headings under which every figure is a result (`Kết quả thực hiện …`,
 * `Một số tồn tại, hạn chế`, `Nhiệm vụ năm 2023 đã thực hiện`). Folded, anchored at
 * the heading's start but for `đã …`: a plan's task `Tổng kết, đánh giá việc
 * thực hiện …` is no report.
 */
export const RESULT_HEADING = /^(?:kết quả|tình hình|thực trạng|đánh giá (?:kết quả|tình hình)|(?:một số |những )?(?:tồn tại|hạn chế|khó khăn))|đã (?:thực hiện|đạt được|làm được)/u;
/** Headings under which every figure is a target (`Mục tiêu`, `Phương hướng, nhiệm vụ năm 2022`). Folded, anchored. */
export const TARGET_HEADING = /^(?:mục tiêu|chỉ tiêu|phương hướng|nhiệm vụ (?:trọng tâm|năm tới|thời gian tới)|nhiệm vụ,? giải pháp|kế hoạch năm|dự kiến)/u;
