/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" code used by the .VnTime/.VnArial
 * fonts): the code table as data.
 *
 * TCVN3 keeps ASCII and puts the Vietnamese letters in 0xA1–0xFE. It has only
 * seven capitals (Ă Â Ê Ô Ơ Ư Đ); a toned capital is written with the toned
 * lowercase byte and shown as a capital by the "H" fonts (.VnTimeH), so case
 * is lost and must be guessed back (see `restoreTcvn3Case`). Bytes not in the
 * table (0x80–0xA0, 0xAF–0xB4 …) are read as Windows-1252, which is what the
 * fonts show for them (curly quotes, dashes).
 *
 * iconv-lite's `tcvn` is the full TCVN 5712 VN1 table, which puts toned
 * capitals in the C0 controls and 0x80–0x9F; it agrees with this table on
 * every lowercase letter but not on the punctuation real .VnTime files use.
 */
export const TCVN3_LETTERS: Readonly<Record<number, string>> = {
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ',
  0xc6: 'ặ', 0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/**
 * Real words as they appear in .VnTime documents, written as the Windows-1252
 * characters a Unicode program shows for the TCVN3 bytes, with their meaning.
 * A test decodes each one.
 */
export const TCVN3_EXAMPLES: ReadonlyArray<{ latin1: string; text: string }> = [
  { latin1: 'Së Khoa häc vµ C«ng nghÖ', text: 'Sở Khoa học và Công nghệ' },
  { latin1: 'Uû ban nh©n d©n tØnh', text: 'Uỷ ban nhân dân tỉnh' },
  { latin1: 'QuyÕt ®Þnh', text: 'Quyết định' },
  { latin1: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', text: 'Cộng hoà xã hội chủ nghĩa Việt Nam' },
  { latin1: '§éc lËp - Tù do - H¹nh phóc', text: 'Độc lập - Tự do - Hạnh phúc' },
  { latin1: 'Th«ng t­ sè 02/2021/TT-BKHCN', text: 'Thông tư số 02/2021/TT-BKHCN' },
  { latin1: 'n¨m 2022', text: 'năm 2022' },
  { latin1: 'ng­êi d©n, doanh nghiÖp', text: 'người dân, doanh nghiệp' },
  { latin1: '¡n uèng, ¢m thanh, £m ¶i', text: 'Ăn uống, Âm thanh, Êm ải' },
  { latin1: '¤ng, ¥n, ¦u tiªn', text: 'Ông, Ơn, Ưu tiên' },
  { latin1: 'kÕ ho¹ch, b¸o c¸o, chØ thÞ', text: 'kế hoạch, báo cáo, chỉ thị' },
  { latin1: 'ch¾c ch¾n, ¾p, b»ng, bÎ, bÏo, cò, gië, gi÷ g×n', text: 'chắc chắn, ắp, bằng, bẻ, bẽo, cũ, giở, giữ gìn' },
  { latin1: 'lÉn, hÈm, bËc, mÌo, kÏ, gÆp', text: 'lẫn, hẩm, bậc, mèo, kẽ, gặp' },
  { latin1: 'mÑ, ®Ò, thÓ, dÔ, tÕt, nhØ, kÜ, Ých, bÞ, hß, hái, cã, cäc', text: 'mẹ, đề, thể, dễ, tết, nhỉ, kĩ, ích, bị, hò, hỏi, có, cọc' },
  { latin1: 'båi, bæ, gç, tèt, béi, ®ê, ®ì, mì, tí, hîp', text: 'bồi, bổ, gỗ, tốt, bội, đờ, đỡ, mỡ, tớ, hợp' },
  { latin1: 'mï, thñ, vò, óng, ô, õa, nöa, n÷a, søc, ùc', text: 'mù, thủ, vũ, úng, ụ, ừa, nửa, nữa, sức, ực' },
  { latin1: 'kú, mü, hû, ý, ký, ®¹i, bÕ ½m, bµn, b¶n, b·i, b¸n', text: 'kỳ, mỹ, hỷ, ý, ký, đại, bế ẵm, bàn, bản, bãi, bán' },
  { latin1: 'h»ng, th¼ng', text: 'hằng, thẳng' },
  { latin1: 'cÇn, cÈn thËn, ®Èy, lÊy', text: 'cần, cẩn thận, đẩy, lấy' },
  { latin1: 'ý kiÕn, kú häp, Ch÷', text: 'ý kiến, kỳ họp, Chữ' },
  { latin1: 'ng­ìng, x­ëng, tr­íc, l­îng', text: 'ngưỡng, xưởng, trước, lượng' },
  { latin1: 'thµnh phè', text: 'thành phố' },
];
