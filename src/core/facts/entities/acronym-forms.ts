import type { EntitySource } from './gazetteer-index.js';
import { spellInDevanagari } from './latin-letters.js';
import { phraseKey } from './tokens.js';

/** Shorter acronyms collide with titles and common abbreviations (एसपी, सीएम, डीएम): never spelled out. */
const MIN_LETTERS = 3;

/**
 * Organisations named by an acronym in Latin letters (`latin: [CPI(M), JDU]`) are also written with the
 * letters' Devanagari names (सीपीआईएम, जेडीयू): this adds those spellings as Hindi forms, so the
 * gazetteer need not list them by hand. An acronym of fewer than three letters, one two organisations
 * share, or one whose spelling is taken (by another entity's form or a title word) is left out.
 */
export function withSpelledAcronyms(sources: readonly EntitySource[], isTaken: (key: string) => boolean): EntitySource[] {
  const owners = new Map<string, Set<string>>();
  const spelled = (s: EntitySource): string[] => {
    if (s.kind !== 'organisation') return [];
    const letters = (s.latin ?? []).map((l) => l.replace(/[().\-\s]/gu, '')).filter((l) => l.length >= MIN_LETTERS);
    return [...new Set(letters.map(spellInDevanagari).filter((w): w is string => w !== null))];
  };
  const hiKeys = new Set(sources.flatMap((s) => [...s.hi, ...(s.short ?? [])].map(phraseKey)));
  for (const s of sources) for (const w of spelled(s)) (owners.get(w) ?? owners.set(w, new Set()).get(w))?.add(s.en);
  return sources.map((s) => {
    const own = new Set(s.hi.map(phraseKey));
    const extra = spelled(s).filter((w) => {
      const key = phraseKey(w);
      return owners.get(w)?.size === 1 && !own.has(key) && !hiKeys.has(key) && !isTaken(key);
    });
    return extra.length === 0 ? s : { ...s, hi: [...s.hi, ...extra] };
  });
}
