import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, EXIT } from '../cli/errors.js';
import type { IngestSettings, SourceConfig } from './types.js';

/** The flags of `vanban ingest`, as commander hands them over (all strings). */
export interface IngestFlags {
  config?: string;
  db?: string;
  feed?: string[];
  since?: string;
  dryRun?: boolean;
  maxSize?: string;
  timeout?: string;
  retries?: string;
  perHost?: string;
  batch?: string;
}

/** The config file's name looked for in the working folder when no --config is given. */
export const DEFAULT_CONFIG_FILE = 'vanban.config.json';

const DEFAULTS = {
  db: 'vanban.db',
  maxSizeMb: 50,
  timeoutSeconds: 30,
  retries: 3,
  perHost: 2,
  batchDocuments: 200,
  userAgent: 'vanban-ingest/0.1 (+https://github.com/vanban)',
};

/** Each number setting: its range, and whether it must be whole. */
const NUMBER_KEYS: Record<string, { min: number; max: number; integer: boolean }> = {
  maxSizeMb: { min: 0.001, max: 4096, integer: false },
  timeoutSeconds: { min: 0.1, max: 3600, integer: false },
  retries: { min: 0, max: 20, integer: true },
  perHost: { min: 1, max: 32, integer: true },
  batchDocuments: { min: 1, max: 100_000, integer: true },
};

const TOP_KEYS = new Set(['db', 'userAgent', 'sources', ...Object.keys(NUMBER_KEYS)]);

/** The keys each kind of source takes; `true` marks the required ones. */
const SOURCE_KEYS: Record<SourceConfig['kind'], Record<string, boolean>> = {
  folder: { kind: true, name: false, path: true, glob: false },
  feed: { kind: true, name: false, url: true, attachmentSelector: false },
  listing: { kind: true, name: false, url: true, linkSelector: true, attachmentSelector: false },
};

/**
 * Reads `vanban.config.json` (or `--config FILE`) and merges the flags over
 * it: the flags win, and sources named on the command line (folders, URLs,
 * `--feed`) replace the file's sources for this run. Relative paths in the
 * file resolve against the file's folder; on the command line, against the
 * working folder. Anything wrong — bad JSON, an unknown key, a wrong type, a
 * missing folder, a URL that is not http(s) — is a CliError (exit 2) naming
 * the file and the key path, e.g. `sources[2].linkSelector: missing`.
 */
export function loadIngestConfig(args: string[], flags: IngestFlags, cwd = process.cwd()): IngestSettings {
  const file = flags.config !== undefined ? resolve(cwd, flags.config) : resolve(cwd, DEFAULT_CONFIG_FILE);
  let raw: Record<string, unknown> = {};
  let base = cwd;
  if (flags.config !== undefined || existsSync(file)) {
    raw = readConfigFile(file);
    base = dirname(file);
  }
  const where = flags.config !== undefined || existsSync(file) ? ` (in ${file})` : '';
  const fail = (key: string, why: string): never => {
    throw new CliError(`${key}: ${why}${where}`, EXIT.usage);
  };

  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) fail(key, `unknown key (known: ${[...TOP_KEYS].join(', ')})`);
  const numbers: Record<string, number> = {};
  for (const [key, range] of Object.entries(NUMBER_KEYS)) {
    numbers[key] = raw[key] === undefined ? DEFAULTS[key as keyof typeof DEFAULTS] as number : checkNumber(raw[key], range, (why) => fail(key, why));
  }
  for (const key of ['db', 'userAgent']) if (raw[key] !== undefined && (typeof raw[key] !== 'string' || raw[key] === '')) fail(key, 'must be a non-empty string');

  const flagNumber = (flag: string, value: string | undefined, key: string): void => {
    if (value === undefined) return;
    const n = Number(value);
    numbers[key] = checkNumber(value.trim() === '' ? NaN : n, NUMBER_KEYS[key], (why) => {
      throw new CliError(`--${flag}: ${why}, not '${value}'`, EXIT.usage);
    });
  };
  flagNumber('max-size', flags.maxSize, 'maxSizeMb');
  flagNumber('timeout', flags.timeout, 'timeoutSeconds');
  flagNumber('retries', flags.retries, 'retries');
  flagNumber('per-host', flags.perHost, 'perHost');
  flagNumber('batch', flags.batch, 'batchDocuments');

  const fromFlags = sourcesFromFlags(args, flags.feed ?? [], cwd);
  let sources: SourceConfig[];
  if (fromFlags.length) sources = fromFlags;
  else {
    if (raw.sources === undefined) {
      throw new CliError(`nothing to ingest: name folders or URLs, --feed URL, or a config file with "sources" (looked for ${file})`, EXIT.usage);
    }
    if (!Array.isArray(raw.sources)) fail('sources', 'must be an array');
    sources = (raw.sources as unknown[]).map((s, i) => checkSource(s, `sources[${i}]`, base, fail));
  }
  const names = new Set<string>();
  sources.forEach((s, i) => {
    if (names.has(s.name!)) fail(`sources[${i}].name`, `'${s.name}' is used twice`);
    names.add(s.name!);
  });

  let since: Date | undefined;
  if (flags.since !== undefined) {
    since = parseSince(flags.since);
    if (!since) throw new CliError(`--since takes a date (2024-05-01) or an ISO time, not '${flags.since}'`, EXIT.usage);
  }

  return {
    db: flags.db !== undefined ? resolve(cwd, flags.db) : resolve(base, (raw.db as string | undefined) ?? DEFAULTS.db),
    sources,
    maxBytes: Math.round(numbers.maxSizeMb * 1024 * 1024),
    timeoutMs: Math.round(numbers.timeoutSeconds * 1000),
    retries: numbers.retries,
    perHost: numbers.perHost,
    batchDocuments: numbers.batchDocuments,
    since,
    dryRun: flags.dryRun ?? false,
    userAgent: (raw.userAgent as string | undefined) ?? DEFAULTS.userAgent,
  };
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`config file ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, EXIT.usage);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new CliError(`config file ${file}: not valid JSON: ${(e as Error).message}`, EXIT.usage);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`config file ${file}: must hold a JSON object`, EXIT.usage);
  }
  return parsed as Record<string, unknown>;
}

function checkNumber(value: unknown, range: { min: number; max: number; integer: boolean }, fail: (why: string) => never): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail('must be a number');
  if (range.integer && !Number.isInteger(value)) return fail('must be a whole number');
  if (value < range.min || value > range.max) return fail(`must be between ${range.min} and ${range.max}`);
  return value;
}

/** One entry of `sources`, checked key by key; folder paths resolved and required to exist. */
function checkSource(value: unknown, at: string, base: string, fail: (key: string, why: string) => never): SourceConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at, 'must be an object');
  const s = value as Record<string, unknown>;
  if (s.kind === undefined) return fail(`${at}.kind`, 'missing (folder, feed or listing)');
  if (typeof s.kind !== 'string' || !(s.kind in SOURCE_KEYS)) return fail(`${at}.kind`, `must be folder, feed or listing, not ${JSON.stringify(s.kind)}`);
  const kind = s.kind as SourceConfig['kind'];
  const keys = SOURCE_KEYS[kind];
  for (const key of Object.keys(s)) if (!(key in keys)) fail(`${at}.${key}`, `unknown key for a ${kind} source (known: ${Object.keys(keys).join(', ')})`);
  for (const [key, required] of Object.entries(keys)) {
    if (s[key] === undefined) {
      if (required) fail(`${at}.${key}`, 'missing');
    } else if (typeof s[key] !== 'string' || (s[key] as string).trim() === '') fail(`${at}.${key}`, 'must be a non-empty string');
  }
  if (kind === 'folder') {
    const path = resolve(base, s.path as string);
    const why = folderProblem(path);
    if (why) fail(`${at}.path`, `${why}: ${path}`);
    return { kind, name: (s.name as string | undefined) ?? path, path, ...(s.glob !== undefined ? { glob: s.glob as string } : {}) };
  }
  const url = s.url as string;
  if (!isWebUrl(url)) fail(`${at}.url`, `not an http(s) URL: ${url}`);
  const extra = s.attachmentSelector !== undefined ? { attachmentSelector: s.attachmentSelector as string } : {};
  if (kind === 'feed') return { kind, name: (s.name as string | undefined) ?? url, url, ...extra };
  return { kind, name: (s.name as string | undefined) ?? url, url, linkSelector: s.linkSelector as string, ...extra };
}

/** Folders and URLs named on the command line, then each --feed. A bare URL is read as a feed. */
function sourcesFromFlags(args: string[], feeds: string[], cwd: string): SourceConfig[] {
  const out: SourceConfig[] = [];
  for (const arg of args) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      if (!isWebUrl(arg)) throw new CliError(`${arg}: not an http(s) URL`, EXIT.usage);
      out.push({ kind: 'feed', name: arg, url: arg });
      continue;
    }
    const path = resolve(cwd, arg);
    const why = folderProblem(path);
    if (why) throw new CliError(`${arg}: ${why}`, EXIT.usage);
    out.push({ kind: 'folder', name: path, path });
  }
  for (const url of feeds) {
    if (!isWebUrl(url)) throw new CliError(`--feed ${url}: not an http(s) URL`, EXIT.usage);
    out.push({ kind: 'feed', name: url, url });
  }
  return out;
}

function folderProblem(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? undefined : 'not a folder';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message;
  }
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** `2024-05-01` (local midnight) or a full ISO time; undefined when it is neither. */
function parseSince(s: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (day) {
    const d = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return d.getMonth() === Number(day[2]) - 1 && d.getDate() === Number(day[3]) ? d : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
