/**
 * One web source (an RSS/Atom feed or a listing page) of the nightly ingest.
 * Stub: the real run follows.
 */
import type { FeedSourceConfig, ListingSourceConfig, SourceOutcome, SourceRunContext } from '../types.js';

/** Fetches a feed or listing and its postings and attachments; stores new and changed ones. */
export async function runWebSource(
  ctx: SourceRunContext,
  source: FeedSourceConfig | ListingSourceConfig,
): Promise<SourceOutcome> {
  void source;
  return { source: ctx.sourceName, status: 'ok', new: 0, changed: 0, unchanged: 0, failed: 0 };
}
