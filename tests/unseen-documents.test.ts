import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline.js';

/**
 * Whole-document tests on excerpts of real documents the project was not built
 * on (fixtures/unseen/README.md says where each comes from): portal copies with
 * hard wraps and `|` table lines, a Công văn with its signature, a Thông tư with
 * Chương/Điều. Every expected value was read by hand from the text.
 */
const dir = join(fileURLToPath(new URL('..', import.meta.url)), 'fixtures', 'unseen');

interface Want {
  document: Record<string, string | null>;
  /** [symbol, type, issuedOn, issuer] of every mention, in document order. */
  references?: Array<[string, string, string | null, string | null]>;
  /** Values of the full dates, in document order. */
  dates?: string[];
  periods?: Array<[number, number]>;
  sections?: string[];
}

const CASES: Record<string, Want> = {
  'kh-8124-lam-dong.txt': {
    document: {
      symbol: '8124/KH-UBND', type: 'Kế hoạch', issuedOn: '2023-09-18', place: 'Lâm Đồng',
      issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng', signer: null,
      title: 'PHÁT TRIỂN HẠ TẦNG SỐ TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG GIAI ĐOẠN 2023 - 2025',
    },
    references: [
      ['749/QĐ-TTg', 'Quyết định', '2020-06-03', 'Thủ tướng Chính phủ'],
      ['411/QĐ-TTg', 'Quyết định', '2022-03-31', 'Thủ tướng Chính phủ'],
      ['885/QĐ-BTTTT', 'Quyết định', '2023-05-25', 'Bộ Thông tin và Truyền thông'],
      ['12-NQ/TU', 'Nghị quyết', '2022-05-25', 'Tỉnh ủy'],
      ['5731/KH-UBND', 'Kế hoạch', '2022-08-03', 'UBND tỉnh'],
      ['3115/BTTTT-CVT', 'Công văn', '2023-08-02', 'Bộ Thông tin và Truyền thông'],
    ],
    dates: ['2023-09-18', '2020-06-03', '2022-03-31', '2023-05-25', '2022-05-25', '2022-08-03', '2023-08-02'],
    periods: [[2023, 2025], [2023, 2025], [2023, 2025]],
    sections: ['I', 'I/1', 'I/1/a'],
  },
  'tt-16-2017-btc.txt': {
    document: {
      symbol: '16/2017/TT-BTC', type: 'Thông tư', issuedOn: '2017-02-28', place: 'Hà Nội', issuer: 'Bộ Tài chính', signer: null,
      title:
        'QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG NGÀY 11 THÁNG 5 NĂM 2016 CỦA THỦ TƯỚNG CHÍNH PHỦ QUY ĐỊNH HỖ TRỢ KINH PHÍ CHO HOẠT ĐỘNG CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI, HÀNG GIẢ VÀ THANH TOÁN CHI PHÍ QUẢN LÝ, XỬ LÝ TÀI SẢN BỊ TỊCH THU THEO QUY ĐỊNH PHÁP LUẬT TRONG LĨNH VỰC CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI, HÀNG GIẢ',
    },
    references: [
      // the trích yếu in capitals: the date and the issuer on the next wrapped line
      ['20/2016/QĐ-TTG', 'Quyết định', '2016-05-11', 'THỦ TƯỚNG CHÍNH PHỦ'],
      ['215/2013/NĐ-CP', 'Nghị định', '2013-12-23', 'Chính phủ'],
      ['20/2016/QĐ-TTg', 'Quyết định', '2016-05-11', 'Thủ tướng Chính phủ'],
      ['20/2016/QĐ-TTg', 'Quyết định', '2016-05-11', 'Thủ tướng Chính phủ'],
    ],
    dates: ['2017-02-28', '2016-05-11', '2013-12-23', '2016-05-11', '2016-05-11'],
    sections: ['Chương I', 'Chương I/Điều 1'],
  },
  'cv-1453-vpcp.txt': {
    document: {
      symbol: '1453/VPCP-KGVX', type: 'Công văn', issuedOn: '2009-03-09', place: 'Hà Nội', issuer: 'Văn phòng Chính phủ',
      signer: 'Nguyễn Xuân Phúc', title: 'V/v xin ý kiến các cơ quan liên quan về báo cáo của Bộ Y tế',
    },
    references: [['123/BC-BYT', 'Công văn', '2009-02-27', 'Bộ Y tế']],
    dates: ['2009-03-09', '2009-02-27', '2009-03-16'],
    sections: [],
  },
  'qd-06-2015-lao-cai.txt': {
    document: {
      symbol: '06/2015/QĐ-UBND', type: 'Quyết định', issuedOn: '2015-01-29', place: 'Lào Cai', issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      signer: null, title: 'BAN HÀNH QUY ĐỊNH QUẢN LÝ HOẠT ĐỘNG TUYÊN TRUYỀN CỦA CÁC CƠ QUAN, ĐƠN VỊ THUỘC TỈNH LÀO CAI',
    },
    references: [
      ['60/2003/NĐ-CP', 'Nghị định', '2003-06-06', 'Chính phủ'],
      ['28/2013/NĐ-CP', 'Nghị định', '2013-04-04', 'Chính phủ'],
      ['59/2003/TT-BTC', 'Thông tư', '2003-06-23', 'Bộ Tài chính'],
      ['60/2003/NĐ-CP', 'Nghị định', '2003-06-06', 'Chính phủ'],
      ['62/TTr-STTTT', 'Tờ trình', '2014-12-16', null],
    ],
    dates: ['2015-01-29', '2003-11-26', '2004-12-03', '2002-12-16', '2012-06-20', '2003-06-06', '2013-04-04', '2003-06-23', '2003-06-06', '2014-12-16'],
    // `Điều` alone on its line, its number on the next
    sections: ['Điều 1', 'Điều 2', 'Điều 3'],
  },
  'tb-31-1999-vpcp.txt': {
    // the portal's table (`Số hiệu: | … |`) is chrome; its signer fills the field the excerpt lacks
    document: {
      symbol: '31/TB-VPCP', type: 'Thông báo', issuedOn: '1999-02-22', place: 'Hà Nội', issuer: 'Văn phòng Chính phủ', signer: 'Nguyễn Tôn',
      title:
        'KẾT LUẬN CỦA PHÓ THỦ TƯỚNG NGÔ XUÂN LỘC TẠI HỘI NGHỊ TRIỂN KHAI NGHỊ QUYẾT CỦA QUỐC HỘI VỀ KẾ HOẠCH NĂM 1999 KHU VỰC 15 TỈNH, THÀNH PHỐ ĐỒNG BẰNG BẮC BỘ VÀ KHU 4 CŨ',
    },
    // the portal's title line cites the document's own number: no reference
    references: [],
    // the portal table's `Ngày ban hành: | 22/02/1999 |` is chrome; `Ngày 4 và 5 tháng 01 năm 1999` gives two days
    dates: ['1999-02-22', '1999-01-04', '1999-01-05'],
  },
};

describe('unseen real documents through the whole pipeline', () => {
  for (const [file, want] of Object.entries(CASES)) {
    describe(file, () => {
      const result = processDocument(readFileSync(join(dir, file)), file);

      it('should read the document fields from its header', async () => {
        const { document } = await result;
        for (const [k, v] of Object.entries(want.document)) expect([k, (document as Record<string, unknown>)[k]]).toEqual([k, v]);
      });
      if (want.references) {
        it('should find every reference with its type, date and issuer', async () => {
          const refs = (await result).references.map((r) => [r.symbol, r.type, r.issuedOn, r.issuer]);
          expect(refs).toEqual(want.references);
        });
      }
      if (want.dates) {
        it('should find every full date', async () => {
          const dates = (await result).dates.map((d) => d.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/u.test(v));
          expect(dates).toEqual(want.dates);
        });
      }
      if (want.periods) {
        it('should find every period', async () => {
          expect((await result).periods.map((p) => [p.from, p.to])).toEqual(want.periods);
        });
      }
      if (want.sections) {
        it('should find the numbered structure', async () => {
          expect((await result).sections.map((s) => s.path)).toEqual(want.sections);
        });
      }
    });
  }
});
