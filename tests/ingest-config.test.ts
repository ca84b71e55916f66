import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIngestConfig } from '../src/ingest/load-ingest-config.js';
import { CliError } from '../src/cli/errors.js';
import { removeTempDirs, tempDir } from './ingest-helpers.js';

afterEach(removeTempDirs);

/** A folder holding `vanban.config.json` with this content and a `docs` subfolder. */
function configDir(config: unknown): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'vanban.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

/** The CliError thrown by loading, as `code message`. */
function refusal(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    if (e instanceof CliError) return `${e.exitCode} ${e.message}`;
    throw e;
  }
  return 'accepted';
}

describe('loadIngestConfig', () => {
  it('should read the config file of the working folder, resolving its paths against the file\'s folder', () => {
    const dir = configDir({
      db: 'data/vanban.db',
      maxSizeMb: 10,
      timeoutSeconds: 5,
      retries: 1,
      perHost: 3,
      batchDocuments: 50,
      userAgent: 'so-khcn-bot/1.0',
      sources: [
        { kind: 'folder', name: 'shared', path: 'docs', glob: '**/*.{txt,pdf}' },
        { kind: 'feed', url: 'https://skhcn.travinh.gov.vn/rss/thong-bao.rss' },
        { kind: 'listing', name: 'van-ban', url: 'https://stnmt.dienbien.gov.vn/van-ban', linkSelector: 'table.list a' },
      ],
    });
    const s = loadIngestConfig([], {}, dir);
    expect(s).toEqual({
      db: join(dir, 'data', 'vanban.db'),
      sources: [
        { kind: 'folder', name: 'shared', path: join(dir, 'docs'), glob: '**/*.{txt,pdf}' },
        { kind: 'feed', name: 'https://skhcn.travinh.gov.vn/rss/thong-bao.rss', url: 'https://skhcn.travinh.gov.vn/rss/thong-bao.rss' },
        { kind: 'listing', name: 'van-ban', url: 'https://stnmt.dienbien.gov.vn/van-ban', linkSelector: 'table.list a' },
      ],
      maxBytes: 10 * 1024 * 1024,
      timeoutMs: 5000,
      retries: 1,
      perHost: 3,
      batchDocuments: 50,
      since: undefined,
      dryRun: false,
      userAgent: 'so-khcn-bot/1.0',
    });
  });

  it('should let flags win over the file, and sources named on the command line replace the file\'s', () => {
    const dir = configDir({ db: 'a.db', maxSizeMb: 10, sources: [{ kind: 'feed', url: 'https://example.gov.vn/rss' }] });
    const s = loadIngestConfig(['docs', 'https://sotttt.gov.vn/feed'], { db: 'b.db', maxSize: '2', batch: '7', feed: ['https://ubnd.gov.vn/rss'], since: '2024-05-01', dryRun: true }, dir);
    expect(s.db).toBe(join(dir, 'b.db'));
    expect(s.maxBytes).toBe(2 * 1024 * 1024);
    expect(s.batchDocuments).toBe(7);
    expect(s.dryRun).toBe(true);
    expect(s.since).toEqual(new Date(2024, 4, 1));
    expect(s.sources.map((x) => [x.kind, x.name])).toEqual([
      ['folder', join(dir, 'docs')],
      ['feed', 'https://sotttt.gov.vn/feed'],
      ['feed', 'https://ubnd.gov.vn/rss'],
    ]);
  });

  it('should name the key path, the reason and the file of each wrong config (exit 2)', () => {
    const cases: [unknown, string][] = [
      ['{ "sources": [ ', 'not valid JSON'],
      [[1, 2], 'must hold a JSON object'],
      [{ sources: [], dbFile: 'x.db' }, 'dbFile: unknown key'],
      [{ sources: [], retries: 'three' }, 'retries: must be a number'],
      [{ sources: [], retries: 2.5 }, 'retries: must be a whole number'],
      [{ sources: [], perHost: 0 }, 'perHost: must be between 1 and 32'],
      [{ sources: {} }, 'sources: must be an array'],
      [{ sources: ['docs'] }, 'sources[0]: must be an object'],
      [{ sources: [{ path: 'docs' }] }, 'sources[0].kind: missing'],
      [{ sources: [{ kind: 'ftp', url: 'ftp://x' }] }, 'sources[0].kind: must be folder, feed or listing'],
      [{ sources: [{ kind: 'folder', path: 'docs' }, { kind: 'folder', path: 'missing' }] }, 'sources[1].path: no such folder'],
      [{ sources: [{ kind: 'folder', path: 'vanban.config.json' }] }, 'sources[0].path: not a folder'],
      [{ sources: [{ kind: 'folder', path: 'docs', url: 'https://x.vn' }] }, 'sources[0].url: unknown key for a folder source'],
      [{ sources: [{ kind: 'feed', url: 'not a url' }] }, 'sources[0].url: not an http(s) URL'],
      [{ sources: [{ kind: 'feed', url: 'file:///etc/passwd' }] }, 'sources[0].url: not an http(s) URL'],
      [{ sources: [{ kind: 'feed', url: 'https://a.vn/rss' }, { kind: 'feed', url: 'https://b.vn/rss' }, { kind: 'listing', url: 'https://c.vn/vb' }] }, 'sources[2].linkSelector: missing'],
      [{ sources: [{ kind: 'listing', url: 'https://c.vn/vb', linkSelector: '' }] }, 'sources[0].linkSelector: must be a non-empty string'],
      [{ sources: [{ kind: 'feed', name: 'x', url: 'https://a.vn/rss' }, { kind: 'feed', name: 'x', url: 'https://b.vn/rss' }] }, "sources[1].name: 'x' is used twice"],
    ];
    for (const [config, message] of cases) {
      const dir = configDir(config);
      const got = refusal(() => loadIngestConfig([], {}, dir));
      expect(got, JSON.stringify(config)).toMatch(/^2 /);
      expect(got, JSON.stringify(config)).toContain(message);
      if (typeof config !== 'string' && !Array.isArray(config)) expect(got).toContain(`(in ${join(dir, 'vanban.config.json')})`);
    }
  });

  it('should refuse bad flags, a missing --config file, and a run with nothing to ingest (exit 2)', () => {
    const dir = tempDir();
    const cases: [string[], Record<string, unknown>, string][] = [
      [[], {}, 'nothing to ingest'],
      [[], { config: 'nope.json' }, 'nope.json: no such file'],
      [['missing-folder'], {}, 'missing-folder: no such folder'],
      [['ftp://files.gov.vn/x'], {}, 'not an http(s) URL'],
      [[dir], { feed: ['javascript:alert(1)'] }, '--feed javascript:alert(1): not an http(s) URL'],
      [[dir], { since: 'yesterday' }, "--since takes a date (2024-05-01) or an ISO time, not 'yesterday'"],
      [[dir], { since: '2024-02-30' }, '--since takes a date'],
      [[dir], { maxSize: 'lots' }, "--max-size: must be a number, not 'lots'"],
      [[dir], { batch: '0' }, '--batch: must be between 1 and 100000'],
      [[dir], { retries: '' }, '--retries: must be a number'],
    ];
    for (const [args, flags, message] of cases) {
      const got = refusal(() => loadIngestConfig(args, flags, dir));
      expect(got, message).toMatch(/^2 /);
      expect(got).toContain(message);
    }
  });

  it('should take a full ISO time for --since', () => {
    const dir = tempDir();
    expect(loadIngestConfig([dir], { since: '2024-05-01T06:30:00Z' }, dir).since).toEqual(new Date('2024-05-01T06:30:00Z'));
  });
});
