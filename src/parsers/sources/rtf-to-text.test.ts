import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rtfToText } from './rtf-to-text.js';
import { SourceError } from './source-error.js';
import { letterAccuracy } from './legacy-encodings/letter-accuracy.js';
import { slowInputs, timed } from './slow-inputs.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'inputs', 'encodings');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const ORIGINAL = readFileSync(join(FIXTURES, 'passage.utf8.txt'), 'utf8');
const rtf = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (s: string): string => rtfToText(rtf(s)).text;

function reasonOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof SourceError) return e.reason;
    throw e;
  }
}

describe('rtfToText on the fixtures', () => {
  it('should read an RTF of \\uN escapes to the original text, skipping the header and the field', () => {
    const r = rtfToText(fixture('passage.unicode.rtf'));
    expect(r.text).toBe(ORIGINAL);
    expect(r.encoding).toBe('rtf/windows-1258');
  });

  it('should read .VnTime (TCVN3) text and the .VnTimeH heading with ≥ 98 % of the letters right', () => {
    const r = rtfToText(fixture('passage.tcvn3.rtf'));
    expect(r.encoding).toBe('rtf/tcvn3');
    expect(r.warnings).toEqual(['decoded .Vn… font text as TCVN3 (legacy)']);
    expect(letterAccuracy(r.text, ORIGINAL)).toBeGreaterThanOrEqual(0.98);
    expect(r.text.split('\n')[0]).toBe(ORIGINAL.split('\n')[0]);
    expect(r.text.toLowerCase()).toBe(ORIGINAL.toLowerCase());
  });
});

describe('rtfToText on small documents', () => {
  const head = '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}';
  const cases: Array<[string, string, string]> = [
    ['raw UTF-8 text (unescaped, as some tools write it)', `${head}\\f0 Điều 1.\\par Điều 2.\\line tiếp}`, 'Điều 1.\nĐiều 2.\ntiếp'],
    ['table cells and rows', `${head}\\trowd a\\cell b\\cell\\row c\\cell}`, 'a\tb\t\nc\t'],
    ['escaped braces and backslashes', `${head}a\\{b\\}c\\\\d}`, 'a{b}c\\d'],
    ['typographic control words', `${head}\\ldblquote x\\rdblquote  \\endash  \\bullet}`, '“x” – •'],
    ['hex bytes in the document code page', `${head}Ng\\'e0y 12}`, 'Ngày 12'],
    ['\\u escapes with their fallbacks skipped', `${head}\\uc1 K\\u7871?ho\\u7841\\'3fch}`, 'Kếhoạch'],
    ['negative \\u for characters above U+7FFF and surrogate pairs', `${head}\\u-1?\\u-10179?\\u-8704?}`, '\uffff😀'],
    ['\\uc0 (no fallback)', `${head}\\uc0 \\u273 \\u7883 nh}`, 'định'],
    ['skipped destinations', `${head}{\\colortbl;\\red0;}{\\stylesheet{\\s1 Heading;}}{\\info{\\title T}}{\\*\\unknownthing zzz}{\\pict\\pngblip 89ab}{\\header H}Body}`, 'Body'],
    ['field results but not field instructions', `${head}{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt link}} done}`, 'link done'],
    ['list numbers written for old readers', `${head}{\\listtext 1.\\tab}Muc tieu}`, '1.\tMuc tieu'],
    ['paragraphs and line breaks', `${head}\\f0 Dieu 1.\\par Dieu 2.\\line tiep}`, 'Dieu 1.\nDieu 2.\ntiep'],
    ['Windows-1258 hex bytes with a combining tone mark', '{\\rtf1\\ansi\\ansicpg1258 Quy\\\'ea\\\'ect}', 'Quyết'],
    ['a Vietnamese-charset font in a 1252 document', `{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f1\\fcharset163 Arial;}}\\f1 \\'d0i\\'ean Bi\\'ean}`, 'Điên Biên'],
    ['a VNI font', `{\\rtf1\\ansi{\\fonttbl{\\f1 VNI-Times;}}\\f1 Vie\\'e4t Nam}`, 'Việt Nam'],
    ['hidden text (\\v) as not there', `${head}a{\\v hidden}b\\v c\\v0 d}`, 'abd'],
    ['the Unicode copy of a \\upr group, not its ANSI copy', `${head}{\\upr{Ke hoach}{\\*\\ud{K\\u7871?ho\\u7841?ch}}} 2022}`, 'Kếhoạch 2022'],
    ['the shown result of an embedded object', `${head}{\\object\\objemb{\\*\\objdata 0102}{\\result Bảng 1}}}`, 'Bảng 1'],
    ['\\bin data stepped over', `${head}a\\bin4 {}\\\\b}`, 'ab'],
    ['\\- in a .VnTime font as ư (Word writes TCVN3 0xAD as an optional hyphen)', '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}{\\f1 .VnTime;}}\\f1 ng\\-\\\'eai\\f0  con\\-tinue}', 'người continue'],
    ['\\uN in a .VnTime font (the Windows-1252 reading of its bytes)', '{\\rtf1\\ansi{\\fonttbl{\\f1 .VnTime;}}\\f1 S\\u235?}', 'Sở'],
  ];
  it.each(cases)('should read %s', (_, input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('rtfToText refuses what it cannot read', () => {
  it('should refuse an empty file, a non-RTF file and an RTF without text', () => {
    expect(reasonOf(() => rtfToText(new Uint8Array()))).toBe('empty file');
    expect(reasonOf(() => rtfToText(rtf('Just text, not RTF')))).toBe('not an RTF file (no {\\rtf header)');
    expect(reasonOf(() => rtfToText(rtf('{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}')))).toBe(
      'empty document (the RTF holds no text)',
    );
  });
});

describe('rtfToText on hostile and random input (fuzz)', () => {
  const hostile: Array<[string, string]> = [
    ['100,000 nested groups', '{\\rtf1 ' + '{'.repeat(100_000) + 'x' + '}'.repeat(100_000) + '}'],
    ['a 200,000-letter control word', '{\\rtf1 \\' + 'a'.repeat(200_000) + ' x}'],
    ['200,000 digits of parameter', '{\\rtf1 \\u' + '9'.repeat(200_000) + ' x}'],
    ['a huge \\bin', '{\\rtf1 x\\bin999999999999 y}'],
    ['100,000 \\u escapes', '{\\rtf1 ' + '\\u7871?'.repeat(100_000) + '}'],
    ['unbalanced closing braces', '{\\rtf1 x' + '}'.repeat(100_000) + ' y'],
    ['a dangling backslash and hex', "{\\rtf1 x\\'4"],
  ];
  it.each(hostile)('should read %s in linear time', (_, input) => {
    const t = timed(() => rtfToText(rtf(input)));
    expect(t).toBeLessThan(2000);
  });

  it('should return text or throw SourceError, quickly, for 2,000 random and mutated RTF buffers', () => {
    const seeds = [fixture('passage.tcvn3.rtf'), fixture('passage.unicode.rtf')];
    let state = 777;
    const rand = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const tokens = ['{', '}', '\\', "\\'", '\\u', '\\uc', '\\par', '\\f1', '\\*', '\\bin', '-', '9', '65', ' ', 'a', 'ở', '\\fonttbl', ';', '\\ansicpg1258', '\\fcharset163'];
    const inputs: Uint8Array[] = [];
    for (let k = 0; k < 2000; k++) {
      if (k % 3 === 0) {
        const len = rand(3000);
        inputs.push(Uint8Array.from({ length: len }, () => rand(256)));
      } else if (k % 3 === 1) {
        let s = '{\\rtf1';
        for (let t = rand(400); t > 0; t--) s += tokens[rand(tokens.length)];
        inputs.push(rtf(s));
      } else {
        const base = seeds[rand(seeds.length)];
        const m = Uint8Array.from(base.subarray(0, rand(base.length + 1)));
        for (let f = rand(30); f > 0 && m.length > 8; f--) m[6 + rand(m.length - 6)] = [0x7b, 0x7d, 0x5c, 0x27, rand(256)][rand(5)];
        inputs.push(m);
      }
    }
    rtfToText(fixture('passage.tcvn3.rtf')); // warm up the JIT before timing
    expect(slowInputs(inputs, rtfToText)).toEqual([]);
  });
});
