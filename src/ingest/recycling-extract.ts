import { createExtractPool } from '../import/extract-pool.js';
import type { ExtractFn } from '../import/import-files.js';

export interface RecyclingOptions {
  /** Fresh workers once the process's resident memory passes this many MB… */
  rssBudgetMb: number;
  /** …but not before this many documents went to the current ones (no thrashing when the main thread alone is large). */
  minDocuments: number;
}

/**
 * An extract function over worker threads that are replaced by fresh ones
 * when the process's resident memory passes a budget. A worker's heap keeps
 * growing over thousands of documents (V8 collects its old generation
 * lazily: measured 150 → 270 MB over 1,500 documents, still rising), which
 * would take a 10,000-document first ingest past 300 MB. A fresh worker
 * starts small, and the old one is terminated as soon as its last document
 * is back. Recycling costs a worker start-up (≈1 s on a loaded machine), so it
 * happens only when memory asks for it, never on a small run. A hard heap
 * limit on the workers would bound memory too, but a large document would
 * then kill its worker. The pool starts on the first call: a run with
 * nothing new pays no start-up.
 */
export function createRecyclingExtract(workers: number, opts: RecyclingOptions): { extract: ExtractFn; close(): Promise<void> } {
  type Generation = { pool: ReturnType<typeof createExtractPool>; calls: number; inFlight: number; retired: boolean; closed: boolean };
  let current: Generation | undefined;
  const closing: Promise<void>[] = [];
  const closeIfDone = (g: Generation): void => {
    if (g.retired && g.inFlight === 0 && !g.closed) {
      g.closed = true;
      closing.push(g.pool.close());
    }
  };
  const extract: ExtractFn = async (bytes, name) => {
    if (!current || (current.calls >= opts.minDocuments && process.memoryUsage.rss() > opts.rssBudgetMb * 1024 * 1024)) {
      if (current) {
        current.retired = true;
        closeIfDone(current);
      }
      current = { pool: createExtractPool(workers), calls: 0, inFlight: 0, retired: false, closed: false };
    }
    const g = current;
    g.calls++;
    g.inFlight++;
    try {
      return await g.pool.extract(bytes, name);
    } finally {
      g.inFlight--;
      closeIfDone(g);
    }
  };
  return {
    extract,
    close: async () => {
      if (current) {
        current.retired = true;
        closeIfDone(current);
        current = undefined;
      }
      await Promise.all(closing);
    },
  };
}
