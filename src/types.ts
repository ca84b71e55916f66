/**
 * The typed shapes that flow through the pipeline (see ../shared/spec/extraction.md).
 *
 * Every item carries `start`/`end`: end-exclusive UTF-16 indices into the
 * *normalized* document text (what `vanban extract --text` prints), and
 * `section`: the path of the innermost section it falls in ('' for text that
 * precedes the first numbered section).
 */

/** A half-open range [start, end) in the normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** The formats a source can be read from. */
export type SourceFormat = 'txt' | 'html' | 'md' | 'pdf' | 'docx' | 'doc' | 'rtf';

/** Fields a legal portal prints around a document (`Số hiệu`, `Ngày ban hành`, …), as written. */
export interface PortalMetadata {
  symbol?: string;
  issuedOn?: string;
  effectiveOn?: string;
  type?: string;
  issuer?: string;
  signer?: string;
  /** The portal's own title line above the metadata table. */
  title?: string;
}

/** What a reader gives: decoded text with the page chrome still in it for plain text. */
export interface SourceText {
  text: string;
  format: SourceFormat;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `tcvn3`, …). */
  encoding: string;
  /** Reader-level problems worth telling the user (lossy decode, sniffed format …). */
  warnings: string[];
}

/**
 * The normalized document text with a map back into the reader's text.
 * `toSource(i)` gives the index in `SourceText.text` that normalized index `i` came from.
 */
export interface NormalizedText {
  text: string;
  toSource(index: number): number;
  /** Portal metadata found (and removed) while dropping page chrome. */
  metadata: PortalMetadata;
}

/** The document's own identity (spec `document`). */
export interface DocumentInfo {
  symbol: string | null;
  type: string | null;
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  signer: string | null;
  title: string | null;
}

/** A numbered or lettered block of the body (spec `sections`). */
export interface Section extends Span {
  /** Normalized labels of the ancestors and of this section, joined by `/`. */
  path: string;
  /** The label as written, punctuation included (`II.`, `a,`, `Điều 5.`). */
  label: string;
  /** The rest of the label's line. */
  heading: string;
  /** Path of the parent section, or null at the top. */
  parent: string | null;
  /** Depth in the tree, 1 at the top. */
  depth: number;
  /** Where the heading text starts (after the label). `end` is where the next sibling-or-higher starts. */
  headingStart: number;
}

/**
 * The regions the layout stage recognised. Items found outside `body` and
 * `header` (signature block, `Nơi nhận` list) are not document content for
 * units and targets.
 */
export interface DocumentLayout {
  info: DocumentInfo;
  /** The formal header block (issuer lines, Số, place-and-date, type, trích yếu), if any. */
  header: Span | null;
  /** The title / trích yếu span, if any: references and dates in it count. */
  title: Span | null;
  /** The body: from after the header to the signature block or `Nơi nhận`. */
  body: Span;
  signature: Span | null;
  recipients: Span | null;
  sections: Section[];
}

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';
export type DateRole = 'issue' | 'deadline' | 'effective' | 'event' | null;

export interface DateMention extends Span {
  text: string;
  /** ISO `YYYY-MM-DD` for day precision; `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn`, `YYYY` otherwise; `--MM-DD` when the year is unknown. */
  value: string;
  precision: DatePrecision;
  role: DateRole;
  section: string;
  /** Index into DocumentResult.tasks (set by resolve/ for deadlines). */
  task?: number;
}

export interface Period extends Span {
  text: string;
  from: number | null;
  to: number;
  section: string;
}

export type Comparator = '>=' | '<=' | '=' | 'range';
export type TargetKind = 'target' | 'result';

export interface Target extends Span {
  text: string;
  value: number;
  max: number | null;
  unit: string;
  comparator: Comparator;
  kind: TargetKind;
  /** The sentence (or lettered item) the figure sits in. */
  sentence: Span;
  section: string;
  /** Index into DocumentResult.tasks (set by resolve/). */
  task?: number;
}

export type UnitRole = 'lead' | 'support' | 'assigned';

export interface Unit extends Span {
  name: string;
  canonical: string;
  role: UnitRole;
  sentence: Span;
  section: string;
  /** Index into DocumentResult.tasks (set by resolve/). */
  task?: number;
}

export interface Reference extends Span {
  /** The mention as written, from the type word (or number) through the date where there is one. */
  text: string;
  /** The số ký hiệu without spaces, look-alikes repaired. */
  symbol: string;
  /** Full type name (`Quyết định`), from the type word or the symbol's type code. */
  type: string | null;
  /** The date attached to this mention in the text, ISO, or null. */
  issuedOn: string | null;
  /** The `của …` phrase attached to this mention, as written, or null. */
  issuer: string | null;
  section: string;
  /** Parts of the symbol and identity; filled by the references extractor and resolve/. */
  number?: string;
  year?: number | null;
  typeCode?: string | null;
  issuerCodes?: string[];
  issuingBody?: string | null;
  province?: string | null;
  provinceNow?: string | null;
  key?: string | null;
  resolvedIssuedOn?: string | null;
  resolvedIssuer?: string | null;
  warnings?: string[];
}

/**
 * A task: the paragraph (lettered item, bullet, or line of sentences) that
 * holds at least one target, unit or deadline. Items point at it by index.
 */
export interface Task extends Span {
  section: string;
  text: string;
}

/** Everything the pipeline learns about one document. */
export interface DocumentResult {
  document: DocumentInfo;
  sections: Section[];
  references: Reference[];
  dates: DateMention[];
  periods: Period[];
  targets: Target[];
  units: Unit[];
  /** Paragraphs that hold targets, units or deadlines; `task` on those items indexes this list. */
  tasks: Task[];
  /** The normalized text all offsets point into. */
  text: string;
  format: SourceFormat;
  encoding: string;
  warnings: string[];
  /**
   * The search index's two forms of the text before the first section and of
   * each section's own text, when the extraction worker has made them (so the
   * single SQLite writer need not fold text); absent, the writer makes them.
   */
  searchForms?: SearchForms;
}

/** Exact (tone placement normalized) and folded forms of indexed text; `lead` is null when empty. */
export interface SearchForms {
  lead: { exact: string; folded: string } | null;
  sections: { exact: string; folded: string }[];
}

/**
 * What every extractor receives besides the text: facts of the document that
 * the grammar needs (a report's figures are results; the own symbol is not a
 * reference). Extractors stay pure: no I/O, no module state, never throw.
 */
export interface ExtractContext {
  text: string;
  layout: DocumentLayout;
}
