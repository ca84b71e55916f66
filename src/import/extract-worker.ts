import { parentPort } from 'node:worker_threads';
import { processDocument } from '../pipeline.js';

/**
 * A worker thread that runs the pipeline for the import, so extraction
 * overlaps with the SQLite writer on the main thread. Messages in:
 * `{ id, bytes, name }`; out: `{ id, result }` or `{ id, error }` with the
 * error's name, message and the SourceError reason/stage when there is one.
 */
parentPort!.on('message', async (msg: { id: number; bytes: Uint8Array; name: string }) => {
  try {
    const result = await processDocument(msg.bytes, msg.name);
    parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    const err = e as Error & { reason?: string; stage?: string };
    parentPort!.postMessage({ id: msg.id, error: { name: err.name, message: err.message, reason: err.reason, stage: err.stage } });
  }
});
