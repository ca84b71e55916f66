import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findReferences } from './find-references.js';
import type { ExtractContext, Reference } from '../../types.js';
import { mulberry32 } from '../../util/mulberry32.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/dev');

function context(text: string): ExtractContext {
  return {
    text,
    layout: {
      info: { symbol: null, type: null, issuedOn: null, place: null, issuer: null, signer: null, title: null },
      header: null, title: null, body: { start: 0, end: text.length }, signature: null, recipients: null, sections: [],
    },
  };
}

/** Offsets slice to the text, items come in order and never overlap, symbols hold no spaces. */
function checkInvariants(text: string, refs: Reference[]): void {
  let last = 0;
  for (const r of refs) {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.start).toBeGreaterThanOrEqual(last);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.symbol).not.toMatch(/\s/u);
    expect(r.section).toBe('');
    if (r.issuedOn !== null) expect(r.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    last = r.end;
  }
}


const TYPE_WORDS = ['Quyết định', 'NGHỊ QUYẾT', 'Kế hoạch hành động', 'Luật Chất lượng sản phẩm, hàng hóa', 'QĐ', 'văn bản', 'Thông tư liên tịch', 'Chỉ thị', ''];
const NUMBER_WORDS = ['số ', 'số: ', 'Số ', ''];
const SYMBOLS = ['166/QĐ-UBND', '61/2018/NĐ-CP', '12-NQ/TU', '119- KH/TU', '2550/SKHĐT-XTĐT', '05/2007/QH12', '166 /QĐ - UBND', '12/QÐ-UBND', '1135/QĐ-\nUBND', '169-CP', '40/2000 /TT-BTC', '1984/QĐ-BKH&CN', '61/61', '24/7', 'COVID-19'];
const DATES = [' ngày 20/01/2022', ', ngày 20 tháng 5 năm 2021', ' ngày 31/02/2022', ' ngày 05/12', '', ' NGÀY 10/01/2022'];
const ISSUERS = [' của Ủy ban nhân dân tỉnh Trà Vinh', ' của UBND tỉnh', ' CỦA CHÍNH PHỦ', ' của Thủ tướng Chính phủ phê duyệt', ' của', '', ' của các sở'];
const TAILS = [' về việc ban hành', '.', ';', ', ', ' và ', ' và số ', '\n', ' ban hành Kế hoạch', ' (', ')'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

describe('findReferences invariants', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

  for (const file of files) {
    it(`should slice every reference exactly and never overlap in ${file}`, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8').normalize('NFC');
      const refs = findReferences(context(text));
      expect(refs.length).toBeGreaterThan(0);
      checkInvariants(text, refs);
    });
  }

  it('should slice every reference exactly and never overlap in 500 generated passages', () => {
    const rnd = mulberry32(20261122);
    for (let n = 0; n < 500; n++) {
      let text = '';
      const parts = 1 + Math.floor(rnd() * 6);
      for (let i = 0; i < parts; i++) {
        const order = rnd() < 0.5;
        const date = pick(rnd, DATES);
        const issuer = pick(rnd, ISSUERS);
        text += `${pick(rnd, TYPE_WORDS)} ${pick(rnd, NUMBER_WORDS)}${pick(rnd, SYMBOLS)}${order ? date + issuer : issuer + date}${pick(rnd, TAILS)}`;
      }
      const refs = findReferences(context(text));
      checkInvariants(text, refs);
    }
  });

  it('should keep the invariants on dev text cut at random places', () => {
    const rnd = mulberry32(7);
    const all = files.map((f) => readFileSync(join(FIXTURES, f), 'utf8').normalize('NFC')).join('\n');
    for (let n = 0; n < 200; n++) {
      const a = Math.floor(rnd() * all.length);
      const b = Math.min(all.length, a + Math.floor(rnd() * 600));
      const text = all.slice(a, b);
      checkInvariants(text, findReferences(context(text)));
    }
  });

  it('should stay fast on adversarial input (long runs of digits, slashes and capitals)', () => {
    const nasty = ['1/'.repeat(50000), '1 / A - '.repeat(20000), `${'1'.repeat(100000)}/QĐ`, 'số '.repeat(30000) + '1/QĐ-UBND', `Quyết định ${'A '.repeat(30000)}số 1/QĐ-UBND`, `1/QĐ-UBND của ${'Ab '.repeat(30000)}`, '12-NQ/TU ngày '.repeat(4000)];
    for (const text of nasty) {
      const t0 = performance.now();
      const refs = findReferences(context(text));
      // Linear work takes well under a second here; a pattern that backtracks over these runs would take minutes.
      expect(performance.now() - t0).toBeLessThan(3000);
      checkInvariants(text, refs);
    }
  });
});
