/**
 * A RegExp that tests whether a string *ends with* `source`, capturing the
 * ending as group 1: `ending('ngày\\s+', 'iu').exec('… trước ngày ')[1]` is
 * `'ngày '`. Written as `$(?<=(…))` rather than `…$`: the engine rejects
 * every position but the end at once and then matches backwards, instead of
 * trying the whole pattern from each start position of the window. The
 * extractors test the text before every candidate this way, so it matters.
 */
export function ending(source: string, flags: string): RegExp {
  return new RegExp(`$(?<=(${source}))`, flags);
}
