import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/output/formats/csv-writer.js';
import { foldVi } from '../src/util/fold-vi.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
let dir = '';
let db = '';

function vanban(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  // A crash (not one of vanban's exit codes) is shown, so a failing test says why.
  if (r.status !== 0 && r.status !== 2) process.stderr.write(`vanban ${args.join(' ')} → ${r.status}\n${r.stderr}\n`);
  return r;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-cli-q-'));
  db = join(dir, 'q.db');
  const r = vanban('import', join(root, 'fixtures', 'dev'), '--glob', '*.txt', '--db', db, '-q');
  expect(r.status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('query commands (the built command)', () => {
  it('should list citations as JSON, and who cites a symbol typed without diacritics', () => {
    const all = vanban('citations', '--db', db, '--format', 'json');
    expect(all.status).toBe(0);
    const rows = JSON.parse(all.stdout) as { symbol: string; citing_id: number }[];
    expect(rows.length).toBeGreaterThan(10);
    const r = vanban('citations', '--db', db, '--cites', '162/qd-ubnd', '--format', 'ndjson');
    expect(r.status).toBe(0);
    const cites = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // 003 (the Trà Vinh plan) cites Quyết định 162/QĐ-UBND in its title and its first sentence.
    expect(cites.length).toBeGreaterThanOrEqual(2);
    expect(new Set(cites.map((c) => c.symbol))).toEqual(new Set(['162/QĐ-UBND']));
  });

  it('should say which document it cannot find and exit 2', () => {
    const r = vanban('show', 'no-such-doc', '--db', db);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no document matches 'no-such-doc'");
    const c = vanban('citations', '--db', db, '--cited-by', '99999');
    expect(c.status).toBe(2);
    expect(c.stderr).toContain("no document matches '99999'");
  });

  it('should refuse a missing database, an unknown format and a bad year with exit 2', () => {
    expect(vanban('tasks', '--db', join(dir, 'none.db')).status).toBe(2);
    const f = vanban('units', '--db', db, '--format', 'xml');
    expect(f.status).toBe(2);
    expect(f.stderr).toContain("unknown --format 'xml'");
    expect(vanban('citations', '--db', db, '--year', '21').status).toBe(2);
    expect(vanban('tasks', '--db', db, '--role', 'boss').status).toBe(2);
  });

  it('should show a document by its symbol: identity, sections and references with their sentences', () => {
    const r = vanban('show', '13/ct-ubnd', '--db', db);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Document \d+ {2}13\/CT-UBND {2}Chỉ thị {2}2021-05-20/);
    expect(r.stdout).toContain('Sections (');
    expect(r.stdout).toContain('a, Sở Khoa học và Công nghệ chủ trì');
    const j = JSON.parse(vanban('show', '004_a701ac0b9a96718b.txt', '--db', db, '--format', 'json').stdout);
    expect(j.document.symbol).toBe('13/CT-UBND');
    expect(j.sections.map((s: { path: string }) => s.path)).toContain('1/b');
  });

  it('should give the same task rows as a table, CSV and NDJSON', () => {
    const nd = vanban('tasks', '--db', db, '--unit', 'so tai chinh', '--format', 'ndjson').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const csv = parseCsv(vanban('tasks', '--db', db, '--unit', 'so tai chinh', '--format', 'csv', '--bom').stdout);
    expect(nd.length).toBeGreaterThanOrEqual(1);
    expect(csv).toEqual(nd.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))));
    const table = vanban('tasks', '--db', db, '--unit', 'so tai chinh').stdout.trim().split('\n');
    expect(table).toHaveLength(nd.length + 2);
    expect(nd.every((r) => /Sở Tài chính/.test(`${r.lead_units} ${r.support_units} ${r.assigned_units}`))).toBe(true);
  });

  it('should export the tasks the tasks command lists, with the same filters', () => {
    for (const filters of [['--unit', 'so tai chinh'], ['--year', '2021', '--role', 'lead'], ['--kind', 'result']]) {
      const listed = vanban('tasks', '--db', db, ...filters, '--format', 'ndjson').stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).task_id);
      const exported = vanban('export', '--what', 'tasks', '--db', db, ...filters, '--format', 'ndjson').stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).task_id);
      expect(exported).toEqual(listed);
    }
  });

  it('should export references as CSV with a BOM and as NDJSON, with the same rows', () => {
    const csvText = vanban('export', '--what', 'references', '--db', db, '--bom').stdout;
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const csv = parseCsv(csvText);
    const nd = vanban('export', '--what', 'references', '--db', db, '--format', 'ndjson').stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(csv.length).toBe(nd.length);
    expect(csv).toEqual(nd.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))));
    const cit = JSON.parse(vanban('citations', '--db', db, '--format', 'json').stdout);
    expect(nd.map((r) => r.id)).toEqual(cit.map((r: { reference_id: number }) => r.reference_id));
  });

  it('should export several kinds into a folder', () => {
    const out = join(dir, 'export');
    mkdirSync(out);
    const r = vanban('export', '--what', 'documents,tasks,units', '--db', db, '--format', 'json', '--out', out);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'))).toHaveLength(5);
    expect(JSON.parse(readFileSync(join(out, 'tasks.json'), 'utf8')).length).toBeGreaterThan(0);
    expect(vanban('export', '--what', 'documents,tasks', '--db', db).status).toBe(2);
  });

  it('should search without diacritics and give offsets that point at the words in the document text', () => {
    const r = vanban('search', '"so huu tri tue"', '--db', db, '--format', 'json', '--limit', '5');
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as { document_id: number; marks: string; snippet: string }[];
    expect(hits.length).toBeGreaterThan(0);
    const docs = new Map(
      vanban('export', '--what', 'documents', '--text', '--db', db, '--format', 'ndjson').stdout.trim().split('\n').map((l) => {
        const d = JSON.parse(l);
        return [d.id, d.text as string];
      }),
    );
    for (const h of hits) {
      expect(h.snippet).not.toContain('<mark>');
      for (const m of h.marks.split(' ')) {
        const [a, b] = m.split('-').map(Number);
        expect(foldVi(docs.get(h.document_id)!.slice(a, b))).toBe('so huu tri tue');
      }
    }
    const table = vanban('search', '13/CT-UBND', '--db', db);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('[13/CT-UBND]');
  });

  it('should annotate a document as HTML with section anchors and as Markdown', () => {
    const html = vanban('annotate', '13/CT-UBND', '--db', db);
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<a id="s-1-b"></a>');
    expect(html.stdout).toContain('class="unit');
    const md = vanban('annotate', '13/CT-UBND', '--db', db, '--format', 'md');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('<a id="s-1-b"></a>');
  });

  it('should draw the citation graph as DOT, JSON and GraphML', () => {
    const dot = vanban('graph', '--db', db);
    expect(dot.status).toBe(0);
    expect(dot.stdout).toMatch(/^digraph citations \{/);
    const json = JSON.parse(vanban('graph', '--db', db, '--format', 'json').stdout) as { nodes: { id: string; document_id: number | null }[]; edges: { source: string; target: string; weight: number }[] };
    const ids = new Set(json.nodes.map((n) => n.id));
    expect(json.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.weight >= 1)).toBe(true);
    expect(json.nodes.filter((n) => n.document_id !== null)).toHaveLength(5);
    const around = JSON.parse(vanban('graph', '--db', db, '--format', 'json', '--around', '162/QĐ-UBND').stdout) as typeof json;
    expect(around.edges.length).toBeGreaterThan(0);
    expect(around.edges.length).toBeLessThan(json.edges.length);
    const gml = vanban('graph', '--db', db, '--format', 'graphml').stdout;
    expect(gml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml/);
    expect(gml.trim().endsWith('</graphml>')).toBe(true);
  });
});
