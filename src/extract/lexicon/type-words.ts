/**
 * The words that name a document's type in running text, in front of its số
 * ký hiệu (`Quyết định số 166/QĐ-UBND`), with the full type they give. Matched
 * without regard to case (headlines are ALL CAPS), except abbreviations, which
 * must be written in capitals (`QĐ 36/QĐ-TTg`; `qđ` is not a type word).
 *
 * `type: null` marks a generic word (`Văn bản`): the type then comes from the
 * symbol's type code (`văn bản số 166/QĐ-UBND` is a Quyết định; `Văn bản số
 * 19046/BTC-TCHQ` has no code and is a Công văn).
 *
 * Every entry has an example that the lexicon test runs through findReferences.
 */
export interface TypeWord {
  /** The word as written in the text (matched case-insensitively unless `abbreviation`). */
  word: string;
  /** The full type it gives, or null for a generic word. */
  type: string | null;
  /** A capitalised abbreviation (`QĐ`, `NĐ`): matched case-sensitively and only right before the symbol. */
  abbreviation?: boolean;
  /** A real sentence containing the word before a symbol. */
  example: string;
}

export const TYPE_WORDS: readonly TypeWord[] = [
  { word: 'Thông tư liên tịch', type: 'Thông tư liên tịch', example: 'Căn cứ Thông tư liên tịch số 29/2015/TTLT-BKHCN-BNV ngày 18/12/2015 của Bộ Khoa học và Công nghệ và Bộ Nội vụ' },
  { word: 'Nghị quyết liên tịch', type: 'Nghị quyết liên tịch', example: 'theo Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008' },
  { word: 'Quyết định liên tịch', type: 'Quyết định liên tịch', example: 'thực hiện Quyết định liên tịch số 05/2005/QĐLT-BTP-BNV' },
  { word: 'Kế hoạch hành động', type: 'Kế hoạch', example: 'Thực hiện Kế hoạch hành động số 3301/KH-UBND ngày 05/10/2021' },
  { word: 'Chương trình hành động', type: 'Chương trình', example: 'Chương trình hành động số 25-CTr/TU ngày 10/3/2021 của Tỉnh ủy' },
  { word: 'Thông báo kết luận', type: 'Thông báo', example: 'thực hiện Thông báo kết luận số 125-TB/TW ngày 20/10/2022 của Bộ Chính trị' },
  { word: 'Văn bản hợp nhất', type: 'Văn bản hợp nhất', example: 'Văn bản hợp nhất số 01/VBHN-BKHCN ngày 28/3/2019 của Bộ Khoa học và Công nghệ' },
  { word: 'Quyết định', type: 'Quyết định', example: 'tại Quyết định số 166/QĐ-UBND ngày 20/01/2022 của Ủy ban nhân dân tỉnh' },
  { word: 'Nghị quyết', type: 'Nghị quyết', example: 'thực hiện Nghị quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ' },
  { word: 'Nghị định', type: 'Nghị định', example: 'theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ' },
  { word: 'Thông tư', type: 'Thông tư', example: 'Căn cứ Thông tư số 11/2024/TT-BNV ngày 31/7/2024 của Bộ trưởng Bộ Nội vụ' },
  { word: 'Chỉ thị', type: 'Chỉ thị', example: 'thực hiện Chỉ thị số 37-CT/TW ngày 06/9/2019 của Bộ Chính trị' },
  { word: 'Kế hoạch', type: 'Kế hoạch', example: 'Triển khai thực hiện Kế hoạch số 65/KH-UBND ngày 30/7/2021 của Ủy ban nhân dân tỉnh Trà Vinh' },
  { word: 'Chương trình', type: 'Chương trình', example: 'thực hiện Chương trình số 14-CTr/TU ngày 26/3/2021 của Ban Thường vụ Tỉnh ủy' },
  { word: 'Công văn', type: 'Công văn', example: 'Thực hiện Công văn số 2550/SKHĐT-XTĐT ngày 07/12/2021 của Sở Kế hoạch và Đầu tư tỉnh Điện Biên' },
  { word: 'Công điện', type: 'Công điện', example: 'Thực hiện Công điện số 1099/CĐ-TTg ngày 20/11/2022 của Thủ tướng Chính phủ' },
  { word: 'Thông báo', type: 'Thông báo', example: 'Sở đã ban hành Thông báo số 150/TB-SKH-CN ngày 22/02/2021' },
  { word: 'Thông tri', type: 'Thông tri', example: 'thực hiện Thông tri số 03-TT/TU ngày 15/5/2021 của Ban Thường vụ Tỉnh ủy' },
  { word: 'Thông cáo', type: 'Thông cáo', example: 'theo Thông cáo số 01/TC-VPCP' },
  { word: 'Bộ luật', type: 'Bộ luật', example: 'Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019' },
  { word: 'Luật', type: 'Luật', example: 'việc thực hiện Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12 ngày 21/11/2007' },
  { word: 'Pháp lệnh', type: 'Pháp lệnh', example: 'Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14 ngày 09/12/2020' },
  { word: 'Lệnh', type: 'Lệnh', example: 'theo Lệnh số 01/2020/L-CTN ngày 10/01/2020 của Chủ tịch nước' },
  { word: 'Đề án', type: 'Đề án', example: 'triển khai Đề án số 06/ĐA-UBND ngày 12/3/2021 của UBND tỉnh' },
  { word: 'Dự án', type: 'Dự án', example: 'theo Dự án số 02/DA-SNN ngày 15/4/2022' },
  { word: 'Phương án', type: 'Phương án', example: 'thực hiện Phương án số 12/PA-UBND ngày 08/02/2022 của UBND tỉnh' },
  { word: 'Quy chế', type: 'Quy chế', example: 'ban hành kèm theo Quy chế số 05/QC-UBND ngày 10/5/2020' },
  { word: 'Quy định', type: 'Quy định', example: 'thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương' },
  { word: 'Hướng dẫn', type: 'Hướng dẫn', example: 'theo Hướng dẫn số 01-HD/TU ngày 10/01/2021 của Ban Thường vụ Tỉnh ủy' },
  { word: 'Báo cáo', type: 'Báo cáo', example: 'tổng hợp Báo cáo số 88/BC-UBND ngày 15/4/2022 của UBND tỉnh' },
  { word: 'Tờ trình', type: 'Tờ trình', example: 'xem xét Tờ trình số 45/TTr-UBND ngày 02/6/2022 của UBND tỉnh' },
  { word: 'Kết luận', type: 'Kết luận', example: 'thực hiện Kết luận số 34-KL/TW ngày 07/8/2018 của Bộ Chính trị' },
  { word: 'Biên bản', type: 'Biên bản', example: 'theo Biên bản số 03/BB-HĐ ngày 12/7/2021' },
  { word: 'Hợp đồng', type: 'Hợp đồng', example: 'theo Hợp đồng số 12/HĐ-SKHCN ngày 01/3/2022' },
  { word: 'Giấy mời', type: 'Giấy mời', example: 'theo Giấy mời số 25/GM-UBND ngày 10/8/2022 của UBND tỉnh' },
  { word: 'Giấy phép', type: 'Giấy phép', example: 'theo Giấy phép số 15/GP-SKHCN ngày 05/5/2021' },
  { word: 'Điều lệ', type: 'Điều lệ', example: 'ban hành kèm theo Điều lệ số 01/ĐL-HTX' },
  { word: 'Văn bản', type: null, example: 'Bộ Tài chính có Văn bản số 19046/BTC-TCHQ ngày 20/10/2022 hướng dẫn' },
  // Abbreviations: capitals only, right before the symbol.
  { word: 'TTLT', type: 'Thông tư liên tịch', abbreviation: true, example: 'theo TTLT 29/2015/TTLT-BKHCN-BNV của Bộ Khoa học và Công nghệ' },
  { word: 'QĐ', type: 'Quyết định', abbreviation: true, example: '(bàn hành kèm theo QĐ 36/QĐ-TTg ngày 11/01/2021 của Thủ tướng Chính phủ)' },
  { word: 'NQ', type: 'Nghị quyết', abbreviation: true, example: 'triển khai NQ 01/NQ-CP ngày 08/01/2022' },
  { word: 'NĐ', type: 'Nghị định', abbreviation: true, example: 'thực hiện NĐ 61/2018/NĐ-CP về một cửa' },
  { word: 'TT', type: 'Thông tư', abbreviation: true, example: 'hướng dẫn tại TT 11/2024/TT-BNV' },
  { word: 'CT', type: 'Chỉ thị', abbreviation: true, example: 'thực hiện CT 05-CT/TW ngày 15/5/2016' },
  { word: 'KH', type: 'Kế hoạch', abbreviation: true, example: 'theo KH số 65/KH-UBND ngày 30/7/2021' },
  { word: 'CV', type: 'Công văn', abbreviation: true, example: 'theo CV số 123/UBND-KT ngày 05/01/2022 của UBND tỉnh' },
  { word: 'TB', type: 'Thông báo', abbreviation: true, example: 'theo TB 150/TB-SKH-CN ngày 22/02/2021' },
];
