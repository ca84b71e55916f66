import type { DocumentResult } from '../types.js';

/** A readable outline of one document: identity, section tree, then the items of each kind. */
export function toOutline(result: DocumentResult, source?: string): string {
  const out: string[] = [];
  if (source) out.push(`# ${source}`);
  const d = result.document;
  out.push(`${d.type ?? '(type unknown)'} ${d.symbol ?? '(no number)'}${d.issuedOn ? ` — ${d.issuedOn}` : ''}${d.place ? `, ${d.place}` : ''}`);
  if (d.issuer) out.push(`issuer: ${d.issuer}`);
  if (d.signer) out.push(`signer: ${d.signer}`);
  if (d.title) out.push(`title:  ${d.title}`);
  out.push('', `sections (${result.sections.length})`);
  for (const s of result.sections) out.push(`${'  '.repeat(s.depth)}${s.label} ${clip(s.heading, 90)}`);
  const lists: [string, string[]][] = [
    ['references', result.references.map((r) => `${r.symbol}  ${r.type ?? '?'}  ${r.issuedOn ?? '-'}  ${r.issuer ?? ''}  [${r.section}]`)],
    ['dates', result.dates.map((x) => `${x.value}  ${x.text}${x.role ? `  (${x.role})` : ''}  [${x.section}]`)],
    ['periods', result.periods.map((x) => `${x.from ?? '…'}–${x.to}  ${x.text}  [${x.section}]`)],
    ['targets', result.targets.map((x) => `${x.comparator} ${x.value}${x.max != null ? `/${x.max}` : ''} ${x.unit}  (${x.kind})  ${x.text}  [${x.section}]`)],
    ['units', result.units.map((x) => `${x.role.padEnd(8)} ${x.name}${x.canonical !== x.name ? ` → ${x.canonical}` : ''}  [${x.section}]`)],
  ];
  for (const [name, rows] of lists) {
    out.push('', `${name} (${rows.length})`);
    for (const r of rows) out.push(`  ${r}`);
  }
  for (const w of result.warnings) out.push(`warning: ${w}`);
  return out.join('\n') + '\n';
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
