import { normaliseText } from '../src/core/content/normalise.js';
import type { ArticleFactsJson } from '../src/core/pipeline/facts-json.js';
import type { GoldDate, GoldNumber } from './gold.js';

export type FoundNumber = ArticleFactsJson['facts']['numbers'][number] & { qualifier?: string; role?: string; end?: number };
export type FoundDate = ArticleFactsJson['facts']['dates'][number];

/**
 * Text as the product reads it (NFC, and vowel signs typed in two parts joined: ट्राॅली = ट्रॉली), spaces collapsed
 * and none just inside brackets (the cleaner prints `( 25 मार्च )` as `(25 मार्च)`).
 */
export const norm = (s: string): string => normaliseText(s).replace(/\s+/gu, ' ').replace(/\(\s/gu, '(').replace(/\s\)/gu, ')').trim();
export const overlap = (a: string, b: string): boolean => a !== '' && b !== '' && (a.includes(b) || b.includes(a));
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** A found date or number matches a gold one: overlapping text, the same value (and end, and unit). */
export const dateMatches = (d: FoundDate, g: GoldDate): boolean =>
  overlap(norm(d.text), norm(g.text)) && d.value === g.value && (d.end ?? undefined) === (g.end ?? undefined);

/**
 * Units that count a class of people. GOLD.md writes `person` for people of any kind, so a gold `person`
 * accepts them (`05 शातिर अभियुक्त` → 5 accused is the 5 persons of the gold); the reverse does not hold.
 */
const PEOPLE_CLASSES = new Set(['man', 'woman', 'child', 'boy', 'girl', 'youth', 'student', 'teacher', 'farmer', 'worker',
  'employee', 'official', 'officer', 'soldier', 'personnel', 'brother', 'sister', 'militant', 'accused', 'convict', 'prisoner', 'hostage', 'leader', 'minister',
  'MP', 'MLA', 'councillor', 'member', 'judge', 'lawyer', 'doctor', 'patient', 'passenger', 'pilgrim', 'tourist', 'refugee',
  'migrant', 'player', 'voter', 'candidate', 'fraudster', 'criminal', 'beneficiary', 'driver', 'associate', 'rank holder', 'astronaut', 'rider']);

export function numberMatches(n: FoundNumber, g: GoldNumber): boolean {
  const units = g.unit.split('|').map((u) => u.trim());
  const person = units.includes('person') && n.unit !== null && PEOPLE_CLASSES.has(n.unit);
  const unitOk = units.includes('*') || person || (n.unit !== null && units.includes(n.unit));
  const endOk = g.end === undefined || (n.end !== undefined && near(n.end, g.end));
  return overlap(norm(n.text), norm(g.text)) && near(n.value, g.value) && unitOk && endOk;
}
