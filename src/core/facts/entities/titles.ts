import { isVerbalNoun } from '../../text/verbal-nouns.js';
import type { EntitiesData } from './entities-data.js';
import { phraseKey, type Token } from './tokens.js';

/** A title (or honorific) found before a possible name, with the qualifiers before it. */
export interface TitleMatch {
  /** First token, including qualifiers (उप, पूर्व). */
  from: number;
  /** Token after the title: where a name may start. */
  to: number;
  /** English role without qualifiers ("Foreign Minister"); empty for an honorific. */
  base: string;
  /** English qualifiers in text order ("Former", "Deputy"). */
  modifiers: string[];
  honorific: boolean;
  /** A kinship noun (पत्नी, बेटे): an honorific that a possessive or determiner may precede (उनके बड़े बेटे X). */
  kin: boolean;
}

export interface TitleMatcher {
  find(tokens: readonly Token[], claimed: readonly boolean[]): TitleMatch[];
  /** The English role for a title, in a country's own terms when config knows them. */
  role(title: TitleMatch, country: string | undefined): string;
  /** True for a one-word title, qualifier or honorific (never part of a name). */
  isTitleWord(word: string): boolean;
  startsTitle(tokens: readonly Token[], at: number): boolean;
  /** A title word that is also a given name, before a listed surname (राजकुमार मेहता): a name, not a title. */
  givenBeforeSurname(tokens: readonly Token[], at: number): boolean;
  /** A one-word portfolio (खाद्य, आबकारी): after a title it names the office's department, not the person. */
  isPortfolio(word: string): boolean;
}

/** पूर्व, and के before it (folded). */
const [EARLIER, OF] = ['पूर्व', 'के'].map(phraseKey);

/**
 * पूर्व at `at` read as "before", no modifier of the title after it: after के and a verbal noun (`फैसला आने के पूर्व
 * आरोपी ने`: before the verdict, the accused). `राज्य के पूर्व मुख्यमंत्री`, `कारखाने के पूर्व निदेशक`, `गाजीपुर से पूर्व
 * विधायक` stay former ones.
 */
function postposition(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === EARLIER && tokens[at - 1]?.text === OF && isVerbalNoun(tokens[at - 2]?.text ?? '');
}

/** Builds the title lexicon: config titles, `<portfolio> मंत्री` (and glued `<portfolio>मंत्री`) for every portfolio, honorifics. */
export function createTitleMatcher(data: EntitiesData): TitleMatcher {
  const titles = new Map<string, string>();
  for (const t of data.titles) for (const hi of t.hi) titles.set(phraseKey(hi), t.en);
  for (const p of data.portfolios) {
    for (const hi of p.hi) titles.set(phraseKey(`${hi} मंत्री`), `${p.minister} Minister`);
    // pages also glue a one-word portfolio to मंत्री: वित्तमंत्री तरुण भनोट, विदेशमंत्री समेह शौकरी
    for (const hi of p.hi.filter((h) => !h.includes(' '))) titles.set(phraseKey(`${hi}मंत्री`), `${p.minister} Minister`);
  }
  const portfolios = new Set(data.portfolios.flatMap((p) => p.hi).filter((h) => !h.includes(' ')).map(phraseKey));
  const kinship = new Set(data.kinship.map(phraseKey));
  const honorifics = new Set([...data.honorifics, ...data.kinship].map(phraseKey));
  const modifiers = new Map(Object.entries(data.titleModifiers).map(([hi, en]) => [phraseKey(hi), en]));
  const maxLen = Math.max(1, ...[...titles.keys()].map((k) => k.split(' ').length));
  const words = new Set([...titles.keys(), ...honorifics, ...modifiers.keys()].filter((k) => !k.includes(' ')));

  // a one-word title that is also a given name, before a surname, is the name: एसपी राजकुमार मेहता
  const given = new Set([...data.givenNames, ...data.weakGivenNames].map(phraseKey));
  const surnames = new Set(data.surnames.map(phraseKey));
  const givenBeforeSurname = (tokens: readonly Token[], at: number): boolean =>
    given.has(tokens[at]?.text ?? '') && tokens[at + 1]?.joined === true && surnames.has(tokens[at + 1]?.text ?? '');

  const longestAt = (tokens: readonly Token[], at: number, claimed?: readonly boolean[]): { to: number; en: string } | null => {
    for (let n = Math.min(maxLen, tokens.length - at); n >= 1; n--) {
      const parts = tokens.slice(at, at + n);
      if (parts.some((t, k) => (k > 0 && !t.joined) || claimed?.[at + k] === true)) continue;
      const en = titles.get(parts.map((t) => t.text).join(' '));
      if (en !== undefined) return { to: at + n, en };
    }
    return null;
  };

  const find = (tokens: readonly Token[], claimed: readonly boolean[]): TitleMatch[] => {
    const out: TitleMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i] as Token;
      if (claimed[i]) {
        i++;
        continue;
      }
      const title = longestAt(tokens, i, claimed);
      if ((title === null && !honorifics.has(token.text)) || (title?.to === i + 1 && givenBeforeSurname(tokens, i))) {
        i++;
        continue;
      }
      let from = i;
      const mods: string[] = [];
      while (from > 0 && tokens[from]?.joined && !claimed[from - 1] && modifiers.has(tokens[from - 1]?.text ?? '') && !postposition(tokens, from - 1)) {
        from--;
        mods.unshift(modifiers.get(tokens[from]?.text ?? '') ?? '');
      }
      const to = title?.to ?? i + 1;
      out.push({ from, to, base: title?.en ?? '', modifiers: mods, honorific: title === null, kin: title === null && kinship.has(token.text) });
      i = to;
    }
    return out;
  };

  const role = (title: TitleMatch, country: string | undefined): string => {
    const own = country === undefined ? undefined : data.countryRoles[country];
    const mods = title.modifiers;
    for (let k = 0; k <= mods.length && own; k++) {
      const mapped = own[[...mods.slice(k), title.base].join(' ')];
      if (mapped !== undefined) return [...mods.slice(0, k), mapped].join(' ');
    }
    return [...mods, title.base].join(' ');
  };

  return {
    find,
    role,
    isTitleWord: (word) => words.has(word),
    startsTitle: (tokens, at) => longestAt(tokens, at) !== null && !givenBeforeSurname(tokens, at),
    givenBeforeSurname,
    isPortfolio: (word) => portfolios.has(word),
  };
}
