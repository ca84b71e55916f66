import { SourceError } from './source-error.js';

/**
 * For the readers' time tests: the lengths of the inputs that `read` takes
 * longer than `limitMs` on, each time of `runs` tries (a slow run alone can
 * be a GC pause or a busy machine; the tests share it). A SourceError is a
 * normal outcome; anything else thrown, or a result without text, fails.
 */
export function slowInputs(inputs: readonly Uint8Array[], read: (bytes: Uint8Array) => { text: unknown }, limitMs = 50, runs = 3): number[] {
  const slow: number[] = [];
  for (const input of inputs) {
    if (timed(() => read(input)) <= limitMs) continue;
    let best = Infinity;
    for (let k = 0; k < runs; k++) best = Math.min(best, timed(() => read(input)));
    if (best > limitMs) slow.push(input.length);
  }
  return slow;
}

/** Runs fn, lets only SourceError through (as a normal outcome), returns milliseconds. */
export function timed(fn: () => { text: unknown }): number {
  const t0 = performance.now();
  try {
    if (typeof fn().text !== 'string') throw new Error('no text');
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
  }
  return performance.now() - t0;
}
