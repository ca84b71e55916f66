import { ALIAS_BY_KEY, aliasKey } from './unit-aliases.js';

/*
 * An abbreviation: upper-case letters and `&`, parts joined by `-`, `–`, `,`
 * or `&`, with at most one space around a joiner (`TC- ĐL-CL`, `VH,TT&DL`).
 * Every repetition consumes a joiner, so the pattern cannot backtrack
 * quadratically.
 */
const ABBR = /(?<![\p{L}\p{N}])[\p{Lu}&]{2,12}(?:[ ]?[-–,&][ ]?[\p{Lu}&]{1,12}){0,6}(?![\p{L}\p{N}])/gu;

/**
 * The canonical form of a unit name as written: abbreviations spelled out
 * from the alias table (the head form right after the organ word, the inline
 * form elsewhere), the organ word in proper case (`sở Công thương` → `Sở Công
 * thương`), `/` between place levels read as `, ` (`các huyện/thị xã/thành phố`),
 * spaces collapsed. Synonyms are not merged.
 */
export function canonicalUnitName(name: string): string {
  let out = name.replace(/\s+/g, ' ').trim();
  out = out.replace(ABBR, (m, offset: number) => {
    const alias = ALIAS_BY_KEY.get(aliasKey(m));
    if (!alias) return m;
    const before = out.slice(0, offset).trim();
    // right after the organ word (one or two syllables) or at the very start
    const atHead = before === '' || /^[\p{L}]+(?: [\p{L}]+)?$/u.test(before) && !/[,]/.test(before);
    return atHead ? alias.head : alias.inline;
  });
  out = out.replace(/\s*\/\s*/g, ', ');
  out = out.replace(/^([Uu])ỷ ban/u, (_m, u: string) => (u === 'U' ? 'Ủy ban' : 'ủy ban'));
  out = out.charAt(0).toUpperCase() + out.slice(1);
  return out.replace(/\s+/g, ' ').trim();
}
