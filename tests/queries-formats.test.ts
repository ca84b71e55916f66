import { describe, expect, it } from 'vitest';
import { createRowWriter, type Column, type Row } from '../src/output/formats/row-writer.js';
import { csvField, parseCsv } from '../src/output/formats/csv-writer.js';
import { stringSink } from '../src/output/formats/sink.js';

const columns: Column[] = [{ key: 'id', numeric: true }, { key: 'name', width: 12 }, { key: 'note' }];
const rows: Row[] = [
  { id: 1, name: 'Sở Tài chính', note: 'tham mưu, bố trí "kinh phí"' },
  { id: 2, name: 'Ủy ban nhân dân các huyện, thị xã, thành phố', note: 'dòng một\ndòng hai\r\nba' },
  { id: 3, name: null, note: '' },
];

function write(format: 'table' | 'json' | 'ndjson' | 'csv', bom = false): string {
  const sink = stringSink();
  const w = createRowWriter(format, sink, columns, { bom });
  for (const r of rows) w.row(r);
  w.end();
  return sink.text();
}

describe('output formats', () => {
  it('should quote CSV fields with commas, quotes and line breaks, and double the quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csvField('x\r\ny')).toBe('"x\r\ny"');
    expect(csvField('Sở Tài chính')).toBe('Sở Tài chính');
    expect(csvField(null)).toBe('');
    expect(csvField(90.5)).toBe('90.5');
    const csv = write('csv');
    expect(csv.split('\r\n')[0]).toBe('id,name,note');
    expect(csv).toContain('1,Sở Tài chính,"tham mưu, bố trí ""kinh phí"""\r\n');
    expect(csv).toContain('"dòng một\ndòng hai\r\nba"');
    expect(csv.startsWith('\uFEFF')).toBe(false);
  });

  it('should start CSV with a byte order mark only when asked', () => {
    const csv = write('csv', true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('should read back what it wrote: CSV and NDJSON give the same rows', () => {
    const back = parseCsv(write('csv', true));
    expect(back).toEqual(rows.map((r) => ({ id: String(r.id), name: r.name ?? '', note: r.note })));
    const nd = write('ndjson').trim().split('\n').map((l) => JSON.parse(l));
    expect(nd).toEqual(rows);
    expect(JSON.parse(write('json'))).toEqual(rows);
  });

  it('should write an empty JSON array when there are no rows', () => {
    const sink = stringSink();
    const w = createRowWriter('json', sink, columns);
    w.end();
    expect(JSON.parse(sink.text())).toEqual([]);
  });

  it('should align table columns, clip long cells with … and print line breaks as spaces', () => {
    const lines = write('table').split('\n');
    expect(lines[0]).toBe('id  name          note');
    expect(lines[2]).toBe(' 1  Sở Tài chính  tham mưu, bố trí "kinh phí"');
    expect(lines[3]).toBe(' 2  Ủy ban nhân…  dòng một dòng hai ba');
    expect(lines[4].trimEnd()).toBe(' 3');
  });
});
