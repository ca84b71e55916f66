import { parentPort } from 'node:worker_threads';
import { processDocument } from '../pipeline.js';
import { searchFormsOf } from '../store/queries/search-index.js';

/**
 * A worker thread that runs the pipeline for the import, so extraction
 * overlaps with the SQLite writer on the main thread. Messages in:
 * `{ id, bytes, name }`; out: `{ id, result }` (with the search index's forms) or `{ id, error }` with the
 * error's name, message and the SourceError reason/stage when there is one.
 */
parentPort!.on('message', async (msg: { id: number; bytes: Uint8Array; name: string }) => {
  try {
    const result = await processDocument(msg.bytes, msg.name);
    // Folding for the search index here, not on the single SQLite writer.
    result.searchForms = searchFormsOf(result);
    parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    const err = e as Error & { reason?: string; stage?: string };
    parentPort!.postMessage({ id: msg.id, error: { name: err.name, message: err.message, reason: err.reason, stage: err.stage } });
  }
});
