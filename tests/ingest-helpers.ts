import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, type IngestSummary } from '../src/ingest/run-ingest.js';
import type { IngestEvent, IngestSettings } from '../src/ingest/types.js';

/** The project's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** Temporary folders made by a test file, removed by `removeTempDirs` (call it in afterEach). */
const dirs: string[] = [];
export const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'vanban-ingest-'));
  dirs.push(d);
  return d;
};
export const removeTempDirs = (): void => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
};

/** Settings for one folder source, with the defaults of the config file. */
export function folderSettings(db: string, path: string, over: Partial<IngestSettings> = {}, glob?: string): IngestSettings {
  return {
    db,
    sources: [{ kind: 'folder', name: 'docs', path, ...(glob ? { glob } : {}) }],
    maxBytes: 50 * 1024 * 1024,
    timeoutMs: 30_000,
    retries: 0,
    perHost: 2,
    batchDocuments: 200,
    dryRun: false,
    userAgent: 'vanban-test',
    ...over,
  };
}

/** Runs an ingest in-process (extraction in-process too) and keeps its events. */
export async function ingest(settings: IngestSettings): Promise<{ summary: IngestSummary; events: IngestEvent[] }> {
  const events: IngestEvent[] = [];
  const summary = await runIngest(settings, { emit: (e) => events.push(e) }, { workers: 0 });
  return { summary, events };
}
