import type { Sink } from './sink.js';
import type { Cell, Column, Row, RowWriter } from './row-writer.js';

/**
 * RFC 4180 CSV in UTF-8: a header line, CRLF line ends, a field quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled inside). Null is an empty
 * field. `bom` puts U+FEFF first so spreadsheet programs read UTF-8.
 */
export function csvWriter(sink: Sink, columns: Column[], bom: boolean): RowWriter {
  sink.write(`${bom ? '\uFEFF' : ''}${columns.map((c) => csvField(c.key)).join(',')}\r\n`);
  return {
    row(r: Row) {
      let line = '';
      for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + csvField(r[columns[i].key]);
      sink.write(`${line}\r\n`);
    },
    end() {},
  };
}

/** One CSV field. */
export function csvField(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Reads CSV as csvWriter writes it (RFC 4180, optional BOM) into rows of
 * strings keyed by the header; empty fields are ''. For round-trip tests and
 * for reading exports back.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let field = '';
  let rec: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      rec.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      rec.push(field);
      records.push(rec);
      rec = [];
      field = '';
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || rec.length) {
    rec.push(field);
    records.push(rec);
  }
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}
