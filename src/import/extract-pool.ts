import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from '../types.js';
import { processDocument } from '../pipeline.js';
import type { ExtractFn } from './import-files.js';

interface Pending {
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

/** An error from a worker, rebuilt with the fields import-files reads (name, reason, stage). */
class WorkerError extends Error {
  constructor(
    readonly name: string,
    message: string,
    readonly reason?: string,
    readonly stage?: string,
  ) {
    super(message);
  }
}

/**
 * Extraction in `size` worker threads, round-robin, so the main thread is
 * left to the SQLite writer (the measured bottleneck). With size 0, or where
 * the compiled worker is missing (running from TypeScript sources), it
 * extracts in-process.
 */
export function createExtractPool(size: number): { extract: ExtractFn; close(): Promise<void> } {
  const workerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (size <= 0 || !existsSync(workerFile)) return { extract: processDocument, close: async () => {} };

  const pending = new Map<number, Pending>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const w = new Worker(workerFile);
    w.on('message', (msg: { id: number; result?: DocumentResult; error?: { name: string; message: string; reason?: string; stage?: string } }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.error) p.reject(new WorkerError(msg.error.name, msg.error.message, msg.error.reason, msg.error.stage));
      else p.resolve(msg.result!);
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    return w;
  });

  const extract: ExtractFn = (bytes, name) =>
    new Promise<DocumentResult>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      // Copy into a fresh buffer we can transfer: the caller's Buffer may share a pooled ArrayBuffer.
      const copy = new Uint8Array(bytes);
      workers[id % workers.length].postMessage({ id, bytes: copy, name }, [copy.buffer]);
    });

  return {
    extract,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
