import type { ExtractContext, Span, Unit, UnitRole } from '../../types.js';
import { tokenizeLine, foldTone, type Tok } from './tokenize-line.js';
import { readUnitName, startsOrgan, type NameMatch } from './read-unit-name.js';
import { roleOfList } from './role-of-list.js';
import { sameList } from './same-list.js';
import { sentenceAround } from './sentence-around.js';
import { isAllCaps } from './is-all-caps.js';
import { canonicalUnitName } from './canonical-unit-name.js';
import { LEX } from './unit-lexicons.js';

/** A name found in a line, with what the grammar around it says. */
interface Mention extends NameMatch {
  position: boolean;
  sentence: number;
}


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
  /** The recipients block is a letter's `Kính gửi`, not a `Nơi nhận` list. */
  inAddressees: boolean;
  /** The named bodies a letter is addressed to (`Kính gửi: - Bộ Nội vụ; - Bộ Tài chính`). */
  addressees: Occurrence[];
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

/** A section label or bullet at the start of a line (`a,`, `2.1.`, `II.`, `-`, `(a)`, `Điều 5.`). */
const LABEL = /^[ \t]*(?:[-+•*–][ \t]*|(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,4}|[a-zđ])[ \t]*[.,):/-][ \t]*|\([ \t]*(?:[a-zđ]|\d{1,3}|[ivx]{1,5})[ \t]*\)[ \t]*|Điều[ \t]+\d{1,3}[ \t]*[.:][ \t]*)/u;
const BULLET = /^[ \t]*[-+•*–]/;
const RECIPIENTS_LABEL = /^[ \t*_]*(?:Nơi nhận|Kính gửi)[ \t]*:/u;
const ADDRESSEES_LABEL = /^[ \t*_]*Kính gửi[ \t]*:/u;
/** The body of a letter turning to its addressees with a task: `đến quý cơ quan để …`, `đề nghị quý Sở …`. */
const ADDRESSEES_ASKED = /(?<![\p{L}])(?:đến|đề nghị|gửi|yêu cầu)[ \t]{1,3}[Qq]uý[ \t]{0,3}(?:cơ quan|đơn vị|Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|địa phương|Cục|Viện)(?![\p{L}])/u;

/** The named bodies on a `Kính gửi` line (`- Bộ Nội vụ`, `Sở Tài chính; Sở Nội vụ`), kept aside as `assigned`. */
function readAddressees(text: string, from: number, to: number, state: LineState): void {
  if (to - from > 300) return;
  const toks = tokenizeLine(text, from, to);
  for (let i = 0; i < toks.length; i++) {
    if (!startsOrgan(toks, i)) continue;
    const m = readUnitName(toks, i);
    if (!m) continue;
    const start = toks[m.start].start;
    const end = toks[m.end - 1].end;
    state.addressees.push({ name: text.slice(start, end), role: 'assigned', start, end, sentence: { start: from, end: to } });
    i = m.end - 1;
  }
}


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
  const state: LineState = { inRecipients: false, inAddressees: false, addressees: [], itemSubjects: [], abbreviations: new Map(), guard: new RegExp(GUARD.source, 'gu') };
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
    // A letter that asks its addressees to act (`gửi … đến quý cơ quan để nghiên cứu và có ý
    // kiến`, `đề nghị quý Sở …`) gives the bodies of its `Kính gửi` a duty; a report sent up to
    // its `Kính gửi` does not.
    if (state.addressees.length && ADDRESSEES_ASKED.test(text)) occurrences.push(...state.addressees);
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
  if (RECIPIENTS_LABEL.test(line)) {
    state.inRecipients = true;
    state.inAddressees = ADDRESSEES_LABEL.test(line);
    if (state.inAddressees) readAddressees(text, from + line.indexOf(':') + 1, to, state);
    return;
  }
  if (state.inRecipients) {
    if (!line.trim()) return;
    if (BULLET.test(line)) {
      if (state.inAddressees) readAddressees(text, from, to, state);
      return;
    }
    state.inRecipients = false;
    state.inAddressees = false;
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
      const [start, raw] = sentenceAround(text, Math.max(content, lastSeRaw), to, at);
      ss = start;
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
    const { role, subject } = roleOfList(toks, first.start, last.end, {
      leftStart: w.t0, leftTruncated: w.truncL, rightEnd: wl.t1, rightTruncated: wl.truncR, sentenceText: text.slice(w.ss, w.se),
    });
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
      lineOcc.push({ occ, subject, window: m.sentence });
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
