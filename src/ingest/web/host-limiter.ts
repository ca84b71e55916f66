/**
 * At most `perHost` tasks in flight per host; the rest wait in a queue per
 * host, first come first served. One limiter is shared by everything a source
 * run fetches, so a portal sees no more than `perHost` requests at a time
 * whether they are postings or attachments.
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) throw new RangeError(`perHost must be a whole number ≥ 1, got ${perHost}`);
  }

  /** Runs `task` once its host (of `url`) has a free slot; the slot is freed when it settles. */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  /** Tasks in flight for the host of `url` (for tests and logs). */
  inFlight(url: string): number {
    return this.active.get(hostOf(url)) ?? 0;
  }

  private acquire(host: string): Promise<void> {
    const n = this.active.get(host) ?? 0;
    if (n < this.perHost) {
      this.active.set(host, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(host) ?? [];
      queue.push(resolve);
      this.waiting.set(host, queue);
    });
  }

  private release(host: string): void {
    const queue = this.waiting.get(host);
    const next = queue?.shift();
    if (next) {
      // The slot passes straight to the next waiter: the count stays.
      if (queue!.length === 0) this.waiting.delete(host);
      next();
      return;
    }
    const n = (this.active.get(host) ?? 1) - 1;
    if (n <= 0) this.active.delete(host);
    else this.active.set(host, n);
  }
}

/** host:port of a URL, lower case; the whole string when it is not a URL (it then fails in fetch). */
function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
