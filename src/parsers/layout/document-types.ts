/**
 * Document types: the type word printed on its own line in a header (`CHỈ THỊ`),
 * and the type code of a số ký hiệu (`13/CT-UBND`). Each entry carries an example
 * that a test runs. Longer names first so `Thông tư liên tịch` wins over `Thông tư`.
 */
export const DOCUMENT_TYPES: readonly { name: string; codes: string[]; example: string }[] = [
  { name: 'Nghị quyết liên tịch', codes: ['NQLT'], example: '09/2008/NQLT-CP-UBTWMTTQVN' },
  { name: 'Thông tư liên tịch', codes: ['TTLT'], example: '14/2015/TTLT-BKHCN-BNV' },
  { name: 'Chỉ thị', codes: ['CT'], example: '13/CT-UBND' },
  { name: 'Kế hoạch', codes: ['KH'], example: '4632/KH-UBND' },
  { name: 'Báo cáo', codes: ['BC'], example: '/BC-SKHCN' },
  { name: 'Quyết định', codes: ['QĐ'], example: '166/QĐ-UBND' },
  { name: 'Nghị quyết', codes: ['NQ'], example: '02/NQ-CP' },
  { name: 'Nghị định', codes: ['NĐ'], example: '61/2018/NĐ-CP' },
  { name: 'Thông tư', codes: ['TT'], example: '40/2021/TT-BTC' },
  { name: 'Thông báo', codes: ['TB'], example: '150/TB-SKH-CN' },
  { name: 'Tờ trình', codes: ['TTR'], example: '25/TTr-UBND' },
  { name: 'Công văn', codes: [], example: '2550/SKHĐT-XTĐT' },
  { name: 'Chương trình', codes: ['CTR'], example: '14-CTr/TU' },
  { name: 'Hướng dẫn', codes: ['HD'], example: '05/HD-UBND' },
  { name: 'Đề án', codes: ['ĐA'], example: '01/ĐA-UBND' },
  { name: 'Quy chế', codes: ['QC'], example: '02/QC-UBND' },
  { name: 'Quy định', codes: ['QYĐ', 'QĐI'], example: '08-QĐi/TU' },
  { name: 'Công điện', codes: ['CĐ'], example: '01/CĐ-UBND' },
  { name: 'Kết luận', codes: ['KL'], example: '12-KL/TW' },
  { name: 'Biên bản', codes: ['BB'], example: '03/BB-UBND' },
  { name: 'Giấy mời', codes: ['GM'], example: '45/GM-UBND' },
  { name: 'Phương án', codes: ['PA'], example: '07/PA-UBND' },
  { name: 'Thông cáo', codes: ['TC'], example: '01/TC-VPCP' },
  { name: 'Luật', codes: [], example: '05/2007/QH12' },
  { name: 'Pháp lệnh', codes: [], example: '01/2017/UBTVQH14' },
];
