/**
 * Cardinal numbers written in words, as they count things in administrative
 * prose (`hai lớp tập huấn`, `mười lăm xã`, `hai mươi sản phẩm`). Only lower
 * case: a capitalised `Mười`, `Hai` is a name (`Đồng Tháp Mười`, `Hai Bà
 * Trưng`) or an enumeration (`Hai là, …`).
 *
 * `một` is the indefinite article far more often than a count (`một số`,
 * `một cửa`, `của một TTHC`): it is read as a count only after a comparator
 * (`ít nhất một sáng kiến`); `năm` is mostly "year" (`năm 2022`, `năm học`):
 * it counts only a noun from the lexicon. `tư` (`tư nhân`) is left out.
 */
export interface NumberWord {
  word: string;
  value: number;
  example: string;
}

export const NUMBER_WORDS: readonly NumberWord[] = [
  { word: 'một', value: 1, example: 'phấn đấu mỗi huyện có ít nhất một sản phẩm OCOP đạt 4 sao' },
  { word: 'hai', value: 2, example: 'Tổ chức hai lớp tập huấn về sở hữu trí tuệ cho doanh nghiệp.' },
  { word: 'ba', value: 3, example: 'Kế hoạch tập trung vào ba nhiệm vụ trọng tâm.' },
  { word: 'bốn', value: 4, example: 'Hỗ trợ bốn hợp tác xã xây dựng nhãn hiệu tập thể.' },
  { word: 'năm', value: 5, example: 'Xây dựng năm mô hình ứng dụng tiến bộ kỹ thuật.' },
  { word: 'sáu', value: 6, example: 'Kiểm tra sáu cơ sở kinh doanh xăng dầu.' },
  { word: 'bảy', value: 7, example: 'Thực hiện bảy cuộc thanh tra chuyên ngành.' },
  { word: 'tám', value: 8, example: 'Hướng dẫn tám doanh nghiệp áp dụng hệ thống quản lý chất lượng.' },
  { word: 'chín', value: 9, example: 'Nghiệm thu chín đề tài cấp tỉnh.' },
  { word: 'mười', value: 10, example: 'Hỗ trợ mười doanh nghiệp đổi mới công nghệ.' },
];

/** The units after `mười`/`mươi`: `mười lăm`, `hai mươi mốt`. */
export const NUMBER_WORD_UNITS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['lăm', 5],
  ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
]);

export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map(NUMBER_WORDS.map((w) => [w.word, w.value]));
