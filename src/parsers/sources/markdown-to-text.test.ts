import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize-text.js';
import { markdownToText } from './markdown-to-text.js';

const INPUTS = join(import.meta.dirname, '../../../fixtures/inputs');

/** [markdown, text] pairs from real documents. */
const CASES: Array<[string, string]> = [
  ['**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\nLê Văn Quang', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Quang'],
  ['**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'],
  ['Thực hiện Nghị quyết số 57\\-NQ/TW ngày 22/12/2024 của Bộ Chính trị', 'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'],
  ['Khai thác hiệu quả nguồn lực đầu tư KH\\&CN', 'Khai thác hiệu quả nguồn lực đầu tư KH&CN'],
  ['Đề án “*Triển khai chiến lược sở hữu trí tuệ đến năm 2030*”', 'Đề án “Triển khai chiến lược sở hữu trí tuệ đến năm 2030”'],
  ['## II. NỘI DUNG THỰC HIỆN', 'II. NỘI DUNG THỰC HIỆN'],
  ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\n\nSố: 13/CT-UBND', 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n-------\n\nSố: 13/CT-UBND'],
  ['1. Công tác chỉ đạo, triển khai thực hiện\n2. Kết quả thực hiện nhiệm vụ trong năm 2021', '1. Công tác chỉ đạo, triển khai thực hiện\n2. Kết quả thực hiện nhiệm vụ trong năm 2021'],
  ['3. Một số tồn tại, hạn chế:', '3. Một số tồn tại, hạn chế:'],
  ['1) Sở Khoa học và Công nghệ chủ trì', '1) Sở Khoa học và Công nghệ chủ trì'],
  ['- Sở KH&ĐT;\n- Giám đốc Sở (b/c);\n* Lưu: VT, VP, QLCN, TĐC.', '- Sở KH&ĐT;\n- Giám đốc Sở (b/c);\n\n- Lưu: VT, VP, QLCN, TĐC.'],
  ['Nơi nhận:  \n- Sở KH&ĐT;', 'Nơi nhận:\n\n- Sở KH&ĐT;'],
  ['Điện Biên, ngày tháng 12 năm 2021\\\nBÁO CÁO', 'Điện Biên, ngày tháng 12 năm 2021\nBÁO CÁO'],
  ['Xem [Quyết định số 2205/QĐ-TTg](https://vbpl.vn/2205) ngày 24/12/2020', 'Xem Quyết định số 2205/QĐ-TTg ngày 24/12/2020'],
  ['![image advertisement](/qc/1.jpg)\n\nBÁO CÁO', 'BÁO CÁO'],
  ['Niêm yết công khai 61/61 TTHC &amp; đăng tải trên trang thông tin điện tử', 'Niêm yết công khai 61/61 TTHC & đăng tải trên trang thông tin điện tử'],
  [
    '| STT | Nhiệm vụ | Đơn vị chủ trì |\n|---|---|:--:|\n| 1 | Chương trình phát triển tài sản trí tuệ | **Phòng Quản lý công nghệ** |\n| 2 | Đo lường \\| chất lượng | Chi cục TC- ĐL-CL |',
    'STT\tNhiệm vụ\tĐơn vị chủ trì\n1\tChương trình phát triển tài sản trí tuệ\tPhòng Quản lý công nghệ\n2\tĐo lường | chất lượng\tChi cục TC- ĐL-CL',
  ],
  [
    'Tiếp tục tổ chức triển khai thực hiện hiệu lực, hiệu quả các nhiệm vụ cải cách\nhành chính hàng năm, trong đó tập trung các nhiệm vụ:',
    'Tiếp tục tổ chức triển khai thực hiện hiệu lực, hiệu quả các nhiệm vụ cải cách hành chính hàng năm, trong đó tập trung các nhiệm vụ:',
  ],
];

describe('markdownToText', () => {
  it.each(CASES)('should read %j', async (md, expected) => {
    expect(normalizeText(await markdownToText(md)).text).toBe(expected);
  });

  it('should not treat a short line before a capitalised one as a wrapped paragraph', async () => {
    expect(await markdownToText('CHỈ THỊ\nTĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ')).toBe('CHỈ THỊ\nTĂNG CƯỜNG HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ');
  });
});

describe('markdownToText on a Markdown copy of a plan (fixtures/inputs/ke-hoach-pci-long-an.md)', async () => {
  const md = readFileSync(join(INPUTS, 'ke-hoach-pci-long-an.md'), 'utf8');
  const text = normalizeText(await markdownToText(md)).text;
  const lines = text.split('\n');

  it('should start with the headline, the banner image and the counter gone', () => {
    expect(lines[0]).toBe(
      'Kế hoạch Triển khai thực hiện các nhiệm vụ góp phần cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Sở Khoa học và Công nghệ năm 2022',
    );
    expect(text).not.toContain('image');
    expect(text).not.toContain('Lượt xem');
  });

  it('should keep headings, numbered sections with their own numbers, and bullets', () => {
    for (const l of ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN']) expect(lines).toContain(l);
    for (const n of ['1', '2', '3', '4']) expect(lines.some((l) => l.startsWith(`${n}. `))).toBe(true);
    expect(lines).toContain('- Vận động, hướng dẫn các doanh nghiệp trên địa bàn tỉnh tham gia Hoạt động Giải thưởng chất lượng quốc gia 2022.');
  });

  it('should read escapes and the table', () => {
    expect(text).toContain('Quyết định 2205/QĐ-TTg ngày 24/12/2020');
    expect(text).not.toContain('\\');
    expect(lines).toContain('Chương trình\tĐơn vị chủ trì');
    expect(lines).toContain(
      'Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030\tChi cục Tiêu chuẩn Đo lường Chất lượng',
    );
    expect(text.endsWith('P.QLCN-NNB')).toBe(true);
  });
});
