/**
 * One replacement of `text.slice(start, end)` by `insert`. Edits given to
 * `applyEdits` are sorted by `start` and do not overlap.
 */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Text with, for every index `i` in `0..text.length`, the index in the original source it came from. */
export interface MappedText {
  text: string;
  /** `map[i]` is the source index of output index `i`; `map[text.length]` is the source end. */
  map: Int32Array;
}

/** A source string seen as mapped text that maps onto itself. */
export function identityMapped(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/**
 * Applies edits to a mapped text and carries the map through: characters
 * outside the edits keep their source index; an inserted string of the same
 * length as what it replaces maps character for character (`Ð` → `Đ`, NBSP →
 * space); any other insert maps every character to the source start of what it
 * replaced, so a span that starts or ends on it still lands on the source
 * text it stands for.
 */
export function applyEdits(input: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return input;
  const { text, map } = input;
  const parts: string[] = [];
  let outLength = 0;
  for (const e of edits) outLength += e.insert.length - (e.end - e.start);
  outLength += text.length;
  const out = new Int32Array(outLength + 1);
  let o = 0;
  let pos = 0;
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    out.set(map.subarray(from, to), o);
    o += to - from;
  };
  for (const e of edits) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new RangeError(`edit [${e.start}, ${e.end}) overlaps or lies outside the text`);
    }
    copy(pos, e.start);
    parts.push(e.insert);
    const sameLength = e.insert.length === e.end - e.start;
    for (let k = 0; k < e.insert.length; k++) out[o++] = sameLength ? map[e.start + k] : map[e.start];
    pos = e.end;
  }
  copy(pos, text.length);
  // Text cut off at the end (trailing spaces, a footer): the end maps to where the cut began.
  const last = edits[edits.length - 1];
  out[o] = last.end === text.length && last.insert === '' ? map[last.start] : map[text.length];
  return { text: parts.join(''), map: out };
}
