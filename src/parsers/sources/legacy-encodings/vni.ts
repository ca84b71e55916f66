/**
 * VNI-Windows (the VNI-Times/VNI-Helve fonts): the code table as data.
 *
 * VNI writes a vowel with a diacritic as the base letter followed by one
 * "mark" byte (`Vieät` = `Việt`: e + ä for circumflex-and-dot), except for a
 * few single-byte letters (ơ ư đ and the toned i/ỵ). Each entry below maps the
 * bytes, written as the Windows-1252 characters a Unicode program shows for
 * them, to the Vietnamese letter. Bytes outside these sequences are read as
 * Windows-1252. (Built from the mark table at the end of this file.)
 */

/** Real words in VNI bytes (as Windows-1252 characters) and their meaning; a test decodes each. */
export const VNI_EXAMPLES: ReadonlyArray<{ latin1: string; text: string }> = [
  { latin1: 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', text: 'Cộng hòa xã hội chủ nghĩa Việt Nam' },
  { latin1: 'Ñoäc laäp - Töï do - Haïnh phuùc', text: 'Độc lập - Tự do - Hạnh phúc' },
  { latin1: 'UÛY BAN NHAÂN DAÂN TÆNH', text: 'ỦY BAN NHÂN DÂN TỈNH' },
  { latin1: 'Quyeát ñònh soá 166/QÑ-UBND', text: 'Quyết định số 166/QĐ-UBND' },
  { latin1: 'Sôû Khoa hoïc vaø Coâng ngheä', text: 'Sở Khoa học và Công nghệ' },
  { latin1: 'ngöôøi, tröôùc, löôïng, nöôùc', text: 'người, trước, lượng, nước' },
  { latin1: 'naêm, ñaët, baèng, thaúng, aün, aét', text: 'năm, đặt, bằng, thẳng, ẵn, ắt' },
  { latin1: 'caàn, caån, laãy, laáy, caäy, aâm', text: 'cần, cẩn, lẫy, lấy, cậy, âm' },
  { latin1: 'beù, meø, beû, beõ, meï', text: 'bé, mè, bẻ, bẽ, mẹ' },
  { latin1: 'keá, ñeà, theå, deã, leä', text: 'kế, đề, thể, dễ, lệ' },
  { latin1: 'ích, ì, nhæ, kó, bò', text: 'ích, ì, nhỉ, kĩ, bị' },
  { latin1: 'coù, hoø, hoûi, hoõ, coïc', text: 'có, hò, hỏi, hõ, cọc' },
  { latin1: 'toát, boàng, boå, goã, boäi', text: 'tốt, bồng, bổ, gỗ, bội' },
  { latin1: 'ôn, tôù, ñôø, ôû, môõ, hôïp', text: 'ơn, tớ, đờ, ở, mỡ, hợp' },
  { latin1: 'uùp, muø, thuû, vuõ, uï', text: 'úp, mù, thủ, vũ, ụ' },
  { latin1: 'öu, söùc, öø, söû, nöõa, öïc', text: 'ưu, sức, ừ, sử, nữa, ực' },
  { latin1: 'yù kieán, kyø, hyû, myõ, î', text: 'ý kiến, kỳ, hỷ, mỹ, ỵ' },
  { latin1: 'AÙ, AØ, AÛ, AÕ, AÏ, AÂ, AÁ, AÀ, AÅ, AÃ, AÄ', text: 'Á, À, Ả, Ã, Ạ, Â, Ấ, Ầ, Ẩ, Ẫ, Ậ' },
  { latin1: 'AÊ, AÉ, AÈ, AÚ, AÜ, AË, Ñ, Ô, Ö, Í, Ì, Æ, Ó, Ò, Î', text: 'Ă, Ắ, Ằ, Ẳ, Ẵ, Ặ, Đ, Ơ, Ư, Í, Ì, Ỉ, Ĩ, Ị, Ỵ' },
  { latin1: 'NGHÒ QUYEÁT', text: 'NGHỊ QUYẾT' },
];

/** Unicode tone marks in VNI's order: none, acute, grave, hook, tilde, dot. */
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/**
 * The VNI mark bytes for each (vowel kind, tone), lowercase; the capitals are
 * the same letters upper-cased (ù → Ù). Index = tone as in TONES.
 */
const MARKS = {
  plain: ['', 'ù', 'ø', 'û', 'õ', 'ï'], // a e o u y + tone
  circumflex: ['â', 'á', 'à', 'å', 'ã', 'ä'], // â ê ô
  breve: ['ê', 'é', 'è', 'ú', 'ü', 'ë'], // ă
} as const;

function buildVniTable(): Record<string, string> {
  const table: Record<string, string> = {};
  const add = (vni: string, text: string): void => {
    table[vni] = text.normalize('NFC');
    table[vni.toUpperCase()] = text.toUpperCase().normalize('NFC');
  };
  for (let t = 0; t < TONES.length; t++) {
    const tone = TONES[t];
    for (const v of ['a', 'e', 'o', 'u', 'y']) {
      if (t === 5 && v === 'y') continue; // ỵ is the single byte î
      if (t > 0) add(v + MARKS.plain[t], v + tone);
    }
    for (const v of ['a', 'e', 'o']) add(v + MARKS.circumflex[t], v + '\u0302' + tone);
    add('a' + MARKS.breve[t], 'a\u0306' + tone);
    // ơ and ư are the single bytes ô and ö, followed by a plain tone mark.
    add('ô' + MARKS.plain[t], 'o\u031b' + tone);
    add('ö' + MARKS.plain[t], 'u\u031b' + tone);
  }
  add('ñ', 'đ');
  add('í', 'í');
  add('ì', 'ì');
  add('æ', 'ỉ');
  add('ó', 'ĩ');
  add('ò', 'ị');
  add('î', 'ỵ');
  return table;
}

/** VNI byte sequences (as Windows-1252 characters) → Vietnamese letters: see the comment at the top. */
export const VNI_SEQUENCES: Readonly<Record<string, string>> = buildVniTable();
