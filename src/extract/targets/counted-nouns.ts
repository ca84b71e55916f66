import { foldMatch } from './fold-match.js';
import type { WordToken } from './read-words.js';

/**
 * A noun that administrative documents count or measure, at its natural
 * length: the unit a figure gives (`04 nhiệm vụ khoa học và công nghệ` →
 * `nhiệm vụ`; `16 đơn đăng ký bảo hộ nhãn hiệu` → `đơn đăng ký`). The longest
 * entry that the words after a number begin with wins, so compounds that are
 * units of their own (`nhãn hiệu chứng nhận`, `lớp tập huấn`) are listed
 * beside their heads. A comma inside an entry (`sở, ngành`) must be written.
 */
export interface CountedNoun {
  phrase: string;
  /**
   * How many words of the phrase make the unit, when the phrase is longer than
   * its natural unit (at most four syllables): `doanh nghiệp khoa học và công
   * nghệ` is counted as `doanh nghiệp`. The whole phrase still belongs to the text.
   */
  unitWords?: number;
  /** A real sentence where the noun is counted; the lexicon test runs it. */
  example: string;
}

export const COUNTED_NOUNS: readonly CountedNoun[] = [
  // organisations and people
  { phrase: 'doanh nghiệp', example: 'Hỗ trợ từ 02 doanh nghiệp trở lên thực hiện chuyển giao, ứng dụng đổi mới công nghệ.' },
  { phrase: 'doanh nghiệp khoa học và công nghệ', unitWords: 2, example: 'Phấn đấu có thêm 05 doanh nghiệp khoa học và công nghệ được chứng nhận.' },
  { phrase: 'công ty', example: 'cập nhật dữ liệu cho 75 Công ty Cổ phần, Công ty TNHH, hợp tác xã' },
  { phrase: 'hợp tác xã', example: 'Hỗ trợ 10 hợp tác xã xây dựng nhãn hiệu tập thể.' },
  { phrase: 'htx', example: 'Năm 2021 đã thành lập mới 12 HTX nông nghiệp.' },
  { phrase: 'tổ hợp tác', example: 'Thành lập mới 15 tổ hợp tác trên địa bàn huyện.' },
  { phrase: 'cơ sở', example: 'Trong năm đã hướng dẫn 08 cơ sở đăng ký bảo hộ nhãn hiệu.' },
  { phrase: 'cơ sở sản xuất', example: 'Kiểm tra 25 cơ sở sản xuất, kinh doanh vàng trang sức.' },
  { phrase: 'hộ', example: 'Hỗ trợ 120 hộ dân chuyển đổi cơ cấu cây trồng.' },
  { phrase: 'hộ gia đình', example: 'có 350 hộ gia đình được cấp nước sạch' },
  { phrase: 'người', example: 'Tổ chức tập huấn cho 150 người tham gia.' },
  { phrase: 'lượt người', example: 'thu hút 2.000 lượt người tham quan' },
  { phrase: 'lượt', example: 'Tổ chức 04 lớp với 200 lượt học viên.' },
  { phrase: 'học viên', example: 'Mỗi lớp có 50 học viên tham gia.' },
  { phrase: 'đại biểu', example: 'Hội thảo có 120 đại biểu tham dự.' },
  { phrase: 'cán bộ', example: 'Cử 05 cán bộ tham gia Đoàn kiểm tra.' },
  { phrase: 'công chức', example: 'Bố trí 03 công chức đủ điều kiện tham gia Đoàn kiểm tra công tác CCHC.' },
  { phrase: 'viên chức', example: 'Tuyển dụng 12 viên chức sự nghiệp.' },
  { phrase: 'người lao động', example: 'giải quyết việc làm cho 1.200 người lao động' },
  { phrase: 'lao động', example: 'đào tạo nghề cho 500 lao động nông thôn' },
  { phrase: 'học sinh', example: 'có 45 học sinh đạt giải cấp tỉnh' },
  { phrase: 'đơn vị', example: 'chủ trì kiểm tra tại trụ sở 02 đơn vị là Chi cục Bảo vệ thực vật và Chi cục Thú y.' },
  { phrase: 'cơ quan', example: 'Kiểm tra công tác CCHC tại 12 cơ quan hành chính.' },
  { phrase: 'tổ chức', example: 'Hỗ trợ 06 tổ chức, cá nhân đăng ký bảo hộ.' },
  { phrase: 'sở', example: 'Lấy ý kiến góp ý của 15 sở và các huyện, thành phố.' },
  { phrase: 'sở, ngành', example: 'Thẩm định quy trình nội bộ giải quyết TTHC của các 10 Sở, ngành.' },
  { phrase: 'sở, ban, ngành', example: 'Lấy ý kiến 20 sở, ban, ngành của tỉnh.' },
  { phrase: 'ubnd cấp huyện', example: 'tiến hành kiểm tra đối với 09 sở, ngành và 05 UBND cấp huyện.' },
  { phrase: 'ubnd cấp xã', example: 'kiểm tra 20 UBND cấp xã' },
  { phrase: 'ubnd', example: 'hướng dẫn 10 UBND các huyện, thành phố' },
  { phrase: 'huyện', example: 'triển khai tại 8 huyện, thị xã, thành phố' },
  { phrase: 'xã', example: 'Phấn đấu có thêm 15 xã đạt chuẩn nông thôn mới.' },
  { phrase: 'trường', example: 'Có 35 trường đạt chuẩn quốc gia.' },
  // tasks, projects, products
  { phrase: 'nhiệm vụ', example: 'Triển khai 04 nhiệm vụ khoa học và công nghệ phát triển tài sản trí tuệ' },
  { phrase: 'nội dung', example: 'Kế hoạch gồm 05 nội dung chính.' },
  { phrase: 'nội dung nhiệm vụ', example: 'bao gồm 3 nội dung nhiệm vụ cụ thể như sau' },
  { phrase: 'đề tài', example: 'Nghiệm thu 12 đề tài, dự án khoa học và công nghệ cấp tỉnh.' },
  { phrase: 'dự án', example: 'Triển khai 03 dự án thuộc Chương trình nông thôn miền núi.' },
  { phrase: 'đề án', example: 'Xây dựng 02 đề án phát triển sản phẩm chủ lực.' },
  // Nghị quyết 78/NQ-HĐND (Quảng Ngãi, 2023): a count of programmes, capitalised as their names are.
  { phrase: 'chương trình', example: 'phân bổ ngân sách Trung ương giai đoạn 2021 - 2025 và năm 2022 cho các Bộ, cơ quan Trung ương và địa phương thực hiện 03 Chương trình mục tiêu quốc gia' },
  { phrase: 'mô hình', example: 'Xây dựng 05 mô hình ứng dụng tiến bộ kỹ thuật.' },
  { phrase: 'sáng kiến', example: 'phấn đấu lựa chọn ít nhất từ 02 đến 03 sáng kiến để nhân rộng' },
  { phrase: 'sản phẩm', example: 'đăng ký quốc tế nhãn hiệu cho 02 sản phẩm có tiềm năng xuất khẩu' },
  { phrase: 'sản phẩm ocop', example: 'Có thêm 20 sản phẩm OCOP đạt từ 3 sao trở lên.' },
  { phrase: 'nhãn hiệu', example: 'Hỗ trợ xây dựng 06 nhãn hiệu cho sản phẩm đặc sản.' },
  { phrase: 'nhãn hiệu chứng nhận', example: 'Hỗ trợ bảo hộ 04 nhãn hiệu chứng nhận thông qua hình thức tuyển chọn' },
  { phrase: 'nhãn hiệu tập thể', example: 'có thêm ít nhất 01 chỉ dẫn địa lý; 09 nhãn hiệu chứng nhận; 03 nhãn hiệu tập thể' },
  { phrase: 'nhãn hiệu sản phẩm', example: '03 nhãn hiệu tập thể; 08 nhãn hiệu sản phẩm được hỗ trợ khai thác' },
  { phrase: 'chỉ dẫn địa lý', example: 'toàn tỉnh có thêm ít nhất 01 chỉ dẫn địa lý' },
  { phrase: 'hình thức bảo hộ', example: 'Hỗ trợ đăng ký bảo hộ nhãn hiệu, kiểu dáng công nghiệp 22 hình thức bảo hộ.' },
  { phrase: 'kiểu dáng công nghiệp', example: 'được cấp 03 kiểu dáng công nghiệp' },
  { phrase: 'sáng chế', example: 'có 02 sáng chế được cấp bằng độc quyền' },
  { phrase: 'giải pháp hữu ích', example: 'được cấp 01 giải pháp hữu ích' },
  { phrase: 'văn bằng bảo hộ', example: 'trong đó có 03 văn bằng bảo hộ nhãn hiệu được cấp' },
  { phrase: 'đơn đăng ký', example: 'toàn tỉnh có 16 đơn đăng ký bảo hộ nhãn hiệu được nộp tại Cục Sở hữu trí tuệ' },
  { phrase: 'giấy chứng nhận', example: 'Cấp 15 giấy chứng nhận đăng ký hoạt động khoa học và công nghệ.' },
  { phrase: 'giấy phép', example: 'cấp 30 giấy phép tiến hành công việc bức xạ' },
  { phrase: 'tiêu chuẩn', example: 'Xây dựng 10 tiêu chuẩn cơ sở.' },
  { phrase: 'tiêu chí', example: 'có 12 xã đạt 19 tiêu chí nông thôn mới' },
  { phrase: 'chỉ tiêu', example: 'Năm 2021 có 18/20 chỉ tiêu đạt và vượt kế hoạch.' },
  { phrase: 'phương tiện đo', example: 'Kiểm định 3.500 phương tiện đo các loại.' },
  { phrase: 'mẫu', example: 'Lấy 45 mẫu xăng dầu để thử nghiệm.' },
  // procedures and papers
  { phrase: 'thủ tục', example: 'Tiến hành rà soát đánh giá 05 thủ tục, không có thủ tục nào cần kiến nghị sửa đổi' },
  { phrase: 'thủ tục hành chính', example: 'Công bố 95 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.' },
  { phrase: 'tthc', example: 'Niêm yết công khai 61/61 TTHC thuộc thẩm quyền giải quyết của Sở' },
  { phrase: 'hồ sơ', example: 'Tiếp nhận 250 hồ sơ, đã giải quyết đúng hạn 248 hồ sơ.' },
  { phrase: 'hồ sơ tthc', example: 'Năm 2021 tiếp nhận và giải quyết 19 hồ sơ TTHC' },
  { phrase: 'dịch vụ công', example: 'Tích hợp 45 dịch vụ công lên Cổng Dịch vụ công quốc gia.' },
  { phrase: 'dịch vụ công trực tuyến', unitWords: 3, example: 'Cung cấp 45 dịch vụ công trực tuyến mức độ 4.' },
  { phrase: 'văn bản', example: 'Ban hành 25 văn bản chỉ đạo, hướng dẫn.' },
  { phrase: 'văn bản quy phạm pháp luật', unitWords: 2, example: 'Tham mưu ban hành 03 văn bản quy phạm pháp luật.' },
  { phrase: 'kiến nghị', example: 'Tiếp nhận 04 kiến nghị của doanh nghiệp.' },
  { phrase: 'tin, bài', example: 'Đăng tải 120 tin, bài trên Cổng thông tin điện tử.' },
  { phrase: 'phóng sự', example: 'Xây dựng 12 phóng sự tuyên truyền.' },
  // meetings, training, inspections
  { phrase: 'lớp', example: 'Tổ chức 03 lớp về kỹ năng số cho cán bộ.' },
  { phrase: 'lớp tập huấn', example: 'Tổ chức 04 lớp tập huấn sở hữu trí tuệ.' },
  // five syllables, as the dev gold (003) writes it: a training class that is a conference
  { phrase: 'lớp hội nghị tập huấn', example: 'tổ chức 03 lớp hội nghị tập huấn bồi dưỡng kiến thức' },
  { phrase: 'lớp đào tạo', example: 'Tổ chức 02 lớp đào tạo về quản trị doanh nghiệp.' },
  { phrase: 'lớp bồi dưỡng', example: 'Mở 05 lớp bồi dưỡng nghiệp vụ.' },
  { phrase: 'hội nghị', example: 'Tổ chức 02 hội nghị tuyên truyền.' },
  { phrase: 'hội nghị tập huấn', example: 'tổ chức 01 hội nghị tập huấn “Tổng quan về Đề án 996 và hoạt động đo lường”' },
  { phrase: 'hội thảo', example: 'Tổ chức 03 hội thảo khoa học.' },
  { phrase: 'cuộc', example: 'Tổ chức 03 cuộc thi sáng tạo kỹ thuật.' },
  { phrase: 'cuộc thanh tra', example: 'Tiến hành 05 cuộc thanh tra chuyên ngành.' },
  { phrase: 'cuộc kiểm tra', example: 'Tổ chức 08 cuộc kiểm tra liên ngành.' },
  { phrase: 'đoàn kiểm tra', example: 'Thành lập 03 đoàn kiểm tra.' },
  { phrase: 'đợt', example: 'Tổ chức 02 đợt kiểm tra chất lượng xăng dầu.' },
  { phrase: 'lần', example: 'tăng gấp 2 lần so với năm 2020' },
  { phrase: 'buổi', example: 'Tổ chức 06 buổi tuyên truyền tại các xã.' },
  { phrase: 'khóa đào tạo', example: 'mỗi năm tổ chức 02 đến 03 khóa đào tạo về chuyển đổi số' },
  { phrase: 'khóa', example: 'Mở 04 khóa bồi dưỡng kiến thức quản lý nhà nước.' },
  { phrase: 'cơ sở dữ liệu', example: 'xây dựng 01 cơ sở dữ liệu quốc gia về khoa học và công nghệ' },
  { phrase: 'quy chế', example: 'Xây dựng 05 quy chế quản lý nội bộ.' },
  { phrase: 'phần mềm', example: 'triển khai 03 phần mềm dùng chung của tỉnh' },
  { phrase: 'hệ thống', example: 'đưa vào vận hành 02 hệ thống thông tin' },
  { phrase: 'điểm cầu', example: 'Hội nghị được tổ chức tại 15 điểm cầu trực tuyến.' },
  { phrase: 'nhóm nhiệm vụ', example: 'tập trung thực hiện tốt 5 nhóm nhiệm vụ, giải pháp trọng tâm' },
  { phrase: 'nhóm giải pháp', example: 'Kế hoạch đề ra 04 nhóm giải pháp chủ yếu.' },
  { phrase: 'tập thể', example: 'Dịp này, 3 tập thể và 7 cá nhân được tặng Bằng khen.' },
  { phrase: 'cá nhân', example: 'Dịp này, 3 tập thể và 7 cá nhân được tặng Bằng khen.' },
  { phrase: 'bộ', example: 'cung cấp 45 bộ tài liệu hướng dẫn cho các xã' },
  // measures and money
  { phrase: 'triệu đồng', example: 'Tổng kinh phí thực hiện 1.500 triệu đồng.' },
  { phrase: 'tỷ đồng', example: 'Tổng vốn đầu tư 12,5 tỷ đồng.' },
  { phrase: 'nghìn đồng', example: 'mức hỗ trợ 500 nghìn đồng/người' },
  { phrase: 'đồng', example: 'xử phạt vi phạm hành chính 45.000.000 đồng' },
  { phrase: 'ha', example: 'Trồng mới 150 ha rừng.' },
  { phrase: 'km', example: 'Cứng hóa 25 km đường giao thông nông thôn.' },
  { phrase: 'tấn', example: 'Sản lượng đạt 12.000 tấn.' },
  { phrase: 'kg', example: 'tiêu hủy 350 kg hàng hóa' },
];

/** One level of the word trie: the entry that ends here, and the words that go on. */
interface TrieNode {
  end: boolean;
  /** Words of the unit when the entry ending here is longer than its unit. */
  unitWords?: number;
  next: Map<string, TrieNode>;
}

function buildTrie(entries: readonly CountedNoun[]): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const { phrase, unitWords } of entries) {
    let node = root;
    for (const w of foldMatch(phrase).replace(/,/g, ' , ').split(/\s+/).filter(Boolean)) {
      let child = node.next.get(w);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.end = true;
    if (unitWords !== undefined) node.unitWords = unitWords;
  }
  return root;
}

const TRIE = buildTrie(COUNTED_NOUNS);

/**
 * How many of `words` (from index `from`) the longest counted noun of the
 * lexicon covers, or 0 when none starts there.
 */
export function matchCountedNoun(words: readonly WordToken[], from = 0): number {
  let node = TRIE;
  let best = 0;
  for (let i = from; i < words.length; i++) {
    const child = node.next.get(words[i].key);
    if (!child) break;
    node = child;
    if (node.end && words[i].key !== ',') best = i - from + 1;
  }
  return best;
}

/**
 * How many of the `length` words matched at `from` make the unit: the entry's
 * `unitWords` where it has one, else all of them.
 */
export function countedNounUnitLength(words: readonly WordToken[], from: number, length: number): number {
  let node: TrieNode | undefined = TRIE;
  for (let i = from; i < from + length && node; i++) node = node.next.get(words[i].key);
  return node?.unitWords ?? length;
}

/** Does some counted noun of the lexicon begin with this (folded) word? */
export function startsCountedNoun(key: string): boolean {
  return TRIE.next.has(key);
}
