import type { ExtractContext, Span, Unit, UnitRole } from '../../types.js';
import { tokenizeLine, foldTone, type Tok } from './tokenize-line.js';
import { readUnitName, type NameMatch } from './read-unit-name.js';
import { splitSentences } from './split-sentences.js';
import { canonicalUnitName } from './canonical-unit-name.js';
import { LEX } from './unit-lexicons.js';

/** A name found in a line, with what the grammar around it says. */
interface Mention extends NameMatch {
  position: boolean;
  sentence: number;
}

/** What lies right after a list of units. */
type RightCue = 'lead' | 'act' | 'assigner' | 'colon' | 'none';

/** An occurrence before canonical names and de-duplication. */
interface Occurrence {
  name: string;
  role: UnitRole;
  start: number;
  end: number;
  sentence: Span;
  /** Canonical given by the document's own `(sau đây gọi tắt là …)`, if any. */
  defined?: string;
}

/** State carried from line to line: the subject of the current item, the `Nơi nhận` list. */
interface LineState {
  inRecipients: boolean;
  itemSubjects: Occurrence[];
  /** Document abbreviations: folded short form → canonical of the full name. */
  abbreviations: Map<string, string>;
  /** This call's own global copy of GUARD (its `lastIndex` is per call, not module state). */
  guard: RegExp;
}

/*
 * A cheap guard: only sentences holding an organ word that can open a name
 * (or a `Chủ trì` that may inherit a subject) are tokenized. A superset of
 * what `readUnitName` accepts; literal alternatives, linear.
 */
const GUARD = /(?:Sở|Phòng|Cục|Trung tâm|Ban|Bộ|Viện|Văn phòng|Ủy ban|Uỷ ban|Hội|Liên đoàn|Đoàn|Đài|Báo|Ngân hàng|Chi nhánh|Trường|Học viện|Bệnh viện|Vụ|Quỹ|sở|phòng|cục|trung tâm|bộ|viện|văn phòng|Chi cục|Tổng cục|chi cục)[ \t\n]+[\p{Lu}]|UBND|HĐND|BHXH|KBNN|BQL|UBMTTQ|Công an|Tỉnh [uủ]|Tỉnh đoàn|Thành [uủ]|Thành đoàn|Huyện [uủ]|Bảo hiểm xã hội|Kho bạc|Thanh tra|Tòa án|Toà án|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng|Liên minh|Hiệp hội|Ban [\p{Ll}]|Trung tâm [\p{Ll}]|Viện [\p{Ll}]|Bộ đội|[Cc]hủ trì/gu;

/** Where the sentence holding `at` starts: after `.`/`!`/`?` + space + a capital or a bullet, or at `from`. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  for (let p = at - 1; p > from; p--) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const q = sentenceBreakAfter(text, p, at);
    if (q > 0) return q;
  }
  return from;
}

/** Where the sentence holding `at` ends (end-exclusive), or `to`. */
function sentenceEndAfter(text: string, at: number, to: number): number {
  for (let p = at; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const q = sentenceBreakAfter(text, p, to);
    if (q > 0) return q;
  }
  return to;
}

/**
 * If the `.`/`!`/`?` at `p` ends a sentence (the rule of `splitSentences`:
 * further `.` or `/`, then space, then a capital letter or a `-`/`+` bullet),
 * the index where the next sentence starts; else -1.
 */
function sentenceBreakAfter(text: string, p: number, limit: number): number {
  let k = p + 1;
  while (k < limit && (text[k] === '.' || text[k] === '/')) k++;
  const sp = k;
  while (k < limit && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\u00a0')) k++;
  if (k === sp || k >= limit) return -1;
  const ch = text[k];
  if (ch === '-' || ch === '+') return k;
  return ch !== ch.toLowerCase() ? k : -1;
}

/** A section label or bullet at the start of a line (`a,`, `2.1.`, `II.`, `-`, `(a)`, `Điều 5.`). */
const LABEL = /^[ \t]*(?:[-+•*–][ \t]*|(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,4}|[a-zđ])[ \t]*[.,):/-][ \t]*|\([ \t]*(?:[a-zđ]|\d{1,3}|[ivx]{1,5})[ \t]*\)[ \t]*|Điều[ \t]+\d{1,3}[ \t]*[.:][ \t]*)/u;
const BULLET = /^[ \t]*[-+•*–]/;
const RECIPIENTS_LABEL = /^[ \t*_]*(?:Nơi nhận|Kính gửi)[ \t]*:/u;

/** Mostly upper-case lines (headlines, header blocks) give no name boundaries. */
function isAllCaps(line: string): boolean {
  const sample = line.length > 300 ? line.slice(0, 300) : line;
  const lower = sample.toLowerCase();
  const upperCase = sample.toUpperCase();
  if (lower.length !== sample.length || upperCase.length !== sample.length) return false;
  let upper = 0;
  let low = 0;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (c !== lower.charCodeAt(k)) upper++;
    else if (c !== upperCase.charCodeAt(k)) low++;
  }
  return upper >= 8 && upper > 2 * low;
}

const CLAUSE_PUNCT = new Set([';', ':', '.', '(', '“', '"', '!', '?', '–', '-', '+', '•']);

/**
 * Every organization the text gives a role in a task (spec `units`).
 *
 * Names are read from an organ word (`Sở`, `Phòng`, `UBND` …) forwards to the
 * first verb; roles come from the words around a list of names: `phối hợp với`
 * before → `support`; `chủ trì` after → `lead`; a duty verb after a subject, or
 * `giao`/`đề nghị`/`yêu cầu` before → `assigned`. Issuers (`của`), recipients
 * (`tham mưu`, `trình`, `báo cáo`), places (`tại`), bodies inspected and
 * positions (`Giám đốc Sở`) get no entry. A sentence opening with `Chủ trì`
 * inherits the subject of its item (`lead`).
 *
 * One entry per distinct (lower-cased name, role), at its first occurrence, in
 * document order. `section` is left '' for the pipeline.
 */
export function findUnits(ctx: ExtractContext): Unit[] {
  const text = ctx.text;
  const occurrences: Occurrence[] = [];
  const state: LineState = { inRecipients: false, itemSubjects: [], abbreviations: new Map(), guard: new RegExp(GUARD.source, 'gu') };
  try {
    let pos = 0;
    while (pos <= text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      // a line that goes on in lower case is the same sentence wrapped (`Sở Kế hoạch\nvà Đầu tư`)
      while (nl < text.length && continues(text, nl + 1)) {
        const more = text.indexOf('\n', nl + 1);
        nl = more < 0 ? text.length : more;
      }
      processLine(text, pos, nl, state, occurrences);
      pos = nl + 1;
    }
  } catch {
    // never throw: keep what was found
  }
  return finish(occurrences, state);
}

/** Does the line starting at `at` continue the previous one (lower-case start, no label)? */
function continues(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  const ch = text[k];
  if (!ch || ch === '\n' || ch.toLowerCase() !== ch || ch.toUpperCase() === ch) return false;
  return !LABEL.test(text.slice(k, k + 12));
}

function processLine(text: string, from: number, to: number, state: LineState, out: Occurrence[]): void {
  const line = text.slice(from, to);
  if (RECIPIENTS_LABEL.test(line)) { state.inRecipients = true; return; }
  if (state.inRecipients) {
    if (!line.trim() || BULLET.test(line)) return;
    state.inRecipients = false;
  }
  const label = LABEL.exec(line);
  const bullet = BULLET.test(line);
  const labeled = !!label && !bullet;
  const content = from + (label ? label[0].length : 0);
  // the window: from the sentence of the first guard hit to the end of the sentence of the last
  const guard = state.guard;
  guard.lastIndex = content - from;
  const hit = guard.exec(line);
  if (!hit || isAllCaps(line)) {
    if (labeled) state.itemSubjects = [];
    return;
  }
  // tokenize only the sentences that hold a hit, each window a run of whole sentences
  const toks: Tok[] = [];
  const sentences: Array<[number, number]> = [];
  let atLineStart = false;
  let wEnd = -1;
  for (let h: RegExpExecArray | null = hit; h; h = guard.exec(line)) {
    const at = from + h.index;
    if (at < wEnd) continue;
    const wStart = Math.max(sentenceStartBefore(text, content, at), wEnd);
    wEnd = sentenceEndAfter(text, at, to);
    if (wStart === content) atLineStart = true;
    guard.lastIndex = Math.max(guard.lastIndex, wEnd - from);
    const part = tokenizeLine(text, wStart, wEnd);
    const base = toks.length;
    for (const t of part) toks.push(t);
    for (const [a, b] of splitSentences(part)) sentences.push([base + a, base + b]);
  }
  if (!toks.length) return;
  const sentenceOf = new Int32Array(toks.length);
  sentences.forEach(([s, e], n) => { for (let k = s; k < e; k++) sentenceOf[k] = n; });

  const mentions: Mention[] = [];
  for (let k = 0; k < toks.length; ) {
    const t = toks[k];
    if (!t.word || t.num) { k++; continue; }
    const m = readUnitName(toks, k);
    if (!m) { k++; continue; }
    mentions.push({ ...m, position: LEX.positions.matchEndingAt(toks, k - 1) > 0, sentence: sentenceOf[k] });
    k = m.end;
  }

  const lineOcc: Array<{ occ: Occurrence; subject: boolean; sentence: number }> = [];
  const spanOf = (n: number): Span => ({ start: toks[sentences[n][0]].start, end: toks[sentences[n][1] - 1].end });

  // document abbreviations: `X (sau đây gọi tắt là Y)`
  for (const m of mentions) readAbbreviation(text, toks, m, state);

  // group mentions into lists and give each list a role
  for (let a = 0; a < mentions.length; ) {
    let b = a;
    while (b + 1 < mentions.length && sameList(toks, mentions[b], mentions[b + 1])) b++;
    const list = mentions.slice(a, b + 1);
    a = b + 1;
    const first = list[0];
    const last = list[list.length - 1];
    const [sStart] = sentences[first.sentence];
    const left = leftCue(toks, first.start, sStart);
    const right = rightCue(toks, last.end, sentences[last.sentence][1]);
    const role = decideRole(left, right, toks, sentences[first.sentence], last.end);
    if (!role) continue;
    for (const m of list) {
      if (m.position) continue;
      const occ: Occurrence = {
        name: text.slice(toks[m.start].start, toks[m.end - 1].end),
        role,
        start: toks[m.start].start,
        end: toks[m.end - 1].end,
        sentence: spanOf(m.sentence),
      };
      out.push(occ);
      lineOcc.push({ occ, subject: left.kind === 'subject', sentence: m.sentence });
    }
  }

  // `Chủ trì …` with no subject inherits the subject of its item or paragraph
  const firstSubjects = atLineStart ? lineOcc.filter((o) => o.subject && o.sentence === 0).map((o) => o.occ) : [];
  for (let n = 0; n < sentences.length; n++) {
    const [s] = sentences[n];
    const t = toks[s];
    if (!t || !t.word || t.lo !== 'chủ' || toks[s + 1]?.lo !== 'trì') continue;
    const first = n === 0 && atLineStart;
    if (first && labeled) continue;
    const own = !first && firstSubjects.length ? firstSubjects : state.itemSubjects;
    for (const subj of own) {
      out.push({ name: subj.name, role: 'lead', start: subj.start, end: subj.end, sentence: spanOf(n) });
    }
  }

  if (labeled) state.itemSubjects = firstSubjects;
  else if (!bullet && firstSubjects.length) state.itemSubjects = firstSubjects;
}

/** Are two mentions members of one list (`A, B và C`, `A, các sở chuyên ngành, B`)? */
function sameList(toks: Tok[], a: Mention, b: Mention): boolean {
  if (a.sentence !== b.sentence) return false;
  let k = a.end;
  let n = 0;
  while (k < b.start) {
    if (++n > 10) return false;
    const t = toks[k];
    if (t.s === ',' || t.s === '/' || t.lo === 'và' || t.lo === 'hoặc' || t.s === ';') { k++; continue; }
    const g = LEX.generics.matchAt(toks, k);
    if (g) { k += g; continue; }
    return false;
  }
  return true;
}

type LeftKind = 'subject' | 'support' | 'assign' | 'cause' | 'present' | 'via' | 'by' | 'to' | 'none';

/** The cue before a list: walk back over generics and separators to the word that governs it. */
function leftCue(toks: Tok[], first: number, sentStart: number): { kind: LeftKind } {
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
    if (CLAUSE_PUNCT.has(t.s)) return { kind: 'subject' };
    return { kind: 'none' };
  }
  if (j < sentStart) return { kind: 'subject' };
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
function rightCue(toks: Tok[], k: number, sentEnd: number): RightCue {
  let steps = 0;
  while (k < sentEnd && steps < 40) {
    const t = toks[k];
    if (t.s === '(') {
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
    if (t.s === ':') return k + 1 >= sentEnd ? 'colon' : 'none';
    return 'none';
  }
  return 'none';
}

function decideRole(
  left: { kind: LeftKind },
  right: RightCue,
  toks: Tok[],
  sentence: [number, number],
  after: number,
): UnitRole | null {
  // `X chủ trì` makes X the lead whatever governs it, unless it is a recipient
  if (right === 'lead' && left.kind !== 'support' && left.kind !== 'present') return 'lead';
  switch (left.kind) {
    case 'support':
      return 'support';
    case 'assign':
      return right === 'lead' ? 'lead' : 'assigned';
    case 'cause':
      if (right === 'lead') return 'lead';
      if (right === 'act' || right === 'assigner') return 'assigned';
      return compilesAfter(toks, after, sentence[1]) ? 'assigned' : null;
    case 'to':
      // `báo cáo kết quả về Sở Nội vụ trước ngày 10/12 để tổng hợp`: the receiver compiles
      return compilesAfter(toks, after, sentence[1]) ? 'assigned' : null;
    case 'present':
      return LEX.evaluation.matchAt(toks, after) ? 'assigned' : null;
    case 'via': {
      for (let k = sentence[0]; k < sentence[1]; k++) if (LEX.compile.matchAt(toks, k)) return 'assigned';
      return null;
    }
    case 'by':
      return right === 'lead' ? 'lead' : null;
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

/** Records `X (sau đây gọi tắt là Y)`, `(viết tắt là Y)`, `(gọi tắt là Y)` after a mention. */
function readAbbreviation(text: string, toks: Tok[], m: Mention, state: LineState): void {
  const open = toks[m.end];
  if (!open || open.s !== '(') return;
  let k = m.end + 1;
  let sawLa = -1;
  for (; k < toks.length && k - m.end < 16; k++) {
    if (toks[k].s === ')') break;
    if (sawLa < 0 && toks[k].lo === 'là' && (toks[k - 1]?.lo === 'tắt' || toks[k - 1]?.lo === 'gọi')) sawLa = k;
  }
  if (sawLa < 0 || k >= toks.length || toks[k].s !== ')' || sawLa + 1 >= k) return;
  const short = text.slice(toks[sawLa + 1].start, toks[k - 1].end).replace(/^[“"'‘:\s]+|[”"'’\s]+$/gu, '');
  if (!short) return;
  const full = canonicalUnitName(text.slice(toks[m.start].start, toks[m.end - 1].end));
  state.abbreviations.set(foldKey(short), full);
}

/** Lower case, tone marks placed one way, spaces collapsed: names that differ only so are one. */
function foldKey(s: string): string {
  return foldTone(s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * Canonical names, scope completion (`Liên minh Hợp tác xã` takes the
 * canonical of `Liên minh hợp tác xã tỉnh` named in the same document), then
 * one entry per (lower-cased name, role) at its first occurrence.
 */
function finish(all: Occurrence[], state: LineState): Unit[] {
  const occurrences = all.map((o, n) => ({ o, n })).sort((x, y) => x.o.start - y.o.start || x.n - y.n).map((x) => x.o);
  // one entry per (folded name, role), first occurrence kept
  const seen = new Set<string>();
  const kept: Occurrence[] = [];
  for (const o of occurrences) {
    const key = foldKey(o.name) + '|' + o.role;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(o);
  }
  const canon = kept.map((o) => state.abbreviations.get(foldKey(o.name)) ?? canonicalUnitName(o.name));
  const byKey = new Map<string, string>();
  canon.forEach((c) => { const k = foldKey(c); if (!byKey.has(k)) byKey.set(k, c); });
  return kept.map((o, n) => {
    const wider = byKey.get(foldKey(canon[n]) + ' tỉnh');
    return { name: o.name, canonical: wider ?? canon[n], role: o.role, sentence: o.sentence, start: o.start, end: o.end, section: '' };
  });
}
