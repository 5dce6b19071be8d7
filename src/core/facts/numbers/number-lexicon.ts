import { foldKey } from '../../text/devanagari.js';
import type { NumbersData } from './numbers-data.js';
import { wordMap, wordSet } from './tokens.js';

/** Folded number-word lexicons. */
export interface NumberLexicon {
  words: Map<string, number>;
  fractions: Map<string, number>;
  modifiers: Map<string, number>;
  multipliers: Map<string, number>;
  /** Multipliers never read alone (अरब समूह: the Arab Group). */
  bound: Set<string>;
  /** Nouns before which a multiplier is a name (अरब देशों), by multiplier. */
  names: Map<string, Set<string>>;
  vague: Map<string, number>;
  article: Set<string>;
  decimalPoint: Set<string>;
}

export function createNumberLexicon(data: NumbersData): NumberLexicon {
  return {
    words: wordMap(data.words),
    fractions: wordMap(data.fractions),
    modifiers: wordMap(data.modifiers),
    multipliers: wordMap(data.multipliers),
    bound: wordSet(data.boundMultipliers),
    names: new Map(Object.entries(data.multiplierNames).map(([m, nouns]) => [foldKey(m), wordSet(nouns)])),
    vague: wordMap(data.vague),
    article: wordSet(data.article),
    decimalPoint: wordSet(data.decimalPoint),
  };
}
