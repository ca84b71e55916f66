import { ending } from './ending.js';
import { vi } from './vi-pattern.js';

/**
 * Words that make the number after them something other than a date, even
 * when it reads like one (`ĐT: 02.12.2021`, `phiên bản 1.2.2020`). Each entry
 * carries an example that the tests run: the marked number must not be found.
 */
export interface NotDateContext {
  name: string;
  /** Matched against the text just before the candidate, anchored at its end. */
  before: RegExp;
  example: string;
}

const WINDOW = 40;

export const NOT_DATE_CONTEXTS: NotDateContext[] = [
  {
    name: 'phone or fax number',
    before: ending(`(?<![\\p{L}\\p{M}\\p{N}])(?:${vi('điện thoại|di động|đt|sđt|tel|fax|hotline')})[\\s.:]{0,4}[\\d().+\\s-]{0,20}`, 'iu'),
    example: 'Mọi chi tiết xin liên hệ Văn phòng Sở, ĐT: 0294.3 ⟦02.12.2021⟧',
  },
  {
    name: 'software or document version',
    before: ending(`(?<![\\p{L}\\p{M}\\p{N}])(?:${vi('phiên bản|version|ver|bản')})[\\s.:]{0,3}v?`, 'iu'),
    example: 'Cập nhật phần mềm quản lý văn bản lên phiên bản ⟦2.1.2019⟧ trước khi sử dụng',
  },
];

/** True when the text before `index` puts the candidate in a context where it is not a date. */
export function inNotDateContext(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - WINDOW), index);
  return NOT_DATE_CONTEXTS.some((c) => c.before.test(before));
}
