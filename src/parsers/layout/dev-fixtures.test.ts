import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentInfo, PortalMetadata } from '../../types.js';
import { parseLayout } from './parse-layout.js';
import { foldTone } from './vietnamese-text.js';

/**
 * The dev documents read by the layout stage alone, twice: as they come (page
 * chrome still in: counters, ads, a legal portal's metadata table) and cleaned
 * by hand the way normalization hands them over (chrome lines out, the
 * portal's fields in `metadata`). Both must give the gold sections and fields.
 */
const DIR = join(import.meta.dirname, '../../../fixtures/dev');
const names = readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length));

// Lines a web page or portal puts around the document, removed by hand for the cleaned variant.
const CHROME = [
  /^\s*Lượt xem: \d+\s*$/u,
  /^\s*Thống kê truy cập\s*$/u,
  /^\s*• (?:Đang online|Hôm nay|Trong tuần|Tất cả): \d+\s*$/u,
  /^\s*image (?:advertisement|banner)\s*$/u,
  /^\s*(?:Ban biên tập|Tin khác|1 2 3)\s*$/u,
  /^(?:Số hiệu|Ngày ban hành|Ngày có hiệu lực|Loại văn bản|Cơ quan ban hành|Người ký|Lĩnh vực) /u,
  /^Chỉ thị 13\/CT-UBND năm 2021 về/u, // the portal's own title line of 004
];
const PORTAL: Record<string, PortalMetadata> = {
  '004_a701ac0b9a96718b': { symbol: '13/CT-UBND', issuedOn: '20/05/2021', type: 'Chỉ thị', issuer: 'Tỉnh Lào Cai', signer: 'Trịnh Xuân Trường' },
};

const norm = (s: string | null | undefined): string => foldTone(s ?? '').replace(/\s+/gu, ' ').trim().toLowerCase();

function check(name: string, text: string, metadata: PortalMetadata): void {
  const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), 'utf8')) as {
    document: DocumentInfo;
    sections: { path: string; heading: string }[];
  };
  const layout = parseLayout(text, metadata);
  expect(layout.sections.map((s) => [s.path, norm(s.heading).slice(0, 30)])).toEqual(
    gold.sections.map((s) => [s.path, norm(s.heading).slice(0, 30)]),
  );
  for (const k of Object.keys(gold.document) as (keyof DocumentInfo)[]) {
    expect([k, norm(layout.info[k])]).toEqual([k, norm(gold.document[k])]);
  }
  for (const s of layout.sections) expect(s.start >= layout.body.start && s.end <= layout.body.end).toBe(true);
}

describe('the dev documents', () => {
  for (const name of names) {
    const raw = readFileSync(join(DIR, `${name}.txt`), 'utf8').normalize('NFC');
    it(`should find the gold sections and fields of ${name} with the page chrome still in`, () => check(name, raw, {}));
    it(`should find the gold sections and fields of ${name} cleaned by hand`, () => {
      const cleaned = raw
        .split('\n')
        .filter((l) => !CHROME.some((re) => re.test(l)))
        .map((l) => l.replace(/[ \t\u00a0]+/gu, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/gu, '\n\n');
      check(name, cleaned, PORTAL[name] ?? {});
    });
  }
});
