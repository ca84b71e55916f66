import { describe, expect, it } from 'vitest';
import { findRecipients } from './find-recipients.js';
import { findSignature, isPersonName } from './find-signature.js';
import { layoutLines } from './layout-lines.js';
import { parseLayout } from './parse-layout.js';
import { AUTHORITY_PREFIXES, SIGNER_TITLES } from './signature-words.js';

const sign = (text: string) => findSignature(layoutLines(text), 0, new Set());

/** Signature blocks as copies print them, with the signer as written. */
const BLOCKS: [name: string, text: string, signer: string | null][] = [
  ['a deputy signing for the chairman of a committee', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nTrịnh Xuân Trường', 'Trịnh Xuân Trường'],
  ['KT.CHỦ TỊCH written without a space', 'TM. ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Xuân Phong', 'Đặng Xuân Phong'],
  ['a deputy director of a Sở in Markdown bold', '**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\nLê Văn Quang', 'Lê Văn Quang'],
  ['a head of department signing by order (TL.)', 'TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nNguyễn Thanh Tịnh', 'Nguyễn Thanh Tịnh'],
  ['a chief of office signing by delegation (TUQ.)', 'TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nĐỗ Văn Hùng', 'Đỗ Văn Hùng'],
  ['an acting director (Q.)', 'Q. GIÁM ĐỐC\n(Đã ký)\nPhạm Thị Mai', 'Phạm Thị Mai'],
  ['a Party standing committee', 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nNguyễn Văn Hưởng', 'Nguyễn Văn Hưởng'],
  ['a minister with the name in capitals', 'BỘ TRƯỞNG\n\nHUỲNH THÀNH ĐẠT', 'HUỲNH THÀNH ĐẠT'],
  ['a director with no prefix', 'GIÁM ĐỐC\n(Ký, đóng dấu)\nVõ Văn Nghĩa', 'Võ Văn Nghĩa'],
  ['a committee prefix with the name cut off', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', null],
  // Công văn 1453/VPCP-KGVX (Văn phòng Chính phủ, 2009), as luatminhkhue.vn prints it: two titles joined by a comma.
  ['a minister who also heads the Government Office', 'Nơi nhận:\n- Như trên;\n- Lưu VT, KGVX (3)\n\nBỘ TRƯỞNG, CHỦ NHIỆM\nNguyễn Xuân Phúc', 'Nguyễn Xuân Phúc'],
  ['a deputy minister signing for the minister', 'KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\n\nNguyễn Văn Hưởng', 'Nguyễn Văn Hưởng'],
];

describe('findSignature', () => {
  for (const [name, text, signer] of BLOCKS) {
    it(`should read ${name}`, () => {
      const s = sign(`Các sở, ngành tổ chức thực hiện./.\n${text}`);
      expect(s).not.toBeNull();
      expect(s!.signer).toBe(signer);
    });
  }

  it('should read a signature interleaved with Nơi nhận in a two-column copy', () => {
    const text = 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT, VP.\n(Đã ký)\nLê Văn Quang';
    const s = sign(text);
    expect(s!.signer).toBe('Lê Văn Quang');
    expect(text.slice(s!.span.start, s!.span.start + 12)).toBe('KT. GIÁM ĐỐC');
  });

  it('should read a signature flattened onto the last Nơi nhận line of a portal copy', () => {
    const text = 'Nơi nhận:\n- TT. TU, HĐND, UBND tỉnh;\n- Lưu: VT, KGVX. CHỦ TỊCH\nTrịnh Xuân Trường';
    expect(sign(text)!.signer).toBe('Trịnh Xuân Trường');
  });

  it('should read a title and a name on one line', () => {
    expect(sign('Tổ chức thực hiện./.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Xuân Phong')!.signer).toBe('Đặng Xuân Phong');
  });

  it('should not take a web editor\'s byline for a signature', () => {
    expect(sign('Tổ chức thực hiện./.\nThi Lan\nVăn phòng Sở Khoa học và Công nghệ')).toBeNull();
    expect(sign('Các phòng thực hiện kế hoạch này./.\nP.QLCN-NNB')).toBeNull();
  });

  it('should not take the authority line of a decision for a signature', () => {
    expect(sign('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;')).toBeNull();
  });

  it('should tell person names from titles and organs', () => {
    expect(['Lê Văn Quang', 'Trịnh Xuân Trường', 'HUỲNH THÀNH ĐẠT'].map(isPersonName)).toEqual([true, true, true]);
    expect(['PHÓ GIÁM ĐỐC', 'Văn phòng Sở Khoa học và Công nghệ', 'Lưu: VT', 'NƠI NHẬN', 'ỦY BAN NHÂN DÂN'].map(isPersonName)).toEqual([false, false, false, false, false]);
  });

  it('should know every authority prefix and signer title of its lexicon', () => {
    for (const p of AUTHORITY_PREFIXES) expect([p, sign(`${p} GIÁM ĐỐC\nLê Văn Quang`)?.signer]).toEqual([p, 'Lê Văn Quang']);
    for (const t of SIGNER_TITLES) expect([t, sign(`${t}\nLê Văn Quang`)?.signer]).toEqual([t, 'Lê Văn Quang']);
  });
});

describe('findRecipients', () => {
  it('should span the Nơi nhận heading and its items', () => {
    const text = 'Trên đây là báo cáo./.\nNơi nhận:\n- Sở KH&ĐT;\n- Giám đốc Sở (b/c);\n- Lưu: VT, VP, QLCN, TĐC.\nKT. GIÁM ĐỐC';
    const r = findRecipients(layoutLines(text), 0, new Set());
    expect(text.slice(r!.start, r!.end)).toBe('Nơi nhận:\n- Sở KH&ĐT;\n- Giám đốc Sở (b/c);\n- Lưu: VT, VP, QLCN, TĐC.');
  });

  it('should run past signature lines interleaved with the items', () => {
    const text = 'Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\nLê Văn Quang\n- Lưu: VT.';
    const r = findRecipients(layoutLines(text), 0, new Set());
    expect(r!.end).toBe(text.length);
  });

  it('should keep signature and recipients out of the body, in either order', () => {
    const body = '1. Tổ chức thực hiện\nCác sở, ngành triển khai./.';
    for (const tail of [
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A',
      'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\nNơi nhận:\n- Như trên;\n- Lưu: VT.',
    ]) {
      const text = `${body}\n${tail}`;
      const layout = parseLayout(text, {});
      expect(text.slice(layout.body.start, layout.body.end)).toBe(body);
      expect(layout.recipients).not.toBeNull();
      expect(layout.signature).not.toBeNull();
      expect(layout.sections.map((s) => s.path)).toEqual(['1']);
    }
  });
});
