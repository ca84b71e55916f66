import type { ExtractContext, Span, Unit, UnitRole } from '../../types.js';
import { tokenizeLine, foldTone, type Tok } from './tokenize-line.js';
import { readUnitName, type NameMatch } from './read-unit-name.js';
import { COMPILE_VERBS } from './role-cues.js';
import { canonicalUnitName } from './canonical-unit-name.js';
import { LEX } from './unit-lexicons.js';

/** A name found in a line, with what the grammar around it says. */
interface Mention extends NameMatch {
  position: boolean;
  sentence: number;
}

/** What lies right after a list of units. */
type RightCue = 'lead' | 'act' | 'assigner' | 'colon' | 'support' | 'none';

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
 * what `readUnitName` accepts (a test reads every organ example through it);
 * literal alternatives grouped by first letter, linear.
 */
const GUARD = /[Ss]ở[ \t\n\u00a0]+\p{Lu}|[Pp]hòng[ \t\n\u00a0]+\p{Lu}|(?:[Cc]hi c|Tổng c|[Cc])ục[ \t\n\u00a0]+\p{Lu}|Chi nhánh[ \t\n\u00a0]+\p{Lu}|[Tt]rung tâm[ \t\n\u00a0]+\p{L}|Ban[ \t\n\u00a0]+\p{L}|BQL|BHXH|[Bb]ộ(?: đội|[ \t\n\u00a0]+\p{Lu})|Bảo hiểm xã hội|Báo[ \t\n\u00a0]+\p{Lu}|Bệnh viện[ \t\n\u00a0]+\p{Lu}|[Vv]iện[ \t\n\u00a0]+\p{L}|[Vv]ăn phòng[ \t\n\u00a0]+\p{Lu}|Vụ[ \t\n\u00a0]+\p{Lu}|[ỦUủu][ỷy] ban|UB(?:ND|MTTQ)|[Hh]ội đồng|Hội[ \t\n\u00a0]+\p{Lu}|HĐND|Học viện|Hiệp hội|Huyện [uủ]|Liên (?:đoàn|minh)|Đoàn[ \t\n\u00a0]+\p{Lu}|Đài[ \t\n\u00a0]+\p{Lu}|Ngân hàng|Trường[ \t\n\u00a0]+\p{Lu}|T(?:ỉnh|hành) (?:[uủ]|đoàn)|Thanh tra|T[oò][àa] án|Quỹ[ \t\n\u00a0]+\p{Lu}|KBNN|Kho bạc|Công an|[Cc]hủ trì/gu;

/** Where the sentence holding `at` starts: after `.`/`!`/`?` + space + a capital or a bullet, or at `from`. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  for (let p = at - 1; p > from; p--) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const q = sentenceBreakAfter(text, p, at + 1);
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
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < line.length && upper + lower < 80; k++) {
    const c = letterCase(line.charCodeAt(k));
    if (c > 0) upper++;
    else if (c < 0) lower++;
  }
  return upper >= 8 && upper > 2 * lower;
}

/**
 * The case of a Vietnamese letter from its code alone (1 upper, -1 lower, 0 not
 * a cased letter): ASCII, Latin-1, Latin Extended-A/B pairs (`Đđ`, `Ăă`, `Ơơ`,
 * `Ưư`) and Latin Extended Additional (`Ạạ` … `Ỹỹ`), without calling ICU.
 */
function letterCase(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? -1 : 0;
  if (c >= 0xc0 && c <= 0xde) return c === 0xd7 ? 0 : 1;
  if (c >= 0xdf && c <= 0xff) return c === 0xf7 ? 0 : -1;
  if (c === 0x1af) return 1; // Ư
  if (c === 0x1b0) return -1; // ư
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177) || (c >= 0x1a0 && c <= 0x1a1) || (c >= 0x1e00 && c <= 0x1eff)) return c % 2 === 0 ? 1 : -1;
  return 0;
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

/** A window of tokens inside one sentence: the sentence's raw span and the window's tokens [t0, t1). */
interface Window {
  ss: number;
  se: number;
  t0: number;
  t1: number;
  /** Raw end of the tokenized part. */
  we: number;
  /** The window starts after the sentence start / ends before its end. */
  truncL: boolean;
  truncR: boolean;
}

/** How far around a guard hit the grammar looks (characters); enough for every cue scan. */
const BEFORE_HIT = 240;
const AFTER_HIT = 320;

const COMPILE_IN_TEXT = new RegExp(COMPILE_VERBS.map((e) => e.phrase).join('|'), 'iu');

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/** Moves `k` forward to the next space (at most 40 characters) so a window never cuts a word. */
function snapToSpace(text: string, k: number, limit: number): number {
  for (let d = 0; d < 40 && k < limit; d++, k++) if (isSpace(text[k])) return k;
  return Math.min(k, limit);
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
  const guard = state.guard;
  guard.lastIndex = content - from;
  const hit = guard.exec(line);
  if (!hit || isAllCaps(line)) {
    if (labeled) state.itemSubjects = [];
    return;
  }

  // tokenize only a bounded window around each hit, inside its sentence
  const toks: Tok[] = [];
  const windows: Window[] = [];
  const hits: number[] = [];
  const append = (w: Window, a: number, b: number) => {
    if (b <= a) return;
    for (const t of tokenizeLine(text, a, b)) toks.push(t);
    w.t1 = toks.length;
    w.we = b;
  };
  let lastSs = -1;
  let lastSe = -1;
  let lastSeRaw = content;
  for (let h: RegExpExecArray | null = hit; h; h = guard.exec(line)) {
    const at = from + h.index;
    hits.push(at);
    const cur = windows[windows.length - 1];
    if (cur && at < cur.we && at >= cur.ss) {
      // already inside the current window: widen it to the right if needed
      if (cur.truncR) {
        const e = at + AFTER_HIT >= cur.se ? cur.se : snapToSpace(text, at + AFTER_HIT, cur.se);
        if (e > cur.we) { append(cur, cur.we, e); cur.truncR = e < cur.se; }
      }
      continue;
    }
    // hits in the sentence just measured reuse its bounds (a long sentence is scanned once)
    let ss: number;
    let se: number;
    if (lastSe > at && at >= lastSs) {
      ss = lastSs;
      se = lastSe;
    } else {
      ss = sentenceStartBefore(text, Math.max(content, lastSeRaw), at);
      const raw = sentenceEndAfter(text, at, to);
      se = raw;
      while (se > ss && isSpace(text[se - 1])) se--;
      lastSs = ss;
      lastSe = raw;
      lastSeRaw = raw;
    }
    let ws = ss;
    if (at - BEFORE_HIT > ss) ws = snapToSpace(text, at - BEFORE_HIT, at);
    if (cur && cur.ss === ss && ws < cur.we) ws = cur.we;
    const we = at + AFTER_HIT >= se ? se : snapToSpace(text, at + AFTER_HIT, se);
    if (cur && cur.ss === ss && ws === cur.we) {
      append(cur, cur.we, we);
      cur.truncR = we < se;
      continue;
    }
    const w: Window = { ss, se, t0: toks.length, t1: toks.length, we: ws, truncL: ws > ss, truncR: we < se };
    windows.push(w);
    append(w, ws, we);
  }
  if (!toks.length) return;
  const windowOf = new Int32Array(toks.length);
  windows.forEach((w, n) => { for (let k = w.t0; k < w.t1; k++) windowOf[k] = n; });

  // names start where a guard hit starts
  const mentions: Mention[] = [];
  let hk = 0;
  for (let k = 0; k < toks.length && hk < hits.length; ) {
    const t = toks[k];
    if (t.start < hits[hk]) { k++; continue; }
    if (t.start > hits[hk]) { hk++; continue; }
    hk++;
    const m = t.word && !t.num ? readUnitName(toks, k) : null;
    if (!m || windowOf[m.end - 1] !== windowOf[k]) { k++; continue; }
    mentions.push({ start: m.start, end: m.end, organ: m.organ, organLen: m.organLen, position: LEX.positions.matchEndingAt(toks, k - 1) > 0, sentence: windowOf[k] });
    k = m.end;
    while (hk < hits.length && hits[hk] < toks[k - 1].end) hk++;
  }

  const lineOcc: Array<{ occ: Occurrence; subject: boolean; window: number }> = [];
  const spanOf = (n: number): Span => ({ start: windows[n].ss, end: windows[n].se });

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
    const w = windows[first.sentence];
    const wl = windows[last.sentence];
    const left = leftCue(toks, first.start, w.t0, w.truncL);
    const right = rightCue(toks, last.end, wl.t1, wl.truncR);
    const role = decideRole(left, right, toks, [wl.t0, wl.t1], last.end, text.slice(w.ss, w.se));
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
      lineOcc.push({ occ, subject: left.kind === 'subject', window: m.sentence });
    }
  }

  // `Chủ trì …` with no subject inherits the subject of its item or paragraph
  const firstSubjects = lineOcc.filter((o) => o.subject && windows[o.window].ss === content).map((o) => o.occ);
  for (let n = 0; n < windows.length; n++) {
    const w = windows[n];
    if (w.truncL) continue;
    const t = toks[w.t0];
    if (!t || !t.word || t.lo !== 'chủ' || toks[w.t0 + 1]?.lo !== 'trì') continue;
    const first = w.ss === content;
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
  sentence: [number, number],
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
      return compilesAfter(toks, after, sentence[1]) ? 'assigned' : null;
    case 'to':
      // `báo cáo kết quả về Sở Nội vụ trước ngày 10/12 để tổng hợp`: the receiver compiles
      return compilesAfter(toks, after, sentence[1]) ? 'assigned' : null;
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
  state.abbreviations.set(foldName(short), full);
}

/** Lower case, tone marks placed one way, spaces collapsed: names that differ only so are one. */
function foldName(s: string): string {
  return foldTone(s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * Canonical names, scope completion (`Liên minh Hợp tác xã` takes the
 * canonical of `Liên minh hợp tác xã tỉnh` named in the same document), then
 * one entry per (lower-cased name, role) at its first occurrence.
 */
function finish(all: Occurrence[], state: LineState): Unit[] {
  const keys = new Map<string, string>();
  const foldKey = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) { k = foldName(name); keys.set(name, k); }
    return k;
  };
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
