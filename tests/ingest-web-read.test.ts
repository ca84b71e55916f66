import { describe, expect, it } from 'vitest';
import { readFeed } from '../src/ingest/web/read-feed.js';
import { readListing } from '../src/ingest/web/read-listing.js';
import { findAttachments, ATTACHMENT_EXTENSIONS } from '../src/ingest/web/find-attachments.js';
import { parsePublished } from '../src/ingest/web/parse-published.js';
import { resolveLink } from '../src/ingest/web/resolve-link.js';
import { WebError } from '../src/ingest/web/web-error.js';
import { formatBytes } from '../src/ingest/web/format-bytes.js';

const FEED_URL = 'https://skhcn.travinh.gov.vn/rss/van-ban.rss';

const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Sở Khoa học và Công nghệ tỉnh Trà Vinh - Văn bản</title>
  <link>https://skhcn.travinh.gov.vn</link>
  <item>
    <title><![CDATA[Kế hoạch triển khai thực hiện Quyết định số 166/QĐ-UBND ngày 20/01/2022]]></title>
    <link>/tin-tuc/ke-hoach-166.html</link>
    <pubDate>Fri, 21 Jan 2022 08:30:00 +0700</pubDate>
  </item>
  <item>
    <title>Kế hoạch thực hiện Quyết định số 162/QĐ-UBND &amp; Nghị quyết 01/NQ-CP</title>
    <link>https://skhcn.travinh.gov.vn/tin-tuc/ke-hoach-162.html#top</link>
    <dc:date>2022-01-25T09:00:00+07:00</dc:date>
  </item>
  <item>
    <title>Tin không có đường dẫn</title>
  </item>
  <item>
    <title>Chỉ thị 13/CT-UBND (bản trùng)</title>
    <link>/tin-tuc/ke-hoach-166.html</link>
  </item>
  <item>
    <title>Bài chỉ có guid</title>
    <guid>https://skhcn.travinh.gov.vn/tin-tuc/guid-only.html</guid>
    <pubDate>25/07/2022 14:05</pubDate>
  </item>
</channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Văn bản mới</title>
  <entry>
    <title>Chỉ thị số 13/CT-UBND về tăng cường hoạt động Khoa học và Công nghệ</title>
    <link rel="edit" href="/api/entries/13"/>
    <link rel="alternate" href="van-ban/chi-thi-13.html"/>
    <published>2021-05-20T10:00:00+07:00</published>
  </entry>
  <entry>
    <title>Báo cáo kết quả thực hiện Nghị quyết số 12-NQ/TU</title>
    <link href="https://sokhcn.dienbien.gov.vn/bao-cao-12.html"/>
    <updated>2021-12-20T00:00:00Z</updated>
  </entry>
</feed>`;

describe('readFeed', () => {
  it('should read RSS items with links resolved against the feed, dates as ISO, fragments dropped and duplicates once', () => {
    expect(readFeed(rss, FEED_URL)).toEqual([
      {
        url: 'https://skhcn.travinh.gov.vn/tin-tuc/ke-hoach-166.html',
        title: 'Kế hoạch triển khai thực hiện Quyết định số 166/QĐ-UBND ngày 20/01/2022',
        publishedAt: '2022-01-21T01:30:00.000Z',
      },
      {
        url: 'https://skhcn.travinh.gov.vn/tin-tuc/ke-hoach-162.html',
        title: 'Kế hoạch thực hiện Quyết định số 162/QĐ-UBND & Nghị quyết 01/NQ-CP',
        publishedAt: '2022-01-25T02:00:00.000Z',
      },
      { url: 'https://skhcn.travinh.gov.vn/tin-tuc/guid-only.html', title: 'Bài chỉ có guid', publishedAt: '2022-07-25T07:05:00.000Z' },
    ]);
  });

  it('should read Atom entries by their alternate link, published or else updated', () => {
    expect(readFeed(atom, 'https://stp.laocai.gov.vn/feeds/atom.xml')).toEqual([
      {
        url: 'https://stp.laocai.gov.vn/feeds/van-ban/chi-thi-13.html',
        title: 'Chỉ thị số 13/CT-UBND về tăng cường hoạt động Khoa học và Công nghệ',
        publishedAt: '2021-05-20T03:00:00.000Z',
      },
      { url: 'https://sokhcn.dienbien.gov.vn/bao-cao-12.html', title: 'Báo cáo kết quả thực hiện Nghị quyết số 12-NQ/TU', publishedAt: '2021-12-20T00:00:00.000Z' },
    ]);
  });

  it('should read an RSS 1.0 (RDF) feed', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="x"><title>T</title></channel>
      <item rdf:about="https://a.gov.vn/1"><title>Quyết định 1</title><link>https://a.gov.vn/1</link><dc:date>2023-03-01</dc:date></item></rdf:RDF>`;
    expect(readFeed(rdf, 'https://a.gov.vn/rss')).toEqual([{ url: 'https://a.gov.vn/1', title: 'Quyết định 1', publishedAt: '2023-03-01T00:00:00.000Z' }]);
  });

  const bad: Array<[string, string, string]> = [
    ['plain text', 'Lỗi hệ thống, vui lòng thử lại sau', 'not XML: the body starts with "Lỗi hệ thống, vui lòng thử lại sau"'],
    ['a long text, cut with an ellipsis', 'Hệ thống đang bảo trì, vui lòng quay lại sau ít phút nữa.', 'not XML: the body starts with "Hệ thống đang bảo trì, vui lòng quay lại…"'],
    ['an empty body', '  \n ', 'not XML: empty body'],
    ['an HTML page', '<!DOCTYPE html><html><body><p>Trang chủ</p></body></html>', 'not a feed: the body is an HTML page'],
    ['an HTML page without doctype', '<html><head><title>x</title></head><body></body></html>', 'not a feed: the body is an HTML page'],
    ['RSS without a channel', '<?xml version="1.0"?><rss version="2.0"></rss>', 'RSS without a channel'],
    ['other XML', '<?xml version="1.0"?><urlset><url><loc>https://a.gov.vn/</loc></url></urlset>', 'XML without an RSS channel or Atom feed (root <urlset>)'],
  ];
  for (const [what, body, reason] of bad) {
    it(`should refuse ${what} with the reason "${reason}" at stage feed`, () => {
      try {
        readFeed(body, FEED_URL);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(WebError);
        expect((e as WebError).stage).toBe('feed');
        expect((e as WebError).reason).toBe(reason);
      }
    });
  }

  it('should give an empty list for a feed with a channel and no items', () => {
    expect(readFeed('<rss version="2.0"><channel><title>Trống</title></channel></rss>', FEED_URL)).toEqual([]);
  });
});

describe('parsePublished', () => {
  const table: Array<[string, string | null]> = [
    ['Thu, 20 Jan 2022 08:00:00 +0700', '2022-01-20T01:00:00.000Z'],
    ['Thu, 20 Jan 2022 08:00:00 GMT', '2022-01-20T08:00:00.000Z'],
    ['Thu, 20 Jan 2022 08:00:00 GMT+7', '2022-01-20T01:00:00.000Z'],
    ['2022-07-14T10:15:00+07:00', '2022-07-14T03:15:00.000Z'],
    ['14/7/2022', '2022-07-13T17:00:00.000Z'],
    ['05/01/2022 08:30', '2022-01-05T01:30:00.000Z'],
    ['20-05-2021', '2021-05-19T17:00:00.000Z'],
    ['31/02/2022', null],
    ['13/13/2022', null],
    ['ngày 20 tháng 5 năm 2021', null],
    ['', null],
  ];
  for (const [input, expected] of table) {
    it(`should read ${JSON.stringify(input)} as ${expected}`, () => {
      expect(parsePublished(input)).toBe(expected);
    });
  }
});

const LISTING_URL = 'https://sokhcn.laocai.gov.vn/van-ban/chi-dao-dieu-hanh?page=2';
const listing = `<!DOCTYPE html><html><head><title>Văn bản chỉ đạo điều hành</title></head><body>
<div class="menu-top"><a href="/">Trang chủ</a><a href="/van-ban">Văn bản</a></div>
<div class="list-news">
  <div class="news-item"><a class="title" href="/van-ban/chi-thi-13-ct-ubnd.html">
      Chỉ thị số 13/CT-UBND
      về tăng cường hoạt động KH&amp;CN</a><span class="date">20/05/2021</span></div>
  <div class="news-item"><a class="title" href="ke-hoach-65.html#binh-luan">Kế hoạch số 65/KH-SKHCN</a></div>
  <div class="news-item"><a class="title" href="/van-ban/chi-thi-13-ct-ubnd.html">Chỉ thị số 13/CT-UBND (nhắc lại)</a></div>
  <div class="news-item"><a class="title" href="javascript:void(0)">Xem thêm</a></div>
  <div class="news-item"><a class="title" href="#">Lên đầu trang</a></div>
  <div class="news-item"><a class="title" href="https://vbpl.vn/laocai/Pages/vbpq-toanvan.aspx?ItemID=148080" title="Quyết định 1234/QĐ-UBND"></a></div>
</div>
<div class="pager"><a href="?page=1">1</a><a href="?page=3">3</a></div>
</body></html>`;

describe('readListing', () => {
  it('should give the selected links absolute, in page order, each once, without fragments or script links', () => {
    expect(readListing(listing, LISTING_URL, '.news-item a.title')).toEqual([
      { url: 'https://sokhcn.laocai.gov.vn/van-ban/chi-thi-13-ct-ubnd.html', title: 'Chỉ thị số 13/CT-UBND về tăng cường hoạt động KH&CN' },
      { url: 'https://sokhcn.laocai.gov.vn/van-ban/ke-hoach-65.html', title: 'Kế hoạch số 65/KH-SKHCN' },
      { url: 'https://vbpl.vn/laocai/Pages/vbpq-toanvan.aspx?ItemID=148080', title: 'Quyết định 1234/QĐ-UBND' },
    ]);
  });

  it('should take the first link inside a selected element that is not a link', () => {
    expect(readListing(listing, LISTING_URL, '.news-item').map((i) => i.url)).toEqual([
      'https://sokhcn.laocai.gov.vn/van-ban/chi-thi-13-ct-ubnd.html',
      'https://sokhcn.laocai.gov.vn/van-ban/ke-hoach-65.html',
      'https://vbpl.vn/laocai/Pages/vbpq-toanvan.aspx?ItemID=148080',
    ]);
  });

  it('should resolve against the page base href when there is one', () => {
    const html = '<html><head><base href="https://portal.gov.vn/sites/skhcn/"></head><body><ul class="ds"><li><a href="tin/1.html">Tin 1</a></li></ul></body></html>';
    expect(readListing(html, 'https://portal.gov.vn/x/y', '.ds a')).toEqual([{ url: 'https://portal.gov.vn/sites/skhcn/tin/1.html', title: 'Tin 1' }]);
  });

  it('should find nothing when the selector matches nothing (the menus are never taken instead)', () => {
    expect(readListing(listing, LISTING_URL, '.no-such-list a')).toEqual([]);
  });
});

const POSTING_URL = 'https://sokhcn.laocai.gov.vn/van-ban/chi-thi-13-ct-ubnd.html';
const posting = `<html><body>
<div class="menu"><a href="/huong-dan.pdf">Hướng dẫn sử dụng cổng</a></div>
<div class="news-content"><p>CHỈ THỊ Tăng cường hoạt động khoa học và công nghệ</p>
<p><a href="/ckfinder/userfiles/files/13-CT-UBND.pdf">Chỉ thị 13/CT-UBND</a></p>
<p><a href="/Uploads/KE%20HOACH%2065.DOCX">Kế hoạch 65</a></p>
<p><a href="/DownloadFile.aspx?file=CV-2550.doc">Tải về</a></p>
<p><a href="/getfile/98765" title="QD-166.rtf">Tải về</a></p>
<p><a href="/tai-ve?id=42">Tải về: 12-NQ-TU.pdf</a></p>
<p><a href="/ckfinder/userfiles/files/13-CT-UBND.pdf#page=2">Chỉ thị 13/CT-UBND (trang 2)</a></p>
<p><a href="/tin-tuc/hoi-nghi.html">Hội nghị tổng kết</a></p>
<p><a href="/images/anh.jpg">Ảnh</a> <a href="mailto:skhcn@laocai.gov.vn">skhcn.pdf@laocai</a></p>
<p><a href="/van-ban/pdf-viewer.html">Xem văn bản PDF</a></p>
</div></body></html>`;

describe('findAttachments', () => {
  it('should find links to .pdf/.docx/.doc/.rtf by path, by query value, or by a file name in the text or title, not in menus', () => {
    expect(findAttachments(posting, POSTING_URL)).toEqual([
      { url: 'https://sokhcn.laocai.gov.vn/ckfinder/userfiles/files/13-CT-UBND.pdf', label: 'Chỉ thị 13/CT-UBND' },
      { url: 'https://sokhcn.laocai.gov.vn/Uploads/KE%20HOACH%2065.DOCX', label: 'Kế hoạch 65' },
      { url: 'https://sokhcn.laocai.gov.vn/DownloadFile.aspx?file=CV-2550.doc', label: 'Tải về' },
      { url: 'https://sokhcn.laocai.gov.vn/getfile/98765', label: 'Tải về' },
      { url: 'https://sokhcn.laocai.gov.vn/tai-ve?id=42', label: 'Tải về: 12-NQ-TU.pdf' },
    ]);
  });

  it('should take only what attachmentSelector picks when one is given', () => {
    expect(findAttachments(posting, POSTING_URL, '.news-content a[href$=".pdf"]')).toEqual([
      { url: 'https://sokhcn.laocai.gov.vn/ckfinder/userfiles/files/13-CT-UBND.pdf', label: 'Chỉ thị 13/CT-UBND' },
    ]);
    expect(findAttachments('<div class="files"><a href="/f/1">Tệp 1</a><a href="/f/2"></a></div>', POSTING_URL, '.files')).toEqual([
      { url: 'https://sokhcn.laocai.gov.vn/f/1', label: 'Tệp 1' },
      { url: 'https://sokhcn.laocai.gov.vn/f/2', label: '2' },
    ]);
  });

  it('should find every extension of the table in its example link', () => {
    for (const { ext, example } of ATTACHMENT_EXTENSIONS) {
      const found = findAttachments(`<a href="${example}">Tải</a>`, 'https://a.gov.vn/');
      expect(found.map((f) => f.url), ext).toEqual([new URL(example, 'https://a.gov.vn/').href]);
    }
  });

  it('should find nothing in a page without document links', () => {
    expect(findAttachments('<p><a href="/tin/1.html">Tin 1</a> <a href="/pdf/">Thư mục pdf</a> <a href="/x.pdfa">x</a></p>', POSTING_URL)).toEqual([]);
  });
});

describe('resolveLink and formatBytes', () => {
  it('should resolve only http(s) links and drop the fragment', () => {
    expect(resolveLink('../a.html#x', 'https://a.gov.vn/b/c/d.html')).toBe('https://a.gov.vn/b/a.html');
    expect(resolveLink('//cdn.gov.vn/f.pdf', 'https://a.gov.vn/')).toBe('https://cdn.gov.vn/f.pdf');
    for (const bad of ['', '   ', '#top', 'javascript:void(0)', 'mailto:a@b.vn', 'tel:0294', 'data:text/plain,x', 'http://[::1']) {
      expect(resolveLink(bad, 'https://a.gov.vn/'), bad).toBeNull();
    }
  });

  it('should write sizes as a person reads them', () => {
    expect([512, 1024, 100 * 1024, 1536 * 1024, 50 * 1024 * 1024].map(formatBytes)).toEqual(['512 bytes', '1 KB', '100 KB', '1.5 MB', '50 MB']);
  });
});
