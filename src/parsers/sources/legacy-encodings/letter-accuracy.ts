/**
 * The share of the original's letters that a decoded text got right, for
 * measuring a legacy decoder against a document's Unicode original. Lines
 * are aligned one to one when both texts have as many; within a line (or the
 * whole text otherwise) characters are aligned by edit distance, so one
 * character lost or gained costs one letter, not the rest of the line.
 */
export function letterAccuracy(decoded: string, original: string): number {
  const a = original.normalize('NFC').split('\n');
  const b = decoded.normalize('NFC').split('\n');
  let letters = 0;
  let right = 0;
  const pairs: Array<[string, string]> = a.length === b.length ? a.map((l, i) => [l, b[i]]) : [[a.join('\n'), b.join('\n')]];
  for (const [o, d] of pairs) {
    const r = alignLetters([...o], [...d]);
    letters += r.letters;
    right += r.right;
  }
  return letters === 0 ? 1 : right / letters;
}

const LETTER = /\p{L}/u;

function alignLetters(o: string[], d: string[]): { letters: number; right: number } {
  const letters = o.filter((c) => LETTER.test(c)).length;
  if (o.length === d.length) {
    let right = 0;
    for (let i = 0; i < o.length; i++) if (LETTER.test(o[i]) && o[i] === d[i]) right++;
    return { letters, right };
  }
  // Longest common subsequence counted on the original's letters (O(n·m), fine for lines).
  const n = o.length;
  const m = d.length;
  if (n * m > 25_000_000) return { letters, right: 0 };
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = o[i] === d[j] ? (LETTER.test(o[i]) ? 1 : 0) : -1;
      dp[i][j] = Math.max(w >= 0 ? dp[i + 1][j + 1] + w : 0, dp[i + 1][j], dp[i][j + 1]);
    }
  }
  return { letters, right: dp[0][0] };
}
