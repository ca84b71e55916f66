import { describe, it, expect } from 'vitest';
import { findDates } from './find-dates.js';
import { readMarks, sentenceContext } from '../read-marks.js';
import { DATE_ROLE_CUES } from './date-role-cues.js';
import { NOT_DATE_CONTEXTS } from './not-date-contexts.js';
import type { DatePrecision, DateRole } from '../../types.js';

/**
 * Sentences from administrative documents of provinces and ministries, the
 * dates marked `⟦…⟧`, with the value (and role, where the text gives one)
 * each mark must get. The year of a partial date is unknown here (no
 * document date): `--MM-DD`, `--H2`.
 */
interface Row {
  s: string;
  v: string[];
  r?: DateRole[];
}

const POSITIVES: Row[] = [
  // Dates of cited documents: the issue role.
  { s: 'Thực hiện Quyết định số 166/QĐ-UBND ngày ⟦20/01/2022⟧ của Ủy ban nhân dân tỉnh ban hành Kế hoạch', v: ['2022-01-20'], r: ['issue'] },
  { s: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày ⟦05/3/2020⟧ của Chính phủ về công tác văn thư;', v: ['2020-03-05'], r: ['issue'] },
  { s: 'Căn cứ Thông tư số 01/2011/TT-BNV ngày ⟦19/01/2011⟧ của Bộ Nội vụ hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính;', v: ['2011-01-19'], r: ['issue'] },
  { s: 'Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày ⟦21/11/2007⟧ và Luật Tiêu chuẩn, Quy chuẩn kỹ thuật số 68/2006/QH11 ngày ⟦29/6/2006⟧', v: ['2007-11-21', '2006-06-29'], r: ['issue', 'issue'] },
  { s: 'chính sách hỗ trợ theo Nghị quyết số 80/2019/NQ-HĐND ngày ⟦12/4/2019⟧ của Hội đồng nhân dân tỉnh', v: ['2019-04-12'], r: ['issue'] },
  { s: 'Kế hoạch số 4632/KH-UBND của UBND tỉnh ngày ⟦15/12/2020⟧, thực hiện Quyết định số 100/QĐ-TTg ngày ⟦19/01/2019⟧ của Thủ tướng Chính phủ', v: ['2020-12-15', '2019-01-19'], r: ['issue', 'issue'] },
  { s: 'Chương trình phát triển tài sản trí tuệ đến năm 2030 (ban hành kèm theo Quyết định 2205/QĐ-TTg ngày ⟦24/12/2020⟧ của Thủ tướng Chính phủ)', v: ['2020-12-24'], r: ['issue'] },
  { s: 'Thực hiện Công văn số 1234/BKHCN-VP ngày ⟦20-5-2021⟧ của Bộ Khoa học và Công nghệ về việc báo cáo', v: ['2021-05-20'], r: ['issue'] },
  { s: 'Triển khai Kế hoạch số 45/KH-UBND ngày ⟦15.3.2022⟧ của UBND huyện Bảo Thắng', v: ['2022-03-15'], r: ['issue'] },
  { s: 'Chương trình số 14-CTr/TU ngày ⟦26/3/2021⟧ của Ban Thường vụ Tỉnh ủy', v: ['2021-03-26'], r: ['issue'] },
  { s: 'Bộ KH&CN ban hành Quyết định 1984/QĐ-BKH&CN ngày ⟦27/7/2021⟧ Phê duyệt danh mục nhiệm vụ', v: ['2021-07-27'], r: ['issue'] },
  { s: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY ⟦10/01/2022⟧ CỦA CHÍNH PHỦ', v: ['2022-01-10'], r: ['issue'] },
  { s: 'Nghị định số 61/2018/NĐ-CP ngày ⟦23/4/2018⟧ và Nghị định số 107/2021/NĐ-CP ngày ⟦06/12/2021⟧ của Chính phủ', v: ['2018-04-23', '2021-12-06'], r: ['issue', 'issue'] },
  { s: 'Chỉ thị số 13/CT-UBND ⟦ngày 20 tháng 05/2021⟧ của Chủ tịch UBND tỉnh về tăng cường hoạt động khoa học và công nghệ', v: ['2021-05-20'], r: ['issue'] },
  { s: 'Nghị định số 45/2020/NĐ-CP\nngày ⟦08/4/2020⟧ của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử', v: ['2020-04-08'], r: ['issue'] },
  { s: 'Thông báo số 150/TB-SKH-CN ngày ⟦22/02/2021⟧ V/v thông báo Kế hoạch hoạt động', v: ['2021-02-22'], r: ['issue'] },
  // Thông báo 31/TB-VPCP (1999): two days that share their month and year.
  { s: '⟦Ngày 4⟧ và ⟦5 tháng 01 năm 1999⟧ tại Hà Nội, Phó Thủ tướng Ngô Xuân Lộc và Phó Thủ tướng Nguyễn Công Tạn đã chủ trì Hội nghị', v: ['1999-01-04', '1999-01-05'] },
  // Công văn 1453/VPCP-KGVX (2009) as luatminhkhue.vn copies it: the space after `ngày` lost at a wrap.
  { s: 'Văn phòng Chính phủ đã nhận được công văn số 123/BC-BYT ⟦ngày27 tháng 02 năm 2009⟧ của Bộ Y tế', v: ['2009-02-27'], r: ['issue'] },
  // The place-and-date line of a header.
  { s: 'Lào Cai, ⟦ngày 20 tháng 5 năm 2021⟧', v: ['2021-05-20'], r: ['issue'] },
  { s: 'Hà Nội, ⟦ngày 15 tháng 3 năm 2022⟧', v: ['2022-03-15'], r: ['issue'] },
  { s: 'Thành phố Hồ Chí Minh, ⟦ngày 05 tháng 10 năm 2021⟧', v: ['2021-10-05'], r: ['issue'] },
  { s: 'TP. Cần Thơ, ⟦ngày 09 tháng 8 năm 2021⟧', v: ['2021-08-09'], r: ['issue'] },
  { s: 'Điện Biên, ⟦ngày tháng 12 năm 2021⟧', v: ['2021-12'], r: ['issue'] },
  { s: 'Quảng Ninh, ⟦ngày … tháng 3 năm 2022⟧', v: ['2022-03'], r: ['issue'] },
  { s: 'Số: 13/CT-UBND     Lào Cai, ⟦ngày 20 tháng 5 năm 2021⟧', v: ['2021-05-20'], r: ['issue'] },
  { s: 'Số: 45/KH-SNV\tThừa Thiên Huế, ngày ⟦05/3/2022⟧', v: ['2022-03-05'], r: ['issue'] },
  { s: 'Theo đó, ngày ⟦20/5/2021⟧ Sở đã tổ chức hội nghị triển khai.', v: ['2021-05-20'], r: ['event'] },
  // Deadlines and effective dates.
  { s: 'Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày ⟦15/12/2021⟧ để tổng hợp, báo cáo UBND tỉnh.', v: ['2021-12-15'], r: ['deadline'] },
  { s: 'Báo cáo 6 tháng gửi trước ngày ⟦15/6⟧ và báo cáo năm gửi trước ngày ⟦15/12⟧ hằng năm.', v: ['--06-15', '--12-15'], r: ['deadline', 'deadline'] },
  { s: 'Định kỳ hàng quý (trước ngày 10 của tháng cuối quý), báo cáo năm (trước ngày ⟦05/12⟧), tổng hợp báo cáo UBND tỉnh', v: ['--12-05'], r: ['deadline'] },
  { s: 'Các sở, ngành hoàn thành và gửi kết quả về Văn phòng UBND tỉnh chậm nhất ngày ⟦30/6/2022⟧.', v: ['2022-06-30'], r: ['deadline'] },
  { s: 'Quyết định này có hiệu lực kể từ ngày ⟦01/7/2021⟧.', v: ['2021-07-01'], r: ['effective'] },
  { s: 'Quy chế này có hiệu lực thi hành từ ⟦ngày 01 tháng 01 năm 2022⟧.', v: ['2022-01-01'], r: ['effective'] },
  // Events, ranges of days (never merged), and other day forms.
  { s: 'Thời gian tổ chức: từ ngày ⟦01/6/2022⟧ đến ngày ⟦30/6/2022⟧.', v: ['2022-06-01', '2022-06-30'], r: ['event', 'event'] },
  { s: 'Hội nghị được tổ chức vào các ngày ⟦20/5/2021⟧ và ⟦21/5/2021⟧ tại Hội trường Ủy ban nhân dân tỉnh.', v: ['2021-05-20', '2021-05-21'] },
  { s: 'Các sản phẩm sở hữu trí tuệ và dự án đã được nghiệm thu ngày ⟦29/6/2021⟧.', v: ['2021-06-29'], r: ['event'] },
  { s: 'Luật Ban hành văn bản quy phạm pháp luật được Quốc hội thông qua ⟦ngày 22 tháng 6 năm 2015⟧.', v: ['2015-06-22'] },
  { s: 'Số liệu báo cáo tính đến ngày ⟦20/5 năm 2021⟧.', v: ['2021-05-20'] },
  { s: 'Kỷ niệm 76 năm Ngày Quốc khánh (⟦02/9/1945⟧ - ⟦02/9/2021⟧)', v: ['1945-09-02', '2021-09-02'] },
  { s: 'Tổ chức Ngày hội khởi nghiệp vào ⟦29/02/2024⟧ tại Trung tâm Hội nghị tỉnh', v: ['2024-02-29'] },
  { s: 'Hạn nộp hồ sơ: ⟦20 tháng 11, 2021⟧', v: ['2021-11-20'] },
  // Months, quarters, halves, years.
  { s: 'Tổ chức sơ kết vào ⟦tháng 12/2021⟧ và tổng kết vào ⟦tháng 12 năm 2022⟧.', v: ['2021-12', '2022-12'] },
  { s: 'Trình UBND tỉnh phê duyệt trong ⟦quý I/2022⟧; tổ chức thực hiện từ ⟦quý II năm 2022⟧.', v: ['2022-Q1', '2022-Q2'] },
  { s: 'Thời gian thực hiện: ⟦Quý IV năm 2021⟧.', v: ['2021-Q4'] },
  { s: 'Hoàn thành trước ⟦quý 3/2022⟧.', v: ['2022-Q3'], r: ['deadline'] },
  { s: 'Báo cáo sơ kết công tác cải cách hành chính Nhà nước ⟦6 tháng đầu năm 2021⟧ trên địa bàn tỉnh Điện Biên', v: ['2021-H1'] },
  { s: 'Phương hướng, nhiệm vụ ⟦6 tháng cuối năm 2022⟧', v: ['2022-H2'] },
  { s: 'Kết quả thực hiện ⟦3 tháng đầu năm 2022⟧ và nhiệm vụ ⟦6 tháng cuối năm⟧', v: ['2022-Q1', '--H2'] },
  { s: 'Nghị quyết số 01/NQ-CP ngày ⟦08/01/2022⟧ của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước ⟦năm 2022⟧', v: ['2022-01-08', '2022'], r: ['issue', null] },
  { s: 'Kết quả thực hiện nhiệm vụ trong ⟦năm 2021⟧', v: ['2021'], r: ['event'] },
  { s: 'KẾ HOẠCH CÔNG TÁC KHOA HỌC VÀ CÔNG NGHỆ ⟦NĂM 2022⟧', v: ['2022'] },
  { s: 'Phấn đấu hoàn thành việc số hóa hồ sơ trước ⟦năm 2025⟧.', v: ['2025'], r: ['deadline'] },
  { s: 'danh mục nhiệm vụ bắt đầu thực hiện từ ⟦năm 2022⟧, trong đó có nhiệm vụ xây dựng nhãn hiệu', v: ['2022'], r: ['event'] },
  { s: 'Sở đã thực hiện chấm điểm Chỉ số CCHC cấp tỉnh ⟦năm 2020⟧ và trong giai đoạn 2021-2025, định hướng đến năm 2030', v: ['2020'] },
];

const NEGATIVES: string[] = [
  // Symbols that hold a number and a year.
  'Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 quy định',
  'Nghị quyết số 80/2019/NQ-HĐND và Thông tư số 01/2021/TT-BKHCN',
  'Số: 2550/SKHĐT-XTĐT; Số: 12-NQ/TU',
  'theo mẫu số 24/12/2020/QĐ-UBND',
  // Fractions, round-the-clock, counts.
  'Niêm yết công khai 61/61 TTHC thuộc thẩm quyền giải quyết của Sở; 34/61 TTHC mức độ 3,4',
  '19/19 TTHC đều tiếp nhận và giải quyết đúng hạn',
  'Đường dây nóng hoạt động 24/7 để tiếp nhận phản ánh của người dân',
  'thời gian thực hiện 6 tháng, kinh phí 20.000.000 đồng',
  'Định kỳ hàng quý (trước ngày 10 của tháng cuối quý)',
  // Days that do not exist, years out of range, two-digit years.
  'ngày 31/02/2022',
  'ngày 30/13/2021',
  'ngày 00/12/2021 và ngày 0/5/2021',
  'ngày 29/02/2023',
  'ngày 32 tháng 5 năm 2021',
  'ngày 20/01/1900 và ngày 15/3/2150',
  'ngày 20/01/22',
  // Phone numbers, versions, codes, standards.
  'Điện thoại: 0263.3.822.021; Fax: 0263.3.821.105',
  'Mã số hồ sơ 12.10.2021.123',
  'Cập nhật phần mềm lên phiên bản 2.1.2019',
  'áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
  // Years of periods, horizons and names.
  'giai đoạn 2021 - 2025',
  'định hướng đến năm 2030, tầm nhìn đến năm 2050',
  'giai đoạn đến năm 2025, định hướng đến năm 2030',
  'từ năm 2021 đến năm 2025',
  'Kế hoạch đầu tư công trung hạn 5 năm 2021 - 2025',
  'Chỉ thị 13/CT-UBND năm 2021 về tăng cường hoạt động Khoa học và Công nghệ',
  'theo quy định của Luật Đất đai năm 2013',
  'ngày 12 tháng',
  'Covid-19 và mức độ 4',
];

function precisionOf(value: string): DatePrecision {
  if (/^(?:\d{4}|-)-\d{2}-\d{2}$/u.test(value)) return 'day';
  if (/-Q\d$/u.test(value)) return 'quarter';
  if (/-H\d$/u.test(value)) return 'half';
  if (/^\d{4}-\d{2}$/u.test(value)) return 'month';
  return 'year';
}

describe('findDates', () => {
  it('should have at least 40 positive sentences and 20 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(20);
  });

  for (const row of POSITIVES) {
    it(`should find exactly the marked dates in: ${row.s}`, () => {
      const { text, marks } = readMarks(row.s);
      const found = findDates(sentenceContext(text));
      expect(found.map((d) => d.text)).toEqual(marks.map((m) => m.text));
      expect(found.map((d) => [d.start, d.end])).toEqual(marks.map((m) => [m.start, m.end]));
      expect(found.map((d) => d.value)).toEqual(row.v);
      expect(found.map((d) => d.precision)).toEqual(row.v.map(precisionOf));
      if (row.r) expect(found.map((d) => d.role)).toEqual(row.r);
      for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    });
  }

  for (const s of NEGATIVES) {
    it(`should find no date in: ${s}`, () => {
      expect(findDates(sentenceContext(s))).toEqual([]);
    });
  }

  it('should take the year of a partial date from the document date when the layout knows it', () => {
    const text = 'Báo cáo năm gửi trước ngày 05/12; nhiệm vụ 6 tháng cuối năm; trình trong quý II';
    const found = findDates(sentenceContext(text, { issuedOn: '2021-06-30' }));
    expect(found.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['05/12', '2021-12-05', 'day'],
      ['6 tháng cuối năm', '2021-H2', 'half'],
      ['quý II', '2021-Q2', 'quarter'],
    ]);
  });

  it('should take the year of a partial date from the own place-and-date line when the layout has no date', () => {
    const text = 'Điện Biên, ngày tháng 12 năm 2021\nBÁO CÁO\nCác phòng gửi số liệu trước ngày 05/12 và thực hiện nhiệm vụ 6 tháng cuối năm.';
    const found = findDates(sentenceContext(text));
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['ngày tháng 12 năm 2021', '2021-12'],
      ['05/12', '2021-12-05'],
      ['6 tháng cuối năm', '2021-H2'],
    ]);
  });

  it('should keep a year written in the text over the document date', () => {
    const found = findDates(sentenceContext('Kế hoạch số 47/KH-UBND ngày 07/6/2021', { issuedOn: '2022-01-20' }));
    expect(found.map((d) => d.value)).toEqual(['2021-06-07']);
  });

  it('should find the same dates in a decomposed (NFD) sentence, before and after NFC', () => {
    const nfc = 'Lào Cai, ngày 20 tháng 5 năm 2021. Trình trong quý IV năm 2021 và 6 tháng đầu năm 2022';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const expected = ['2021-05-20', '2021-Q4', '2022-H1'];
    expect(findDates(sentenceContext(nfd.normalize('NFC'))).map((d) => d.value)).toEqual(expected);
    const raw = findDates(sentenceContext(nfd));
    expect(raw.map((d) => d.value)).toEqual(expected);
    for (const d of raw) expect(nfd.slice(d.start, d.end)).toBe(d.text);
  });

  it('should read a windows-1258 style half-composed sentence (base letter + tone mark)', () => {
    // `â` + combining grave, `ă` + combining nothing: what cp1258 decoders produce before NFC.
    const text = 'nhiệm vụ 6 tha\u0301ng đâ\u0300u năm 2021';
    expect(findDates(sentenceContext(text)).map((d) => d.value)).toEqual(['2021-H1']);
  });

  it('should give each role cue example the role of its cue', () => {
    for (const cue of DATE_ROLE_CUES) {
      for (const example of cue.examples) {
        const { text, marks } = readMarks(example);
        const found = findDates(sentenceContext(text));
        expect(found.map((d) => [d.text, d.role]), example).toEqual(marks.map((m) => [m.text, cue.role]));
      }
    }
  });

  it('should find nothing in each not-a-date context example', () => {
    for (const context of NOT_DATE_CONTEXTS) {
      const { text, marks } = readMarks(context.example);
      expect(marks.length, context.name).toBe(1);
      // Without the context words the marked number is a date; with them, nothing is found.
      expect(findDates(sentenceContext(`ngày ${marks[0].text}`)).length, context.name).toBe(1);
      expect(findDates(sentenceContext(text)), context.name).toEqual([]);
    }
  });

  it('should return items in document order with offsets into the text', () => {
    const { text } = readMarks(POSITIVES.map((r) => r.s).join('\n'));
    const found = findDates(sentenceContext(text));
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    for (const d of found) expect(d.section).toBe('');
  });

  it('should not throw on odd input', () => {
    for (const s of ['', '/', 'ngày', 'năm 2', '⟦', '0'.repeat(5000), 'ngày '.repeat(2000) + '1/1/2020']) {
      expect(() => findDates(sentenceContext(s))).not.toThrow();
    }
  });
});
