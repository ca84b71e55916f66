/** The stages of a web source at which something can fail, as the `failures` table records them. */
export type WebStage = 'fetch' | 'feed' | 'read' | 'extract' | 'store';

/**
 * Something that went wrong with one URL, with a reason a person understands
 * ('HTTP 503 after 3 retries', 'not a feed: text/html'). The run records it
 * in `failures` as (url, stage, reason) and goes on with the next URL.
 */
export class WebError extends Error {
  constructor(
    readonly url: string,
    readonly stage: WebStage,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'WebError';
  }
}
