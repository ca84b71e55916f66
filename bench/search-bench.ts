/**
 * Query-layer bench (not part of the test suite):
 *
 *   npm run build && node dist/bench/search-bench.js [--docs 100000] [--refs-per-doc 10] [--keep]
 *
 * Builds a synthetic database quickly (sections made of the dev fixtures'
 * sentences with their numbers varied; references with a skewed choice of
 * cited symbols), inserted directly with prepared statements in big
 * transactions, then measures in-process:
 *   - `vanban search` queries (p50/p99 per query and overall),
 *   - the `citations --cites` query for the most cited symbols (p50/p99),
 * and, in a child process under /usr/bin/time, `vanban export --what references`
 * (wall time, peak RSS).
 */
import { readFileSync, readdirSync, rmSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/store/open-database.js';
import { registerFoldVi } from '../src/store/queries/open-query-database.js';
import { indexDocumentText } from '../src/store/queries/search-index.js';
import { ftsExpression, parseSearchQuery, searchSections } from '../src/store/queries/search-query.js';
import { citationsQuery, citesColumn, foldSymbol } from '../src/store/queries/citations-query.js';
import { foldVi } from '../src/util/fold-vi.js';
import { mulberry32 } from '../src/util/mulberry32.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const DOCS = Number(arg('--docs', '100000'));
const REFS_PER_DOC = Number(arg('--refs-per-doc', '10'));
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const dbFile = join(outDir, `query-bench-${DOCS}.db`);

const rand = mulberry32(20261122);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

function sentencesOfFixtures(): string[] {
  const dir = join(root, 'fixtures', 'dev');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const s of readFileSync(join(dir, f), 'utf8').normalize('NFC').split(/(?<=[.;:])\s+|\n+/)) {
      const t = s.trim();
      if (t.length >= 30 && t.length <= 400) out.push(t);
    }
  }
  return out;
}

const TYPES = ['Kế hoạch', 'Báo cáo', 'Quyết định', 'Chỉ thị', 'Công văn'];
const CODES = ['KH', 'BC', 'QĐ', 'CT', 'CV'];
const PROVINCES = ['Trà Vinh', 'Lào Cai', 'Điện Biên', 'Tây Ninh', 'Hà Nội', 'Đà Nẵng', 'Thừa Thiên Huế', 'Cần Thơ'];
const ISSUERS = ['UBND', 'SKHCN', 'HĐND', 'SKHĐT', 'STC'];

function build(): void {
  for (const ext of ['', '-wal', '-shm']) rmSync(dbFile + ext, { force: true });
  const sentences = sentencesOfFixtures();
  const db = openDatabase(dbFile);
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const insDoc = db.prepare(`INSERT INTO documents (sha256, source_path, format, encoding, bytes, text, symbol, type, issued_on, place, issuer, title, citation_key, imported_at)
    VALUES (?, ?, 'txt', 'utf-8', ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')`);
  const insSec = db.prepare('INSERT INTO sections (document_id, ord, path, parent_path, depth, label, heading, start, end, text) VALUES (?, ?, ?, NULL, 1, ?, ?, ?, ?, ?)');
  const insRef = db.prepare(`INSERT INTO "references" (document_id, ord, start, end, section_path, text, symbol, symbol_folded, type, type_code, number, year, issued_on, province, province_now, key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Cited symbols: 50,000 documents; the choice is skewed (u^3) so a few are cited very often.
  const CITED = 50_000;
  const cited = Array.from({ length: CITED }, (_, i) => {
    const t = i % TYPES.length;
    const year = 2005 + (i % 20);
    const symbol = `${(i % 9000) + 1}/${year >= 2015 && t === 2 ? `${year}/` : ''}${CODES[t]}-${ISSUERS[i % ISSUERS.length]}`;
    return { symbol, type: TYPES[t], code: CODES[t], number: String((i % 9000) + 1), year, province: PROVINCES[i % PROVINCES.length] };
  });
  const vary = (s: string): string => s.replace(/\d+/g, (m) => String(Math.floor(rand() * 10 ** Math.min(m.length, 4))));
  const started = Date.now();
  const BATCH = 5000;
  for (let b = 0; b < DOCS; b += BATCH) {
    db.transaction(() => {
      for (let d = b; d < Math.min(DOCS, b + BATCH); d++) {
        const t = d % TYPES.length;
        const province = PROVINCES[d % PROVINCES.length];
        const year = 2015 + (d % 11);
        const symbol = `${d + 1}/${CODES[t]}-UBND`;
        let text = `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}\nSố: ${symbol}\n${province}, ngày ${1 + (d % 28)} tháng ${1 + (d % 12)} năm ${year}\n${TYPES[t].toUpperCase()}\n${vary(pick(sentences))}\n`;
        const nSections = 4 + Math.floor(rand() * 9);
        const secs: { start: number; end: number; label: string; heading: string }[] = [];
        for (let s = 0; s < nSections; s++) {
          const start = text.length;
          const label = `${s + 1}.`;
          const heading = vary(pick(sentences));
          let body = `${label} ${heading}\n`;
          const n = 1 + Math.floor(rand() * 3);
          for (let k = 0; k < n; k++) body += `${vary(pick(sentences))}\n`;
          text += body;
          secs.push({ start, end: text.length, label, heading });
        }
        const id = Number(
          insDoc.run(`${d.toString(16).padStart(64, '0')}`, `synthetic/${d}.txt`, text.length * 2, text, symbol, TYPES[t], `${year}-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`, province, `Ủy ban nhân dân tỉnh ${province}`, `${TYPES[t]} số ${d}`, null).lastInsertRowid,
        );
        secs.forEach((s, i) => insSec.run(id, i, String(i + 1), s.label, s.heading, s.start, s.end, text.slice(s.start, s.end)));
        for (let r = 0; r < REFS_PER_DOC; r++) {
          const c = cited[Math.floor(rand() ** 3 * CITED)];
          const sec = secs[r % secs.length];
          insRef.run(id, r, sec.start, sec.start + 10, String((r % secs.length) + 1), `${c.type} số ${c.symbol}`, c.symbol, foldSymbol(c.symbol), c.type, c.code, c.number, c.year, `${c.year}-01-15`, c.province, c.province, `${foldVi(c.code)}|${c.number}|${c.year}|${foldVi(c.province).replace(/ /g, '-')}`);
        }
        indexDocumentText(db, id);
      }
    })();
    process.stderr.write(`\r  built ${Math.min(DOCS, b + BATCH)} / ${DOCS} documents (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  process.stderr.write('\n');
  db.exec('ANALYZE');
  db.close();
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

function measure(): void {
  const db = openDatabase(dbFile);
  registerFoldVi(db);
  const counts = db.prepare('SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM sections) AS sections, (SELECT count(*) FROM "references") AS refs').get() as Record<string, number>;
  console.log(`database ${dbFile}: ${counts.docs} documents, ${counts.sections} sections, ${counts.refs} references, ${(statSync(dbFile).size / 1e6).toFixed(0)} MB`);

  const queries = ['khoa học', 'khoa hoc', 'duong', 'đường', 'hoà', 'thuỷ', '"kế hoạch hành động"', 'chuyen*', '166/QĐ-UBND', 'sở hữu trí tuệ', 'doanh nghiep khoa hoc cong nghe', 'tiêu chuẩn đo lường chất lượng', 'xyzzy'];
  const all: number[] = [];
  console.log('\nsearch (limit 20), 30 runs each:');
  for (const q of queries) {
    const terms = parseSearchQuery(q);
    const expr = ftsExpression(terms)!;
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = process.hrtime.bigint();
      hits = searchSections(db, expr, terms, { limit: 20 }).length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    all.push(...times.slice(1));
    console.log(`  ${q.padEnd(36)} hits ${String(hits).padStart(2)}  p50 ${fmt(pct(times, 50)).padStart(10)}  p99 ${fmt(pct(times, 99)).padStart(10)}`);
  }
  console.log(`  all queries: p50 ${fmt(pct(all, 50))}, p99 ${fmt(pct(all, 99))}`);

  const top = db.prepare('SELECT symbol_folded, count(*) AS n FROM "references" GROUP BY symbol_folded ORDER BY n DESC LIMIT 20').all() as { symbol_folded: string; n: number }[];
  const q = citationsQuery({ cites: 'x', citesBy: 'symbol' });
  const stmt = db.prepare(q.sql);
  const first: number[] = [];
  const full: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const t of top) {
      // What `citations --cites` does: decide key or symbol (one probe), then stream the rows;
      // timed to the first screenful (100 rows) and to the last row.
      const t0 = process.hrtime.bigint();
      citesColumn(db, t.symbol_folded);
      let n = 0;
      for (const _ of stmt.iterate(t.symbol_folded)) if (++n === 100) break;
      first.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const t1 = process.hrtime.bigint();
      citesColumn(db, t.symbol_folded);
      stmt.all(t.symbol_folded);
      full.push(Number(process.hrtime.bigint() - t1) / 1e6);
    }
  }
  console.log(`\ncitations --cites, the 20 most cited symbols (${top[0].n} … ${top[top.length - 1].n} mentions each), 10 rounds:`);
  console.log(`  first 100 rows: p50 ${fmt(pct(first, 50))}, p99 ${fmt(pct(first, 99))}`);
  console.log(`  all rows:       p50 ${fmt(pct(full, 50))}, p99 ${fmt(pct(full, 99))}, max ${fmt(Math.max(...full))}`);
  const ranks = [100, 1000, 5000].map((k) => db.prepare('SELECT symbol_folded, n FROM (SELECT symbol_folded, count(*) AS n FROM "references" GROUP BY symbol_folded ORDER BY n DESC LIMIT 1 OFFSET ?)').get(k - 1) as { symbol_folded: string; n: number });
  for (const r of ranks) {
    if (!r) continue;
    const ts: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = process.hrtime.bigint();
      citesColumn(db, r.symbol_folded);
      stmt.all(r.symbol_folded);
      ts.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    console.log(`  the symbol ranked ${[100, 1000, 5000][ranks.indexOf(r)]} (${r.n} mentions), all rows: p50 ${fmt(pct(ts, 50))}, p99 ${fmt(pct(ts, 99))}`);
  }
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[];
  console.log(`  plan: ${plan.map((p) => p.detail).join(' | ')}`);
  db.close();
}

function exportBench(): void {
  const out = join(outDir, 'references-export.csv');
  const cli = join(root, 'dist', 'cli.js');
  for (const format of ['csv', 'ndjson']) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', 'node', cli, 'export', '--what', 'references', '--db', dbFile, '--format', format, '--out', out], { encoding: 'utf8' });
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const [secs, kb] = last.split(' ').map(Number);
    console.log(`\nexport --what references --format ${format}: exit ${r.status}, ${secs} s, peak RSS ${(kb / 1024).toFixed(0)} MB, ${(statSync(out).size / 1e6).toFixed(0)} MB written`);
  }
  rmSync(out, { force: true });
}

if (!existsSync(dbFile) || args.includes('--rebuild')) {
  const t0 = Date.now();
  build();
  console.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
measure();
if (!args.includes('--no-export')) exportBench();
