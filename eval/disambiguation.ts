/**
 * Wikipedia titles carry a disambiguator the gold writer may leave off: `Punjab, India` for `Punjab`,
 * `Jammu and Kashmir (union territory)`, `Saurashtra (region)`, `Gaya, India`. The same name with a
 * disambiguator on one side only is the same entity when the disambiguator is `, India` or a kind from a short
 * list in brackets; never one that names a state or a city (`Bilaspur, Chhattisgarh` is not the gold's
 * `Bilaspur` of Himachal Pradesh), a foreign country (`Punjab, Pakistan`) or another kind of thing
 * (`Aligarh (film)`). Two different disambiguators are two entities.
 */
const QUALIFIER = /\s*(?:\(([^()]*)\)|,([^,]+))$/u;
/** Kinds in brackets that keep a place or body what the bare name means. */
const KINDS = new Set(['union territory', 'region', 'district', 'city', 'state', 'india']);

const key = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[-‐–.'’]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** `a` and `b` name one entity once a disambiguator that only one of them carries (`, India`, a kind) is left off. */
export function sameBaseName(a: string, b: string): boolean {
  const qa = QUALIFIER.exec(a);
  const qb = QUALIFIER.exec(b);
  if (!qa === !qb) return false;
  const m = (qa ?? qb) as RegExpExecArray;
  const keeps = m[1] !== undefined ? KINDS.has(key(m[1])) : key(m[2] ?? '') === 'india';
  return keeps && key(a.replace(QUALIFIER, '')) === key(b.replace(QUALIFIER, ''));
}
