/**
 * Wikipedia titles carry a disambiguator the gold writer may leave off: `Punjab, India` for `Punjab`,
 * `Jammu and Kashmir (union territory)`, `Saurashtra (region)`, `Gaya, India`. The same name with a
 * disambiguator on one side only is the same entity; two different disambiguators are two entities
 * (`All India Institute of Medical Sciences, New Delhi` is not the one `, Rishikesh`).
 */
const QUALIFIER = /\s*(?:\([^()]*\)|,[^,]+)$/u;

const key = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[-‐–.'’]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** `a` and `b` name one entity once a disambiguator that only one of them carries is left off. */
export function sameBaseName(a: string, b: string): boolean {
  const qa = QUALIFIER.test(a);
  const qb = QUALIFIER.test(b);
  if (qa === qb) return false;
  return key(a.replace(QUALIFIER, '')) === key(b.replace(QUALIFIER, ''));
}
