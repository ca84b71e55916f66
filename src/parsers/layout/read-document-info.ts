import type { DocumentInfo, PortalMetadata, Span } from '../../types.js';
import { combineIssuerLines } from './combine-issuer-lines.js';
import { DOCUMENT_TYPES } from './document-types.js';
import type { Header } from './find-header.js';
import { leadingTypeWord } from './header-patterns.js';
import { ISSUER_CODES } from './organ-words.js';
import { expandIssuerWords, properCaseIssuer, startsWithOrgan } from './proper-case-issuer.js';
import { findMainTerritory, readOrganPhrase, territoryOfPlace } from './read-organ-phrase.js';
import { upperKey } from './vietnamese-text.js';

/** What the layout stage found that the document identity is read from. */
export interface InfoSources {
  text: string;
  header: Header | null;
  /** A web posting's headline (the first line) where there is no formal header. */
  headline: { text: string; span: Span; type?: string | null } | null;
  body: Span;
  signer: string | null;
  metadata: PortalMetadata;
}

const TYPE_BY_CODE = new Map<string, string>();
for (const t of DOCUMENT_TYPES) for (const c of t.codes) TYPE_BY_CODE.set(upperKey(c), t.name);
const ORGAN_BY_CODE = new Map(ISSUER_CODES.map((c) => [upperKey(c.code).replace(/[&-]/gu, ''), c.organ]));
const TYPE_NAMES = DOCUMENT_TYPES.map((t) => t.name);

// Organs that are named with their territory (`Sở … tỉnh X`, `Ủy ban nhân dân tỉnh X`).
const NEEDS_TERRITORY = /^(?:Sở|Ủy ban nhân dân|Hội đồng nhân dân|Công an|Chi cục|Văn phòng Ủy ban nhân dân|Ban Quản lý)(?:\s|$)/u;
const HAS_TERRITORY = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s\p{Lu}/u;

/** Splits the code of a symbol (`CT-UBND`, `BC-SKHCN`, `NQ/TU`, `SKHĐT-XTĐT`) into its type and issuer. */
export function readSymbolCode(code: string | null): { type: string | null; organ: string | null } {
  if (!code) return { type: null, organ: null };
  const parts = code.split(/[/-]/u).filter((p) => p && !/^\d+$/u.test(p));
  if (!parts.length) return { type: null, organ: null };
  const type = TYPE_BY_CODE.get(upperKey(parts[0])) ?? null;
  const rest = type ? parts.slice(1) : parts;
  const organ = ORGAN_BY_CODE.get(upperKey(rest.join('')).replace(/&/gu, '')) ?? (rest[0] ? ORGAN_BY_CODE.get(upperKey(rest[0]).replace(/&/gu, '')) : undefined) ?? null;
  // `2550/SKHĐT-XTĐT`: an issuer code first and no type code is an official letter.
  return { type: type ?? (organ ? 'Công văn' : null), organ };
}

/** ISO form of a portal date (`20/05/2021`), or null. */
function isoFromPortal(s: string | undefined): string | null {
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(s.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : null;
}

/** The type a posting's headline or first paragraphs give: `Kế hoạch …`, `… BAN HÀNH KẾ HOẠCH …`. */
function typeFromRunningText(s: string): string | null {
  const lead = leadingTypeWord(s);
  if (lead) return lead;
  const m = /(?<![\p{L}])ban hành\s(.{1,40})/iu.exec(s);
  return m ? leadingTypeWord(m[1]) : null;
}

/** The organ a headline names: before `BAN HÀNH` at its start, or in `của Sở …` not tied to a cited document. */
function organFromHeadline(s: string): string | null {
  const verb = /\s(?:ban hành|BAN HÀNH|triển khai|TRIỂN KHAI)\s/u.exec(s);
  if (verb) {
    const before = s.slice(0, verb.index);
    if (startsWithOrgan(expandIssuerWords(before))) return properCaseIssuer(before);
  }
  for (const m of s.matchAll(/(?<![\p{L}])(?:của|CỦA)\s/gu)) {
    const around = s.slice(Math.max(0, m.index - 40), m.index);
    if (/\d\s?\/|số\s\d|SỐ\s\d/u.test(around)) continue; // `Quyết định 166/QĐ-UBND của …`: the cited document's issuer
    const organ = readOrganPhrase(s, m.index + m[0].length);
    if (organ) return organ;
  }
  return null;
}

/** The organ the body says issues or reports (`Sở Khoa học và Công nghệ ban hành Kế hoạch`). */
function organFromBody(body: string): string | null {
  const verbs = /(?<![\p{L}])(?:ban hành|báo cáo|xây dựng|thông báo)\s/gu;
  for (const m of body.slice(0, 3000).matchAll(verbs)) {
    const before = body.slice(Math.max(0, m.index - 80), m.index);
    const head = /(?:^|[\s,.;:])((?:Sở|Ủy ban nhân dân|UBND|Hội đồng nhân dân|Bộ|Cục|Chi cục)\s[^.;:]{0,70})$/u.exec(before);
    if (!head) continue;
    const start = m.index - before.length + before.lastIndexOf(head[1]);
    const organ = readOrganPhrase(body, start);
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (organ && (TYPE_NAMES.some((t) => after.toLowerCase().startsWith(t.toLowerCase())) || /^kết quả/u.test(after))) return organ;
  }
  return null;
}

/** `UBND` and `HĐND` spelt out in a name read from running text (`UBND tỉnh` → `Ủy ban nhân dân tỉnh`). */
function spellOut(organ: string | null): string | null {
  return organ ? properCaseIssuer(organ) : null;
}

/**
 * Reads the document's own identity: from the formal header where there is
 * one, else from a posting's headline and body; portal metadata fills only
 * the fields the text lacks (a blank number or day in the header is a draft,
 * not a lack).
 */
export function readDocumentInfo(src: InfoSources): DocumentInfo {
  const { header, headline, metadata } = src;
  const bodyText = src.text.slice(src.body.start, src.body.end);
  const code = readSymbolCode(header?.symbolCode ?? null);

  const symbol = header?.symbolFound ? header.symbol : (metadata.symbol ?? null);
  const type =
    header?.type ??
    (header?.subject ? 'Công văn' : null) ??
    code.type ??
    headline?.type ??
    (headline ? typeFromRunningText(headline.text) : null) ??
    (header ? null : typeFromRunningText(bodyText.slice(0, 1500))) ??
    metadata.type ??
    null;
  const issuedOn = header?.dateFound ? header.issuedOn : isoFromPortal(metadata.issuedOn);
  const place = header?.place ?? null;

  let issuer =
    (header ? combineIssuerLines(header.issuerParts) : null) ??
    code.organ ??
    (headline ? organFromHeadline(headline.text) : null) ??
    spellOut(organFromBody(bodyText));
  if (issuer && NEEDS_TERRITORY.test(issuer) && !HAS_TERRITORY.test(` ${issuer}`)) {
    const territory = territoryOfPlace(place) ?? findMainTerritory(bodyText);
    if (territory) issuer = `${issuer.replace(/\s(?:tỉnh|thành phố)$/u, '')} ${territory}`;
  }
  issuer ??= metadata.issuer ?? null;

  const title = header?.title ?? headline?.text ?? metadata.title ?? null;
  return {
    symbol,
    type,
    issuedOn,
    place,
    issuer,
    signer: src.signer ?? metadata.signer ?? null,
    title,
  };
}
