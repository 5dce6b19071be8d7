import type { EntityMention } from '../types.js';
import type { LexiconData } from './lexicon-data.js';

export interface PersonOptions {
  /** Modifiers written before the name in the sentence (demonym, role …), already in English. */
  modifiers: string[];
  /** True when the modifiers include a role or title. */
  hasRole: boolean;
  /** True when the modifiers include a demonym. */
  hasDemonym: boolean;
  /** Add the gazetteer role and country when the sentence states none ("who" of a line). */
  full: boolean;
}

export interface EntityRenderer {
  demonym(country: string | undefined): string | undefined;
  /** "Russian President Vladimir Putin", "Deputy Foreign Minister Kim Hong-kyun", "Kurt Campbell". */
  person(m: EntityMention, opts: PersonOptions): string;
  /** A place or organisation as a word before a noun (रूसी → Russian). */
  modifier(m: EntityMention): string;
}

/** A state's office as papers write it before a name: `Chief Minister of Bihar` → "Bihar Chief Minister". */
const STATE_OFFICE = /^((?:Deputy )?Chief Minister|(?:Lieutenant )?Governor) of (?!the )([\p{L} ]+)$/u;

/** Wikipedia's disambiguation of an Indian name: `Punjab, India`, `Jammu and Kashmir (union territory)`, `Ministry of Finance (India)`. */
/** A side's Wikipedia title: `India men's national field hockey team`, `Odisha women's football team`, `England cricket team`. */
const SIDE = /^(.+?) (?:men's |(women's) )?(?:national )?(?:field hockey|hockey|cricket|football|soccer|kabaddi) team$/u;

const INDIA_QUALIFIER = /(?:,\s*India|\s*\((?:India|union territory|state|Indian state)\))$/u;

/**
 * The names an English line shows: a place's or body's Indian disambiguation dropped ("Punjab", not "Punjab, India",
 * which in a list reads as two places: "Mizoram, Punjab, India, Telangana"), a national side by its country ("India",
 * not "India men's national field hockey team"). The facts keep the full names.
 */
export function readerNames(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.kind === 'person') return m;
    if (INDIA_QUALIFIER.test(m.en)) return { ...m, en: m.en.replace(INDIA_QUALIFIER, '') };
    // a national side as a match report names it: "India beat Malaysia", "Odisha women" (the facts keep the title)
    const side = SIDE.exec(m.en);
    return side ? { ...m, en: side[2] ? `${side[1]} women` : side[1] ?? m.en } : m;
  });
}

export function createEntityRenderer(data: LexiconData): EntityRenderer {
  const demonyms = new Map(Object.entries(data.demonyms).map(([k, v]) => [k.toLowerCase(), v]));
  const demonym = (country: string | undefined): string | undefined =>
    country === undefined ? undefined : demonyms.get(country.toLowerCase());
  return {
    demonym,
    person(m, opts) {
      const parts = [...opts.modifiers];
      if (!opts.hasRole && opts.full && m.role) {
        // an office of a place names its place: "Uttar Pradesh Chief Minister", never "Indian Chief Minister of Uttar Pradesh"
        const office = STATE_OFFICE.exec(m.role);
        const d = opts.hasDemonym || office || (m.country !== undefined && m.role.includes(m.country)) ? undefined : demonym(m.country);
        if (d) parts.push(d);
        parts.push(office ? `${office[2]} ${office[1]}` : m.role);
      }
      const name = m.en;
      // a role already part of the canonical name is not repeated ("President X" stays once)
      const filtered = parts.filter((p) => !name.toLowerCase().startsWith(p.toLowerCase()));
      return [...filtered, name].join(' ');
    },
    modifier(m) {
      if (m.kind === 'place' && m.adjective) return demonym(m.en) ?? m.en;
      return m.en;
    },
  };
}
