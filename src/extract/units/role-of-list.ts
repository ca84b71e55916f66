import type { UnitRole } from '../../types.js';
import type { Tok } from './tokenize-line.js';
import { LEX } from './unit-lexicons.js';
import { COMPILE_VERBS } from './role-cues.js';

/** What lies right after a list of units. */
type RightCue = 'lead' | 'act' | 'assigner' | 'colon' | 'support' | 'none';

const CLAUSE_PUNCT = new Set([';', ':', '.', '(', '“', '"', '!', '?', '–', '-', '+', '•']);

const COMPILE_IN_TEXT = new RegExp(COMPILE_VERBS.map((e) => e.phrase).join('|'), 'iu');

/** The tokens of one sentence window around a list, and whether the window cuts the sentence. */
export interface ListContext {
  /** First and last token of the window holding the list's first / last member. */
  leftStart: number;
  leftTruncated: boolean;
  rightEnd: number;
  rightTruncated: boolean;
  /** The whole sentence as text (for `qua X` + a compiling verb anywhere in it). */
  sentenceText: string;
}

/**
 * The role the grammar gives every member of a list of units spanning tokens
 * [first, afterLast): the cue before the list (walking back over generic
 * members and separators) and the verb after it. `subject` tells whether the
 * list stands as the subject of its clause (the subject a later `Chủ trì …`
 * inherits). Null when the list has no role in a task.
 */
export function roleOfList(toks: Tok[], first: number, afterLast: number, c: ListContext): { role: UnitRole | null; subject: boolean } {
  const left = leftCue(toks, first, c.leftStart, c.leftTruncated);
  const right = rightCue(toks, afterLast, c.rightEnd, c.rightTruncated);
  return { role: decideRole(left, right, toks, c.rightEnd, afterLast, c.sentenceText), subject: left.kind === 'subject' };
}

type LeftKind = 'subject' | 'support' | 'assign' | 'cause' | 'present' | 'via' | 'by' | 'to' | 'leadLabel' | 'none';

/** The cue before a list: walk back over generics and separators to the word that governs it. */
function leftCue(toks: Tok[], first: number, sentStart: number, truncated: boolean): { kind: LeftKind } {
  let j = first - 1;
  let steps = 0;
  let commaAfter = false;
  // `…, Sở X chủ trì`: a comma right before the list may close an adverbial clause
  const commaAdjacent = first - 1 >= sentStart && toks[first - 1].s === ',';
  while (j >= sentStart && steps < 14) {
    const t = toks[j];
    if (t.s === ',' || t.s === '/' || t.lo === 'và') { commaAfter = t.s === ','; j--; steps++; continue; }
    if (t.word) {
      // cues first: `các` is generic but `phối hợp với các` must be seen
      const cue = cueEndingAt(toks, j);
      if (cue) return { kind: cue };
      const g = LEX.generics.matchEndingAt(toks, j);
      if (g) { j -= g; steps++; commaAfter = false; continue; }
      if (LEX.openers.matchEndingAt(toks, j) && (j - LEX.openers.matchEndingAt(toks, j) < sentStart || !toks[j - LEX.openers.matchEndingAt(toks, j)].word)) return { kind: 'subject' };
      if (commaAfter || commaAdjacent) return { kind: 'subject' };
      return { kind: 'none' };
    }
    if (t.s === ':') {
      // table-like labels: `Cơ quan chủ trì: Sở Tài chính`, `Đơn vị phối hợp: …`, `Đơn vị thực hiện: …`
      const p = toks[j - 1];
      if (p?.lo === 'trì' && toks[j - 2]?.lo === 'chủ') return { kind: 'leadLabel' };
      if (p?.lo === 'hợp' && toks[j - 2]?.lo === 'phối') return { kind: 'support' };
      if (p?.lo === 'hiện' && toks[j - 2]?.lo === 'thực') return { kind: 'assign' };
    }
    if (CLAUSE_PUNCT.has(t.s)) return { kind: 'subject' };
    return { kind: 'none' };
  }
  if (j < sentStart) return { kind: truncated ? 'none' : 'subject' };
  return { kind: 'none' };
}

function cueEndingAt(toks: Tok[], j: number): LeftKind | null {
  if (LEX.support.matchEndingAt(toks, j)) return 'support';
  if (LEX.cause.matchEndingAt(toks, j)) return 'cause';
  if (LEX.assign.matchEndingAt(toks, j)) return 'assign';
  if (LEX.via.matchEndingAt(toks, j)) return 'via';
  const t = toks[j];
  if (t.lo === 'trình') return 'present';
  if (LEX.to.matchEndingAt(toks, j)) return 'to';
  if (t.lo === 'do') return 'by';
  return null;
}

/** The cue after a list: skip a parenthesis and generic list members, then read the verb. */
function rightCue(toks: Tok[], k: number, sentEnd: number, truncated: boolean): RightCue {
  let steps = 0;
  while (k < sentEnd && steps < 40) {
    const t = toks[k];
    if (t.s === '(') {
      // `Sở Y tế (chủ trì)`, `Sở Tài chính (phối hợp)`
      const a = toks[k + 1];
      const b = toks[k + 2];
      if (a?.lo === 'chủ' && b?.lo === 'trì' && toks[k + 3]?.s === ')') return 'lead';
      if (a?.lo === 'phối' && b?.lo === 'hợp' && toks[k + 3]?.s === ')') return 'support';
      let d = k + 1;
      while (d < sentEnd && d - k < 30 && toks[d].s !== ')') d++;
      if (d < sentEnd && toks[d].s === ')') { k = d + 1; steps++; continue; }
      return 'none';
    }
    if (t.s === ',' || t.lo === 'và') { k++; steps++; continue; }
    if (t.word) {
      const g = LEX.generics.matchAt(toks, k);
      if (g && !LEX.actions.matchAt(toks, k)) { k += g; steps++; continue; }
      if (t.lo === 'chủ' && toks[k + 1]?.lo === 'trì') return 'lead';
      if (t.lo === 'là' || t.lo === 'làm') {
        for (let d = k + 1; d < Math.min(sentEnd, k + 5); d++) if (toks[d].lo === 'chủ' && toks[d + 1]?.lo === 'trì') return 'lead';
        return 'act';
      }
      if (LEX.assigners.matchAt(toks, k)) return 'assigner';
      // `gửi về Sở Tư pháp để tổng hợp`
      if (t.lo === 'để' && LEX.actions.matchAt(toks, k + 1)) return 'act';
      if (LEX.actions.matchAt(toks, k)) return 'act';
      return 'none';
    }
    if (t.s === ':') {
      // `Sở Y tế:` heading a list of duties, or `- Sở Tài chính: chủ trì …` / `: bố trí kinh phí …`
      if (k + 1 >= sentEnd) return truncated ? 'none' : 'colon';
      const n = toks[k + 1];
      if (n.lo === 'chủ' && toks[k + 2]?.lo === 'trì') return 'lead';
      if (LEX.actions.matchAt(toks, k + 1)) return 'act';
      return 'none';
    }
    return 'none';
  }
  return 'none';
}

function decideRole(
  left: { kind: LeftKind },
  right: RightCue,
  toks: Tok[],
  sentEnd: number,
  after: number,
  sentenceText: string,
): UnitRole | null {
  // `X chủ trì` makes X the lead whatever governs it, unless it is a recipient
  if (right === 'lead' && left.kind !== 'support' && left.kind !== 'present') return 'lead';
  if (right === 'support' && left.kind !== 'present') return 'support';
  if (left.kind === 'leadLabel') return 'lead';
  switch (left.kind) {
    case 'support':
      return 'support';
    case 'assign':
      return right === 'lead' ? 'lead' : 'assigned';
    case 'cause':
      if (right === 'lead') return 'lead';
      if (right === 'act' || right === 'assigner') return 'assigned';
      return compilesAfter(toks, after, sentEnd) ? 'assigned' : null;
    case 'to':
      // `báo cáo kết quả về Sở Nội vụ trước ngày 10/12 để tổng hợp`: the receiver compiles
      return compilesAfter(toks, after, sentEnd) ? 'assigned' : null;
    case 'present':
      return LEX.evaluation.matchAt(toks, after) ? 'assigned' : null;
    case 'via':
      return COMPILE_IN_TEXT.test(sentenceText) ? 'assigned' : null;
    case 'by':
      // `do Sở X tổ chức` gives X a duty; `do UBND tỉnh ban hành` makes it an issuer
      if (right === 'lead') return 'lead';
      return right === 'act' && !LEX.issuerVerbs.matchAt(toks, after) ? 'assigned' : null;
    case 'subject':
      if (right === 'lead') return 'lead';
      if (right === 'act' || right === 'colon') return 'assigned';
      return null;
    default:
      return null;
  }
}

/** Is there a compiling verb (`tổng hợp`, `tiếp nhận`) within the clause after the list? */
function compilesAfter(toks: Tok[], k: number, sentEnd: number): boolean {
  for (let d = k; d < sentEnd && d < k + 16; d++) {
    if (toks[d].s === ';') return false;
    if (LEX.compile.matchAt(toks, d)) return true;
  }
  return false;
}

