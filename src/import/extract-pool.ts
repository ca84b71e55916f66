import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from '../types.js';
import { processDocument } from '../pipeline.js';
import type { ExtractFn } from './import-files.js';

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

export interface ExtractPoolOptions {
  /**
   * Old-generation heap limit of each worker in MB (V8's own default when
   * absent). A document that needs more stops its worker; the pool starts a
   * fresh one and the document fails with a reason, the batch goes on.
   */
  heapMb?: number;
}

interface Job {
  bytes: Uint8Array;
  name: string;
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted to the worker and not yet answered. */
  inFlight: Set<number>;
  /** Jobs waiting for this slot (only while it has suspects to try one at a time). */
  queue: number[];
  /** Jobs that were on a worker when it stopped: each is tried alone. */
  suspects: Set<number>;
}

type WorkerMessage = { id: number; result?: DocumentResult; error?: { name: string; message: string; reason?: string; stage?: string } };

/**
 * Extraction in `size` worker threads, round-robin, so the main thread is
 * left to the SQLite writer (the measured bottleneck). With size 0, or where
 * the compiled worker is missing (running from TypeScript sources), it
 * extracts in-process.
 *
 * A worker that stops (out of memory on a huge file, a native crash) is
 * replaced at once. If it held one document, that document is the cause and
 * fails with the reason (the import records it and goes on); if it held
 * several, each is tried again alone on the fresh worker, so only the cause fails.
 */
export function createExtractPool(size: number, opts: ExtractPoolOptions = {}): { extract: ExtractFn; close(): Promise<void> } {
  const workerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (size <= 0 || !existsSync(workerFile)) return { extract: processDocument, close: async () => {} };

  const jobs = new Map<number, Job>();
  let nextId = 0;
  let closing = false;

  const post = (slot: Slot, id: number): void => {
    const job = jobs.get(id)!;
    slot.inFlight.add(id);
    // Copy into a fresh buffer we can transfer: the caller's Buffer may share a
    // pooled ArrayBuffer, and a job may have to be posted again.
    const copy = new Uint8Array(job.bytes);
    slot.worker.postMessage({ id, bytes: copy, name: job.name }, [copy.buffer]);
  };

  /** Posts what the slot may take now: everything, or one job at a time while suspects remain. */
  const dispatch = (slot: Slot): void => {
    if (slot.suspects.size === 0) {
      for (const id of slot.queue.splice(0)) post(slot, id);
    } else if (slot.inFlight.size === 0 && slot.queue.length) {
      post(slot, slot.queue.shift()!);
    }
  };

  const start = (slot: Slot): void => {
    const w = new Worker(workerFile, opts.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } } : undefined);
    slot.worker = w;
    let stopped = false;
    const stop = (why: string): void => {
      if (stopped || closing) return;
      stopped = true;
      const held = [...slot.inFlight];
      slot.inFlight.clear();
      start(slot);
      if (held.length === 1) {
        const job = jobs.get(held[0]);
        jobs.delete(held[0]);
        slot.suspects.delete(held[0]);
        job?.reject(new WorkerError('WorkerError', `extraction stopped: ${why}`, `extraction stopped: ${why}`, 'extract'));
      } else {
        for (const id of held) slot.suspects.add(id);
        slot.queue.unshift(...held);
      }
      dispatch(slot);
    };
    w.on('message', (msg: WorkerMessage) => {
      const job = jobs.get(msg.id);
      slot.inFlight.delete(msg.id);
      slot.suspects.delete(msg.id);
      if (job) {
        jobs.delete(msg.id);
        if (msg.error) job.reject(new WorkerError(msg.error.name, msg.error.message, msg.error.reason, msg.error.stage));
        else job.resolve(msg.result!);
      }
      dispatch(slot);
    });
    w.on('error', (e: Error & { code?: string }) =>
      stop(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the document needs more memory than an extraction worker has' : e.message),
    );
    w.on('exit', (code) => stop(`worker exited with code ${code}`));
  };

  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot = { inFlight: new Set<number>(), queue: [], suspects: new Set<number>() } as unknown as Slot;
    start(slot);
    return slot;
  });

  const extract: ExtractFn = (bytes, name) =>
    new Promise<DocumentResult>((resolve, reject) => {
      const id = nextId++;
      jobs.set(id, { bytes, name, resolve, reject });
      const slot = slots[id % slots.length];
      slot.queue.push(id);
      dispatch(slot);
    });

  return {
    extract,
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
