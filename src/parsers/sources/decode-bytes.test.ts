import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.js';
import { SourceError } from './source-error.js';
import { encodeLegacy } from './legacy-encodings/encode-legacy.js';
import { letterAccuracy } from './legacy-encodings/letter-accuracy.js';
import type { LegacyEncoding } from './legacy-encodings/decode-legacy.js';
import { WINDOWS_1252_CHARS } from './legacy-encodings/windows-1252.js';
import { slowInputs } from './slow-inputs.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'inputs', 'encodings');
const DEV = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'dev');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const ORIGINAL = readFileSync(join(FIXTURES, 'passage.utf8.txt'), 'utf8');
const DEV_DOCS = readdirSync(DEV)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(join(DEV, f), 'utf8').normalize('NFC') }));

/** The SourceError reason `fn` throws, or null if it returns. */
function reasonOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof SourceError) return e.reason;
    throw e;
  }
}

describe('decodeBytes on the encoding fixtures (one real passage in every encoding)', () => {
  const exact: Array<[string, string]> = [
    ['passage.utf8.txt', 'utf-8'],
    ['passage.nfd.txt', 'utf-8'],
    ['passage.utf16le.txt', 'utf-16le'],
    ['passage.utf16be.txt', 'utf-16be'],
    ['passage.utf16le-nobom.txt', 'utf-16le'],
    ['passage.vni.txt', 'vni-windows'],
    ['passage.cp1258.txt', 'windows-1258'],
  ];
  it.each(exact)('should decode %s to the original text (%s)', (name, encoding) => {
    const r = decodeBytes(fixture(name));
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(ORIGINAL);
  });

  it('should decode TCVN3 bytes with at least 98 % of the letters right and say it was legacy', () => {
    const r = decodeBytes(fixture('passage.tcvn3.txt'));
    expect(r.encoding).toBe('tcvn3');
    expect(r.warnings).toContain('decoded as TCVN3 (legacy)');
    expect(letterAccuracy(r.text, ORIGINAL)).toBeGreaterThanOrEqual(0.98);
    // Case is the only thing TCVN3 loses.
    expect(r.text.toLowerCase()).toBe(ORIGINAL.toLowerCase());
  });

  it('should bring back the capitals of the all-caps heading that TCVN3 writes in lowercase', () => {
    const r = decodeBytes(fixture('passage.tcvn3.txt'));
    expect(r.text.split('\n')[0]).toBe(ORIGINAL.split('\n')[0]);
  });

  it('should convert .VnTime text that a program had already read as Windows-1252 (Së Khoa häc …)', () => {
    const r = decodeBytes(fixture('passage.tcvn3-in-unicode.txt'));
    expect(r.encoding).toBe('tcvn3-in-unicode');
    expect(letterAccuracy(r.text, ORIGINAL)).toBeGreaterThanOrEqual(0.98);
    expect(r.text).toContain('Sở Khoa học và Công nghệ ban hành Kế hoạch');
  });

  it('should undo UTF-8 that was decoded as Windows-1252 and saved again (Káº¿ hoáº¡ch)', () => {
    const twice = Buffer.from(Buffer.from(ORIGINAL, 'utf8').toString('latin1'), 'utf8');
    const r = decodeBytes(new Uint8Array(twice));
    expect(r.encoding).toBe('double-utf-8');
    expect(r.text).toBe(ORIGINAL);
  });

  it('should say when Windows-1258 and VNI were used', () => {
    expect(decodeBytes(fixture('passage.cp1258.txt')).warnings).toContain('decoded as Windows-1258 (legacy)');
    expect(decodeBytes(fixture('passage.vni.txt')).warnings).toContain('decoded as VNI-Windows (legacy)');
  });

  it('should compose NFD input to NFC', () => {
    const r = decodeBytes(fixture('passage.nfd.txt'));
    expect(r.text.normalize('NFC')).toBe(r.text);
    expect(r.text).toContain('Kế hoạch');
  });

  it('should keep mostly-UTF-8 text with a few bad bytes as UTF-8 and count them', () => {
    const r = decodeBytes(fixture('invalid-utf8.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings).toEqual(['invalid UTF-8: 3 byte sequence(s) replaced with U+FFFD']);
    expect(r.text.match(/\ufffd/g)).toHaveLength(3);
    expect(letterAccuracy(r.text.replace(/\ufffd ?/g, ''), ORIGINAL)).toBeGreaterThanOrEqual(0.99);
  });

  it('should decode the TCVN3 lines of a UTF-8 page whose body was pasted from a .VnTime document', () => {
    const header = new TextEncoder().encode('Lượt xem: 42\nĐiện Biên, ngày 12 tháng 12 năm 2021\n');
    const body = readFileSync(join(FIXTURES, 'passage.tcvn3.txt'));
    const r = decodeBytes(Uint8Array.from([...header, ...body]));
    expect(r.encoding).toBe('utf-8+tcvn3');
    expect(r.text.startsWith('Lượt xem: 42\nĐiện Biên, ngày 12 tháng 12 năm 2021\nSỞ KHOA HỌC')).toBe(true);
    expect(letterAccuracy(r.text.split('\n').slice(2).join('\n'), ORIGINAL)).toBeGreaterThanOrEqual(0.98);
    expect(r.warnings.join(' ')).toMatch(/line\(s\) inside the UTF-8 text decoded as TCVN3/);
  });

  it('should read a plain English file as UTF-8 without warnings', () => {
    const r = decodeBytes(fixture('english.txt'));
    expect(r).toEqual({ text: readFileSync(join(FIXTURES, 'english.txt'), 'utf8'), encoding: 'utf-8', warnings: [] });
  });
});

describe('decodeBytes on whole documents in legacy encodings', () => {
  const cases: Array<[LegacyEncoding, number]> = [
    ['tcvn3', 0.98],
    ['vni-windows', 0.99],
    ['windows-1258', 0.99],
    ['tcvn5712-vn1', 0.99],
    ['viscii', 0.99],
  ];
  for (const [encoding, floor] of cases) {
    it.each(DEV_DOCS)(`should convert $name from ${encoding} with ≥ ${floor * 100} % of its letters right`, ({ text }) => {
      const r = decodeBytes(encodeLegacy(text, encoding));
      expect(r.encoding).toBe(encoding);
      expect(letterAccuracy(r.text, text)).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('decodeBytes on .VnTime documents that reached us as Unicode', () => {
  // TCVN3's ư is byte 0xAD, a soft hyphen to Windows-1252: extractors drop it or print '-'.
  const asUnicode = (text: string): string => [...encodeLegacy(text, 'tcvn3')].map((b) => WINDOWS_1252_CHARS[b]).join('');
  it.each(DEV_DOCS)('should convert $name with ≥ 98 % of its letters right, with or without its soft hyphens', ({ text }) => {
    for (const shown of [asUnicode(text), asUnicode(text).replaceAll('\u00ad', ''), asUnicode(text).replaceAll('\u00ad', '-')]) {
      const r = decodeBytes(new TextEncoder().encode(shown));
      expect(r.encoding).toBe('tcvn3-in-unicode');
      expect(letterAccuracy(r.text, text)).toBeGreaterThanOrEqual(0.98);
    }
  });
});

describe('decodeBytes never mistakes UTF-8 Vietnamese for a legacy encoding', () => {
  it.each(DEV_DOCS)('should keep $name as UTF-8, unchanged', ({ text }) => {
    const r = decodeBytes(new TextEncoder().encode(text));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(text);
    expect(r.warnings).toEqual([]);
  });

  const sentences = [
    'Tôi là cán bộ.',
    'Café à la crème – “quà” tặng',
    'Ủy ban nhân dân tỉnh Điện Biên',
    'Số: 166/QĐ-UBND',
    'Giá trị sản xuất tăng 5 % so với năm 2021.',
    'Résumé, naïve, über, señor, Ærø',
  ];
  it.each(sentences)('should keep %s as is', (s) => {
    const r = decodeBytes(new TextEncoder().encode(s));
    expect([r.text, r.encoding]).toEqual([s, 'utf-8']);
  });
});

describe('decodeBytes refuses what is not a text document', () => {
  it('should refuse an empty file', () => {
    expect(reasonOf(() => decodeBytes(fixture('empty.txt')))).toBe('empty file');
  });
  it('should refuse a file of only a BOM and whitespace as empty', () => {
    expect(reasonOf(() => decodeBytes(fixture('blank.txt')))).toBe('empty file');
    expect(reasonOf(() => decodeBytes(Uint8Array.from([0xff, 0xfe, 0x20, 0x00])))).toBe('empty file');
  });
  it('should refuse a PNG and headerless binary data', () => {
    expect(reasonOf(() => decodeBytes(fixture('binary.png')))).toBe('binary file (not a document)');
    expect(reasonOf(() => decodeBytes(fixture('binary-noheader.bin')))).toBe('binary file (not a document)');
  });
  it('should refuse text full of control characters even without NUL bytes', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 1 + (i % 7) : 0x61 + (i % 26)));
    expect(reasonOf(() => decodeBytes(bytes))).toBe('binary file (not a document)');
  });
  it('should tolerate a stray NUL in a long text, drop it and say so', () => {
    const bytes = new TextEncoder().encode(ORIGINAL);
    const withNul = Uint8Array.from([...bytes.subarray(0, 100), 0, ...bytes.subarray(100)]);
    const r = decodeBytes(withNul);
    expect(r.text).toBe(ORIGINAL);
    expect(r.warnings).toEqual(['1 NUL byte(s) removed']);
  });
  it('should find big-endian UTF-16 without a BOM by its NUL pattern', () => {
    const be = Buffer.from(ORIGINAL, 'utf16le').swap16();
    expect(decodeBytes(new Uint8Array(be))).toEqual({ text: ORIGINAL, encoding: 'utf-16be', warnings: [] });
  });
  it('should refuse a file over the size limit, naming both sizes', () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    expect(reasonOf(() => decodeBytes(big, { maxBytes: 2 * 1024 * 1024 }))).toBe('file is 3 MB, over the 2 MB limit');
    expect(reasonOf(() => decodeBytes(big.subarray(0, 1_600_000), { maxBytes: 1024 * 1024 }))).toBe(
      'file is 1.5 MB, over the 1 MB limit',
    );
  });
  it('should refuse high-byte noise that no encoding reads as text', () => {
    const noise = Uint8Array.from({ length: 500 }, (_, i) => 0x80 + ((i * 37) % 0x80));
    expect(reasonOf(() => decodeBytes(noise))).toBe('invalid UTF-8 and no Vietnamese legacy encoding fits');
  });
  it('should fall back to Windows-1252 with a warning for Western European legacy text', () => {
    const r = decodeBytes(Uint8Array.from(Buffer.from('Le r\u00e9sum\u00e9 du comit\u00e9 est pr\u00eat.', 'latin1')));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('Le résumé du comité est prêt.');
    expect(r.warnings[0]).toMatch(/Windows-1252/);
  });
});

describe('decodeBytes on random and damaged input (fuzz)', () => {
  it('should return text or throw SourceError, quickly, for 2,000 random and mutated buffers', () => {
    const seeds = readdirSync(FIXTURES)
      .filter((f) => !f.endsWith('.mjs'))
      .map(fixture);
    let state = 12345;
    const rand = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const inputs: Uint8Array[] = [];
    for (let k = 0; k < 2000; k++) {
      if (k % 2 === 0) {
        const len = rand(3000);
        // Random bytes, half of them drawn from the high half to reach the legacy decoders.
        inputs.push(Uint8Array.from({ length: len }, () => (rand(2) ? rand(256) : 0x80 + rand(128))));
      } else {
        const base = seeds[rand(seeds.length)];
        const m = Uint8Array.from(base.subarray(0, rand(base.length + 1)));
        for (let f = rand(20); f > 0 && m.length > 0; f--) m[rand(m.length)] = rand(256);
        inputs.push(m);
      }
    }
    decodeBytes(fixture('passage.tcvn3.txt')); // warm up the JIT before timing
    expect(slowInputs(inputs, decodeBytes)).toEqual([]);
  });
});
