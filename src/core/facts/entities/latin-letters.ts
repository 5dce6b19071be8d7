/** Names spelled with Latin letters in Devanagari: initials (एस जयशंकर → S. Jaishankar) and acronyms (एएनआई → ANI). */

import { foldKey } from '../../text/devanagari.js';

/** The Latin alphabet as spelled in Devanagari: a word made only of these is an acronym (एएनआई → ANI). */
const LETTERS: Record<string, string> = {
  ए: 'A', बी: 'B', सी: 'C', डी: 'D', ई: 'E', एफ: 'F', जी: 'G', एच: 'H', आई: 'I', जे: 'J', के: 'K', एल: 'L', एम: 'M',
  एन: 'N', ओ: 'O', पी: 'P', क्यू: 'Q', आर: 'R', एस: 'S', टी: 'T', यू: 'U', वी: 'V', डब्ल्यू: 'W', एक्स: 'X', वाई: 'Y', जेड: 'Z',
};
const LETTER_KEYS = Object.keys(LETTERS).sort((a, b) => b.length - a.length);

/**
 * A lone Latin letter inside a longer name is an initial: एस जयशंकर → S. Jaishankar, सुंदरराज पी →
 * Sundarraj P.; but जी after a name word is the particle (भीम जी उपाध्याय → Bhim Ji Upadhyay).
 */
export function initial(words: readonly string[], at: number): string | null {
  const letterOf = (w: string | undefined): string | undefined => (w === undefined ? undefined : LETTERS[w.normalize('NFC').replace(/\.$/u, '')]);
  const letter = letterOf(words[at]);
  if (letter === 'G' && at > 0 && letterOf(words[at - 1]) === undefined) return null;
  return words.length > 1 && letter !== undefined ? `${letter}.` : null;
}

/** Spelled letters that are also everyday Hindi words (के, जी, सी, आई "came", ओ, ए, ई, यू): no initial on their own. */
const EVERYDAY = new Set(['के', 'जी', 'सी', 'आई', 'ओ', 'ए', 'ई', 'यू']);

/** A word that can only be a spelled Latin letter, an initial after or before a name (इलैयाराजा टी, टी. इलैयाराजा). */
export function isNameInitial(word: string): boolean {
  return INITIALS.has(foldKey(word.replace(/\.$/u, '')));
}
/** The Latin letter an initial spells (एस → S, folded टि → T), else undefined. */
export function initialLetter(word: string): string | undefined {
  return LETTER_BY_KEY.get(foldKey(word.replace(/\.$/u, '')));
}
const LETTER_BY_KEY = new Map(Object.entries(LETTERS).map(([k, v]) => [foldKey(k), v]));

/** The initials of an English name's words before its last (KP Sharma Oli → K, P, S; D. Y. Chandrachud → D, Y). */
export function nameInitials(en: string): string[] {
  const words = en.split(/[\s.]+/u).filter((w) => w.length > 0).slice(0, -1);
  return words.flatMap((w) => (/^[A-Z]{2,3}$/u.test(w) ? [...w] : [w.charAt(0).toUpperCase()]));
}

/** The letters that can only be initials, folded as tokens are (टी → टि). */
const INITIALS = new Set(Object.keys(LETTERS).filter((k) => !EVERYDAY.has(k)).map(foldKey));

/** A word made only of spelled Latin letters: the acronym in capitals (एएनआई → ANI), else null. */
export function spellAcronym(word: string): string | null {
  // (letters spaced apart after their dots are one acronym too: एस. के. बी. → SKB)
  return spellWith(word.normalize('NFC').replace(/[.\u093C\s]/gu, ''), LETTER_KEYS, (k) => LETTERS[k]);
}

/** The letters `word` is made of, longest key first, in capitals (two or more), else null. */
function spellWith(word: string, keys: readonly string[], letterOf: (key: string) => string | undefined): string | null {
  let [rest, out] = [word, ''];
  while (rest.length > 0) {
    const key = keys.find((k) => rest.startsWith(k));
    if (key === undefined) return null;
    out += letterOf(key) ?? '';
    rest = rest.slice(key.length);
  }
  return out.length >= 2 ? out : null;
}

const FOLDED_KEYS = [...LETTER_BY_KEY.keys()].sort((a, b) => b.length - a.length);

/** A folded token made only of spelled Latin letters (एलएसपि, folded from एलएसपी): the acronym in capitals, else null. */
export function spellFoldedAcronym(token: string): string | null {
  return spellWith(token, FOLDED_KEYS, (k) => LETTER_BY_KEY.get(k));
}

/**
 * Initials that are those of one of the candidates' names, in order (पी before ओली: KP Sharma Oli's P); `spelled`:
 * the words are the letters themselves (`[...'AM']`).
 */
export function ownInitials(words: readonly string[], names: readonly string[], spelled = false): boolean {
  const letters = spelled ? words : words.map(initialLetter);
  return names.some((en) => {
    const own = nameInitials(en);
    let at = 0;
    for (const l of letters) {
      at = own.indexOf(l ?? '', at) + 1;
      if (at === 0) return false;
    }
    return true;
  });
}
