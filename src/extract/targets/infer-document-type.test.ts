import { describe, expect, it } from 'vitest';
import { inferDocumentType } from './infer-document-type.js';

const CASES: Array<{ text: string; type: string | null; why: string }> = [
  { why: 'a standalone type line (dev 003)', type: 'Báo cáo', text: 'Số: /BC-SKHCN\n\nĐiện Biên, ngày tháng 12 năm 2021\n\nBÁO CÁO\n\nKết quả thực hiện Nghị quyết số 12-NQ/TU' },
  { why: 'a standalone type line under a portal title (dev 004)', type: 'Chỉ thị', text: 'Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ\n\nSố hiệu 13/CT-UBND\n\nCHỈ THỊ\n\nTĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ' },
  { why: 'a headline that begins with the type (dev 001)', type: 'Kế hoạch', text: 'image banner\nKế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)\nLượt xem: 42' },
  { why: 'a headline that announces a plan (dev 000)', type: 'Kế hoạch', text: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TRÀ VINH BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH CỦA UBND TỈNH\nLượt xem: 2749' },
  { why: 'the own symbol\'s type code', type: 'Kế hoạch', text: 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 120/KH-UBND\nLào Cai, ngày 05 tháng 4 năm 2022\nVề việc triển khai …' },
  { why: 'a news headline with results', type: 'Báo cáo', text: 'Kết quả thực hiện công tác cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ\nNăm 2022, Sở đã …' },
  { why: 'a directive from a ministry in capitals', type: 'Quyết định', text: 'BỘ KHOA HỌC VÀ CÔNG NGHỆ\n-------\nSố: 1984/QĐ-BKHCN\nHà Nội, ngày 27 tháng 7 năm 2021\nQUYẾT ĐỊNH\nPhê duyệt danh mục nhiệm vụ' },
  { why: 'a news headline about a year-end review', type: 'Báo cáo', text: 'Sở Khoa học và Công nghệ tỉnh Bắc Giang tổng kết công tác năm 2023\nLượt xem: 1.523\nNgày 05/01/2024, Sở tổ chức Hội nghị tổng kết.' },
  { why: 'nothing to go by', type: null, text: 'Tiếp tục triển khai thực hiện các nội dung hỗ trợ khởi nghiệp đổi mới sáng tạo.' },
];

describe('inferDocumentType', () => {
  for (const c of CASES) {
    it(`should give ${c.type ?? 'null'} from ${c.why}`, () => {
      expect(inferDocumentType(c.text)).toBe(c.type);
    });
  }
});
