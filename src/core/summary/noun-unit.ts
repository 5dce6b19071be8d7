import { foldKey } from '../text/devanagari.js';
import type { EntityRenderer } from './english-entities.js';
import { ageText, countWord, eachSuffix, formatNumber, isScoreFact, pluralise, scoreText, vagueWords } from './english-morph.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { Item } from './tokens.js';

export type HeadKind = 'person' | 'place' | 'org' | 'role' | 'inst' | 'noun' | 'number' | 'none';

/** An English noun phrase built from Hindi items. */
export interface NounPhrase {
  text: string;
  kind: HeadKind;
  plural: boolean;
  /** The phrase ends in a genitive with nothing after it ("X की" before a verbal noun). */
  dangling: boolean;
  demonym?: string;
  motion: boolean;
  known: number;
  unknown: number;
}

export const EMPTY_NP: NounPhrase = { text: '', kind: 'none', plural: false, dangling: false, motion: false, known: 0, unknown: 0 };

const PLURALISING = new Set(['both', 'all', 'many', 'several', 'various', 'other', 'two', 'three', 'few']);
/** "all four" pluralises like "all". */
const pluralising = (p: string): boolean => PLURALISING.has(p) || PLURALISING.has(p.split(' ')[0] ?? '');
const DIGIT = /[0-9]/;
const SPACES = /\s+/g;
const IGNORED = new Set(['punct', 'aux', 'neg', 'quote']);

/** Renders one genitive-free stretch: modifiers then heads, in Hindi order (= English order). */
export function createUnitRenderer(index: LexiconIndex, entities: EntityRenderer): (items: readonly Item[], full: boolean) => NounPhrase {
  const qualifiers = Object.entries(index.data.numberQualifiers).map(([hi, en]) => [foldKey(hi), en] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const adjectives = new Map(Object.entries(index.data.adjectives).map(([hi, en]) => [foldKey(hi), en]));
  const qualifierOf = (it: Item): string | null => {
    const f = ` ${foldKey(it.text).replace(SPACES, ' ')} `;
    // whole words only: अधिक must not match inside अधिकतम
    return qualifiers.find(([hi]) => f.includes(` ${hi} `))?.[1] ?? null;
  };
  const personNouns = new Set(index.data.personNouns.map((w) => w.toLowerCase()));
  // a person noun that ends its phrase (`सात वर्षीय बच्ची`), not one inside a compound (`पांच वर्षीय किसान योजना`: a plan)
  const isPerson = (it: Item | undefined, then: Item | undefined): boolean => it !== undefined
    && (it.mention?.kind === 'person' || (it.kind === 'noun' && personNouns.has(it.en.toLowerCase()) && then?.kind !== 'noun'));
  const numberText = (it: Item, pending: string | null, after?: Item, then?: Item): string => {
    const n = it.number;
    if (!n) return '';
    // a score is both sides' figures: "1–0 goals", never the first side's "one goal"
    // (not runs and wickets, `187/5`, whose halves count two things)
    // (nor the same figure twice, `1-1 गोल`: one goal each)
    if (n.unit && isScoreFact(n) && !it.text.includes('/') && !eachSuffix(it.text) && n.qualifier !== 'range') return `${scoreText(it.text)} ${pluralise(n.unit)}`;
    const f = foldKey(it.text);
    const q = qualifierOf(it) ?? pending;
    // "सात वर्षीय" → "seven-year-old", "दो दिवसीय" → "two-day"; adjectives inside the span ("एक बैलिस्टिक मिसाइल") are kept
    const age = ageText(n, isPerson(after, then));
    if (age !== null) return age;
    if (n.unit && /ीय$/.test(it.text.trim())) return `${countWord(n.value)}-${n.unit}`;
    // words before the number are its qualifier (अधिकतम 5 साल), not adjectives of the unit
    const words = f.split(/\s+/);
    const digit = words.findIndex((w) => DIGIT.test(w));
    // (not the unit itself said as an adjective: यात्री is "passenger" in यात्री ट्रेन, never "two passenger passengers")
    // ("all N", तीनों आरोपियों: the count's own word says "all", never an adjective of the unit too — "all three accused")
    const all = digit < 0 && (adjectives.get(words[0] ?? '') ?? '').startsWith('all ');
    const adj = words.slice(all ? 1 : Math.max(0, digit)).map((w) => adjectives.get(w)).filter((a): a is string => !!a && a !== n.unit);
    const unit = n.unit && adj.length > 0 ? `${adj.join(' ')} ${n.unit}` : n.unit;
    // "1-1 गोल", "दो-दो विकेट": the same figure twice is one each, not a score
    const each = n.unit ? eachSuffix(it.text) : '';
    return `${all ? 'all ' : ''}${formatNumber({ ...n, unit }, q)}${each}`;
  };
  return (items, full) => {
    const next = (it: Item): Item | undefined => items[items.indexOf(it) + 1];
    const out: string[] = [];
    let pending: string[] = [];
    let hasRole = false;
    let hasDemonym = false;
    let kind: HeadKind = 'none';
    let plural = false;
    let known = 0;
    let unknown = 0;
    let qualifier: string | null = null;
    let skipUnit: string | null = null;
    let demonym: string | undefined;
    const flush = (head: string, k: HeadKind): void => {
      out.push([...pending, head].join(' '));
      pending = [];
      hasRole = false;
      hasDemonym = false;
      kind = k;
    };
    for (const it of items) {
      const m = it.mention;
      if (it.kind === 'word') unknown++;
      else if (!IGNORED.has(it.kind)) known++;
      if (it.kind === 'qual') qualifier = it.en;
      else if (it.kind === 'number' && it.number && !it.number.unit && next(it)?.kind === 'noun') {
        // "तीन आरोपियों" → "three accused": the count is a modifier of the noun after it
        const vague = it.number.qualifier === 'vague' ? vagueWords(it.number.value) : null;
        pending.push(vague !== null ? `${vague} of` : [qualifierOf(it) ?? qualifier, countWord(it.number.value)].filter((x) => x).join(' '));
        qualifier = null;
      } else if (it.kind === 'number' && it.number) {
        flush(numberText(it, qualifier, next(it), items[items.indexOf(it) + 2]), 'number');
        plural = it.number.value !== 1;
        skipUnit = it.number.unit;
        qualifier = null;
      } else if (it.kind === 'adj') {
        if (it.en) pending.push(it.en);
      }
      else if (it.kind === 'role') {
        pending.push(it.en);
        hasRole = true;
        kind = 'role';
      } else if (m && m.kind === 'person') {
        // the sentence's own word for the person's role (आरोपी before an accused) is said once, with the name
        // (only where the name is said with its role: `full`, none said before it — else the word is the only role said)
        if (full && !hasRole && m.role !== undefined && pending.length === 0 && out.at(-1)?.toLowerCase() === m.role.toLowerCase()) out.pop();
        // a government named by its leader (योगी सरकार) is "the Yogi Adityanath government": the name, no office
        const leads = /^(?:government|administration)s?$/iu.test(next(it)?.en ?? '');
        const person = entities.person(m, { modifiers: pending, hasRole, hasDemonym, full: full && !leads });
        pending = [];
        flush(person, 'person');
      } else if (m && m.kind === 'place' && m.adjective) {
        pending.push(entities.modifier(m));
        hasDemonym = true;
      } else if (m) {
        flush(m.en, m.kind === 'place' ? 'place' : 'org');
        demonym = m.kind === 'place' && items.filter((x) => x.kind !== 'word').length === 1 ? entities.demonym(m.en) : undefined;
      } else if (it.kind === 'inst' || it.kind === 'noun') {
        if (!it.en) continue;
        const many = it.plural || pending.some(pluralising);
        const en = many && !/s$/.test(it.en) ? pluralise(it.en) : it.en;
        if (skipUnit && (en === skipUnit || en === pluralise(skipUnit))) { skipUnit = null; continue; }
        flush(en, it.kind);
        plural = many || /s$/.test(en) || en === 'they' || en === 'we';
      }
    }
    // a role without a name stays ("the Foreign Minister"); adjectives without a noun are dropped
    if (pending.length > 0 && hasRole) {
      const many = pending.some(pluralising);
      if (many) {
        pending[pending.length - 1] = pluralise(pending[pending.length - 1] as string);
        plural = true;
      }
      flush('', 'role');
    }
    const text = out.join(' ').replace(/\s+/g, ' ').trim();
    const last = text.split(' ').slice(-1)[0]?.toLowerCase() ?? '';
    const motion = index.motion.has(last) || index.motion.has(text.toLowerCase());
    return { text, kind: text ? kind : 'none', plural, dangling: false, demonym, motion, known, unknown };
  };
}
