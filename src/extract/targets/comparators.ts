import type { Comparator } from '../../types.js';
import { foldMatch } from './fold-match.js';

/**
 * Words that bound a figure. `before` phrases stand in front of the number
 * (`ít nhất 90%`, `không quá 05 hồ sơ`), `after` phrases follow the figure
 * (`từ 02 doanh nghiệp trở lên`). Folded form (lower case, new-style tone).
 * Each entry has a real example with the figure it bounds; the test runs it.
 */
export interface ComparatorPhrase {
  words: string;
  comparator: Comparator;
  place: 'before' | 'after';
  example: string;
}

export const COMPARATOR_PHRASES: readonly ComparatorPhrase[] = [
  { words: 'ít nhất', comparator: '>=', place: 'before', example: 'Đảm bảo có ít nhất 90% các đề tài nghiệm thu trong năm được chuyển giao, ứng dụng.' },
  { words: 'tối thiểu', comparator: '>=', place: 'before', example: 'sản phẩm gắn với Chương trình OCOP (tối thiểu 70%).' },
  { words: 'không dưới', comparator: '>=', place: 'before', example: 'tỷ lệ hồ sơ giải quyết trực tuyến không dưới 50%.' },
  { words: 'không ít hơn', comparator: '>=', place: 'before', example: 'mỗi năm tổ chức không ít hơn 02 hội nghị tập huấn.' },
  { words: 'không thấp hơn', comparator: '>=', place: 'before', example: 'tốc độ tăng trưởng không thấp hơn 7%/năm.' },
  { words: 'trên', comparator: '>=', place: 'before', example: 'Phấn đấu trên 80% hồ sơ được giải quyết trực tuyến.' },
  { words: 'hơn', comparator: '>=', place: 'before', example: 'thu hút hơn 500 lượt người tham quan.' },
  { words: 'vượt', comparator: '>=', place: 'before', example: 'thu ngân sách vượt 10% dự toán.' },
  { words: 'tối đa', comparator: '<=', place: 'before', example: 'hỗ trợ tối đa 50% kinh phí thực hiện.' },
  { words: 'không quá', comparator: '<=', place: 'before', example: 'mỗi đơn vị cử không quá 02 cán bộ tham dự.' },
  { words: 'không vượt quá', comparator: '<=', place: 'before', example: 'tỷ lệ hộ nghèo không vượt quá 5%.' },
  { words: 'dưới', comparator: '<=', place: 'before', example: 'giảm tỷ lệ hộ nghèo xuống dưới 3%.' },
  { words: 'trở lên', comparator: '>=', place: 'after', example: 'Hỗ trợ từ 02 doanh nghiệp trở lên thực hiện chuyển giao công nghệ.' },
  { words: 'trở xuống', comparator: '<=', place: 'after', example: 'doanh nghiệp có từ 10 lao động trở xuống được hỗ trợ.' },
];

/** The `before` phrases, longest first, as word arrays. */
export const BEFORE_PHRASES: ReadonlyArray<{ words: string[]; comparator: Comparator }> = COMPARATOR_PHRASES
  .filter((p) => p.place === 'before')
  .map((p) => ({ words: foldMatch(p.words).split(' '), comparator: p.comparator }))
  .sort((a, b) => b.words.length - a.words.length);

/** The `after` phrases, as word arrays. */
export const AFTER_PHRASES: ReadonlyArray<{ words: string[]; comparator: Comparator }> = COMPARATOR_PHRASES
  .filter((p) => p.place === 'after')
  .map((p) => ({ words: foldMatch(p.words).split(' '), comparator: p.comparator }));
