/**
 * `npm run bench`: import throughput and memory on a deterministic synthetic
 * corpus of 10,000 documents made from the fixtures.
 *
 *   npm run bench                  corpus + import into a fresh database + extract alone
 *   npm run bench -- --docs 20000  a larger corpus
 *   npm run bench -- --mode extract|import
 *   npm run bench -- --mode ingest      first and second `vanban ingest` of the corpus into a fresh
 *                                       database: both times, their ratio (bar: ≥ 20×), peak RSS (bar: < 300 MB)
 *   npm run bench -- --workers 0   import with extraction in-process (default: 1 worker thread)
 *
 * Each measured run happens in a child process of its own, so its peak RSS is
 * its own and not the generator's.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.js';
import { collectFiles } from '../src/import/collect-files.js';
import { processDocument } from '../src/pipeline.js';
import { importFiles } from '../src/import/import-files.js';
import { createExtractPool } from '../src/import/extract-pool.js';
import { openDatabase } from '../src/store/open-database.js';
import { loadIngestConfig } from '../src/ingest/load-ingest-config.js';
import { runIngest } from '../src/ingest/run-ingest.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const docs = Number(arg('--docs', '10000'));
const corpusDir = join(root, 'bench', 'out', `corpus-${docs}`);
const ingestDb = join(root, 'bench', 'out', 'ingest.db');

interface Measure {
  mode: string;
  documents: number;
  mb: number;
  seconds: number;
  peakRssMb: number;
  [k: string]: unknown;
}

async function child(mode: string): Promise<void> {
  if (mode === 'ingest') return childIngest();
  const { files } = await collectFiles([corpusDir]);
  const started = process.hrtime.bigint();
  let bytes = 0;
  const extra: Record<string, unknown> = {};
  if (mode === 'extract') {
    for (const f of files) {
      const buf = await readFile(f);
      bytes += buf.length;
      await processDocument(buf, f);
    }
  } else {
    const dbFile = join(root, 'bench', 'out', 'bench.db');
    for (const ext of ['', '-wal', '-shm']) await rm(dbFile + ext, { force: true });
    const db = openDatabase(dbFile);
    const workers = Number(arg('--workers', '1'));
    const pool = createExtractPool(workers);
    const s = await importFiles(db, files, pool.extract, { window: 4 + 4 * workers });
    await pool.close();
    db.close();
    extra.workers = workers;
    bytes = s.bytes;
    Object.assign(extra, { new: s.new, failed: s.failed, sections: s.sections, items: s.items });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m: Measure = { mode, documents: files.length, mb: bytes / 1048576, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, ...extra };
  process.stdout.write(JSON.stringify(m) + '\n');
}

async function main(): Promise<void> {
  if (args.includes('--child')) return child(arg('--child', 'import'));
  const t0 = Date.now();
  const corpus = makeCorpus(join(root, 'fixtures', 'dev'), corpusDir, docs);
  console.log(`corpus: ${corpus.files} documents, ${(corpus.bytes / 1048576).toFixed(1)} MB (${corpusDir}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const modes = args.includes('--mode') ? [arg('--mode', 'import')] : ['import', 'extract'];
  if (modes[0] === 'ingest') return benchIngest();
  for (const mode of modes) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--docs', String(docs), '--workers', arg('--workers', '1'), '--child', mode], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`bench ${mode} failed (exit ${r.status})`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
    const line = `${mode.padEnd(8)} ${(m.mb / m.seconds).toFixed(2).padStart(7)} MB/s  ${(m.documents / m.seconds).toFixed(0).padStart(6)} docs/s  ` +
      `${m.seconds.toFixed(2)} s for ${m.mb.toFixed(1)} MB  peak RSS ${m.peakRssMb.toFixed(0)} MB`;
    console.log(line + (mode === 'import' ? `  (new ${m.new}, failed ${m.failed}, ${m.sections} sections, ${m.items} items)` : ''));
  }
}

/** One `vanban ingest` of the corpus (the database is made fresh by the parent before the first). */
async function childIngest(): Promise<void> {
  const settings = loadIngestConfig([corpusDir], { db: ingestDb });
  const s = await runIngest(settings, { emit: () => {} }, { workers: Number(arg('--workers', '1')) });
  const m: Measure = { mode: 'ingest', documents: s.new + s.unchanged + s.failed, mb: 0, seconds: s.seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, new: s.new, unchanged: s.unchanged, failed: s.failed, exitCode: s.exitCode };
  process.stdout.write(JSON.stringify(m) + '\n');
}

/** Runs the bench in a child process of its own and returns what it measured, with the child's wall time. */
function measureChild(mode: string): Measure & { wallSeconds: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--docs', String(docs), '--workers', arg('--workers', '1'), '--child', mode], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`bench ${mode} failed (exit ${r.status})`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure), wallSeconds };
}

/**
 * `--mode ingest`: a first ingest of the corpus into a fresh database, then a
 * second over the same unchanged files, each a process of its own. The
 * second must skip every file by size and mtime: the bar is ≥ 20× faster
 * (process wall time, start-up included) and < 300 MB peak RSS for both.
 */
async function benchIngest(): Promise<void> {
  for (const ext of ['', '-wal', '-shm', '.lock']) await rm(ingestDb + ext, { force: true });
  const first = measureChild('ingest');
  const second = measureChild('ingest');
  for (const [label, m] of [['first', first], ['second', second]] as const) {
    console.log(
      `ingest ${label.padEnd(6)} ${m.wallSeconds.toFixed(2).padStart(7)} s wall (${m.seconds.toFixed(2)} s in the run)  ` +
        `peak RSS ${m.peakRssMb.toFixed(0)} MB  (new ${m.new}, unchanged ${m.unchanged}, failed ${m.failed}, exit ${m.exitCode})`,
    );
  }
  const ratio = first.wallSeconds / second.wallSeconds;
  const peak = Math.max(first.peakRssMb, second.peakRssMb);
  console.log(`second ingest ${ratio.toFixed(1)}× faster (bar ≥ 20×: ${ratio >= 20 ? 'met' : 'NOT met'}); peak RSS ${peak.toFixed(0)} MB (bar < 300 MB: ${peak < 300 ? 'met' : 'NOT met'})`);
}

await main();
