/**
 * Wikipedia titles carry a disambiguator the gold writer may leave off: `Punjab, India` for `Punjab`,
 * `Jammu and Kashmir (union territory)`, `Saurashtra (region)`, `Gaya, India`. The same name with a
 * disambiguator on one side only is the same entity when that disambiguator places it in India (India, an
 * Indian state or city) or describes its kind (`(union territory)`); a bare title is otherwise the primary
 * topic (`Hyderabad` is not `Hyderabad, Sindh`), and two different disambiguators are two entities
 * (`All India Institute of Medical Sciences, New Delhi` is not the one `, Rishikesh`).
 */
const QUALIFIER = /\s*(?:\(([^()]*)\)|,([^,]+))$/u;

const key = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[-‐–.'’]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** A disambiguator that keeps the entity the gold's bare name means: India, a place in India, or a kind. */
export type IndianQualifier = (qualifier: string) => boolean;

export function createIndianQualifier(indianPlaces: Iterable<string>): IndianQualifier {
  const places = new Set([...indianPlaces].map((p) => key(p.replace(QUALIFIER, ''))));
  places.add('india');
  return (q) => places.has(key(q));
}

/** `a` and `b` name one entity once a disambiguator that only one of them carries, and that keeps it in India, is left off. */
export function sameBaseName(a: string, b: string, indian: IndianQualifier): boolean {
  const qa = QUALIFIER.exec(a);
  const qb = QUALIFIER.exec(b);
  if (!qa === !qb) return false;
  const m = (qa ?? qb) as RegExpExecArray;
  const [kind, place] = [m[1], m[2]];
  // a kind in brackets is lower case (`union territory`, `region`); a place is a name (`Delhi`)
  const keeps = kind !== undefined ? /^[a-z][a-z ]*$/u.test(kind.trim()) || indian(kind) : indian(place ?? '');
  return keeps && key(a.replace(QUALIFIER, '')) === key(b.replace(QUALIFIER, ''));
}
