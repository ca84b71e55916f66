import type { DateRole } from '../../types.js';
import { ending } from './ending.js';
import { vi } from './vi-pattern.js';

/**
 * Words right before a date that say what the date is for. Tried in order;
 * the first whose pattern matches the end of the text before the date wins.
 * Each entry carries real sentences with the date marked `⟦…⟧`; a test finds
 * the date in each and checks the role.
 *
 * The `issue` role is also given, in code, to a date attached to a document
 * mention (`Quyết định số 166/QĐ-UBND ngày 20/01/2022`) and to the
 * place-and-date line (`Lào Cai, ngày 20 tháng 5 năm 2021`): see date-role-refiner.ts.
 */
export interface DateRoleCue {
  role: Exclude<DateRole, null>;
  before: RegExp;
  examples: string[];
}

const NGAY = `(?:\\s{1,3}${vi('ngày')})?`;
const LEFT = '(?<![\\p{L}\\p{M}\\p{N}])';

export const DATE_ROLE_CUES: DateRoleCue[] = [
  {
    role: 'deadline',
    before: ending(
      [
        `${LEFT}(?:${vi('hoàn thành trước|hoàn thành trong|hoàn thành vào|xong trước|xong trong|trước|chậm nhất|muộn nhất|không muộn hơn|hạn chót|thời hạn|hạn')})(?:\\s{1,3}${vi('là|vào')})?${NGAY}[\\s:,]{0,3}`,
        // `Hạn nộp hồ sơ: …`, `Thời hạn gửi báo cáo: ngày …`: a labelled deadline.
        `|${LEFT}(?:${vi('thời gian hoàn thành|thời hạn|hạn chót|hạn cuối|hạn')})(?:\\s{1,3}[\\p{L}\\p{M}]{1,8}){0,5}\\s{0,2}:\\s{0,3}(?:${vi('ngày')}\\s{1,3})?`,
      ].join(''),
      'iu',
    ),
    examples: [
      'Định kỳ hàng quý, báo cáo năm (trước ngày ⟦05/12⟧), tổng hợp báo cáo UBND tỉnh',
      'Các đơn vị gửi báo cáo về Sở Nội vụ chậm nhất ngày ⟦15/6/2022⟧ để tổng hợp.',
      'Thời hạn: ⟦30/9/2021⟧.',
      'Hạn nộp hồ sơ đăng ký: ⟦20 tháng 11, 2021⟧',
      'Thời gian hoàn thành: ⟦tháng 6/2022⟧.',
      'Sở Nội vụ chủ trì, hoàn thành trong ⟦quý II/2022⟧.',
      'Các huyện tổ chức rà soát, hoàn thành vào ⟦ngày 15 tháng 8 năm 2022⟧.',
      'Hoàn thành trước ⟦quý III/2022⟧.',
      'Phấn đấu hoàn thành việc số hóa hồ sơ trước ⟦năm 2025⟧.',
    ],
  },
  {
    role: 'effective',
    before: ending(
      `${LEFT}(?:${vi('có hiệu lực thi hành kể từ|có hiệu lực thi hành từ|có hiệu lực kể từ|có hiệu lực từ|có hiệu lực thi hành|có hiệu lực|hiệu lực từ|kể từ|áp dụng từ|ngày có hiệu lực')})${NGAY}[\\s:]{0,3}`,
      'iu',
    ),
    examples: [
      'Quyết định này có hiệu lực kể từ ngày ⟦01/7/2021⟧.',
      'Thông tư này có hiệu lực thi hành từ ⟦ngày 15 tháng 02 năm 2022⟧.',
      'Kể từ ngày ⟦01/01/2022⟧, các hồ sơ được tiếp nhận qua hệ thống một cửa điện tử.',
    ],
  },
  {
    role: 'issue',
    // `ký` alone is too wide (`đăng ký: …`): only `ký ngày`, `ngày ký`.
    before: ending(`${LEFT}(?:${vi('ban hành|ký ban hành|ngày ban hành|ngày ký')}${NGAY}|${vi('ký ngày')})[\\s:]{0,3}`, 'iu'),
    examples: [
      'Kế hoạch được Ủy ban nhân dân tỉnh ban hành ngày ⟦07/6/2021⟧ và triển khai đến các sở, ngành.',
      'Hợp đồng được hai bên ký ngày ⟦15/3/2022⟧.',
    ],
  },
  {
    role: 'event',
    before: ending(
      `${LEFT}(?:${vi('ngày|vào|trong|từ|đến|tới|sau|đầu|cuối|giữa|tại|hết|của|năm')})[\\s:]{0,3}`,
      'iu',
    ),
    examples: [
      'Các sản phẩm sở hữu trí tuệ và dự án đã được nghiệm thu ngày ⟦29/6/2021⟧.',
      'Kết quả thực hiện nhiệm vụ trong ⟦năm 2021⟧',
    ],
  },
];
