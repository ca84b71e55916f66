import type { DocumentInfo, Reference } from '../types.js';
import { LEGISLATURE_TERMS, lookupIssuerCode } from '../extract/lexicon/issuer-codes.js';
import { findProvince, type ProvinceMatch } from '../extract/lexicon/provinces.js';
import { symbolKey } from '../extract/references/find-own-symbols.js';
import { citationKey, localUnitOf } from './citation-key.js';

/**
 * Gives each reference its identity, in a new array (inputs are not changed):
 * - `resolvedIssuedOn`/`resolvedIssuer`: a repeat mention without a date or
 *   issuer (`Nghị quyết số 12-NQ/TU` again later) inherits the first
 *   mention's, while `issuedOn`/`issuer` stay what the text says;
 * - `year` (from the symbol, else the date), `issuingBody`, and for a local
 *   body (UBND, HĐND, Sở, Tỉnh ủy …) the `province` as written in the mention
 *   (`của UBND tỉnh Lào Cai`) or, failing that, the citing document's own,
 *   with `provinceNow` after the 2025 merger;
 * - `key`, the citation key (see citationKey);
 * - warnings: a Quốc hội term that does not fit the year, the same symbol
 *   with two different dates in one document.
 */
export function resolveReferences(references: Reference[], citing: DocumentInfo): Reference[] {
  const citingProvince = findProvince(citing.issuer ?? '') ?? findProvince(citing.place ?? '');
  const firstDate = new Map<string, string>();
  const firstIssuer = new Map<string, string>();
  for (const ref of references) {
    const id = symbolKey(ref.symbol);
    if (ref.issuedOn && !firstDate.has(id)) firstDate.set(id, ref.issuedOn);
    if (ref.issuer && !firstIssuer.has(id)) firstIssuer.set(id, ref.issuer);
  }

  return references.map((ref) => {
    const id = symbolKey(ref.symbol);
    const warnings = [...(ref.warnings ?? [])];
    const known = firstDate.get(id) ?? null;
    if (ref.issuedOn && known && ref.issuedOn !== known) {
      warnings.push(`${ref.symbol} is dated ${ref.issuedOn} here and ${known} earlier in the document`);
    }
    const resolvedIssuedOn = ref.issuedOn ?? known;
    const resolvedIssuer = ref.issuer ?? firstIssuer.get(id) ?? null;
    const year = ref.year ?? (resolvedIssuedOn ? Number(resolvedIssuedOn.slice(0, 4)) : null);

    const issuerCode = ref.issuerCodes?.[0] ?? null;
    const info = issuerCode ? lookupIssuerCode(issuerCode) : null;
    const local = info?.local ?? false;
    let province: ProvinceMatch | null = null;
    if (local) province = (resolvedIssuer ? findProvince(resolvedIssuer) : null) ?? citingProvince;
    const provinceNow = province?.province.now ?? null;

    if (info?.term !== undefined && year !== null) {
      const span = LEGISLATURE_TERMS[info.term];
      if (span && (year < span[0] || year > span[1])) {
        warnings.push(`${ref.symbol}: Quốc hội khóa ${info.term} sat ${span[0]}–${span[1]}, not in ${year}`);
      }
    }

    const localUnit = local ? localUnitOf(resolvedIssuer) : null;
    const where = localUnit ?? (province ? `${province.province.kind} ${province.province.name}` : null);
    const issuingBody = info?.known && info.body ? (local && where ? `${info.body} ${where}` : info.body) : resolvedIssuer;

    return {
      ...ref,
      year,
      issuingBody,
      province: province ? province.written : null,
      provinceNow,
      key: citationKey({
        typeCode: ref.typeCode ?? null,
        type: ref.type,
        number: ref.number ?? ref.symbol.split(/[/-]/u)[0],
        year,
        issuerCode,
        provinceNow,
        local,
        localUnit,
      }),
      resolvedIssuedOn,
      resolvedIssuer,
      warnings,
    };
  });
}
