import type { NumbersData } from './numbers-data.js';
import { MAX_AGE } from '../age.js';
import type { Quantity } from './read-quantity.js';
import { wordSet, type Token } from './tokens.js';

/**
 * Scales of public money: `31.07 लाख करोड़ डूबे`, `एक लाख करोड़ के पार` say no unit, and mean rupees
 * (config `impliedRupees`: a scale word right before करोड़). Crores alone, अरब and खरब count people and
 * stars as often: no unit.
 */
export function createImpliedRupees(data: NumbersData): (tokens: readonly Token[], q: Quantity) => Quantity {
  const crore = wordSet(data.impliedRupees.crore);
  const scales = wordSet(data.impliedRupees.scales);
  return (tokens, q) => {
    if (q.unit !== null) return q;
    const words = tokens.slice(q.start, q.end).map((t) => t.text);
    return words.some((w, k) => crore.has(w) && scales.has(words[k - 1] ?? '')) ? { ...q, unit: 'rupee' } : q;
  };
}

/** A bare exact figure alone in brackets (`(122)`; with `starred`, `(134*)` too) right after a word. */
function bracketedAfterWord(tokens: readonly Token[], q: Quantity, starred: boolean): boolean {
  if (q.unit !== null || q.qualifier !== 'exact' || q.end - q.start !== 1 || tokens[q.start]?.kind !== 'digits') return false;
  const close = starred && tokens[q.end]?.text === '*' ? tokens[q.end + 1] : tokens[q.end];
  return tokens[q.start - 1]?.text === '(' && close?.text === ')' && tokens[q.start - 2]?.kind === 'word';
}

/** A batter's score in brackets after the name in a cricket sentence: `कुसल परेरा (122)`, `रिज़वान (134*)`. */
export function scorecardRuns(tokens: readonly Token[], q: Quantity, cricket: boolean): Quantity {
  return cricket && bracketedAfterWord(tokens, q, true) ? { ...q, unit: 'run' } : q;
}

/** A bracketed number right after a person's name, outside sport and exams, is the age: `अनीश शर्मा (35)`. */
export function ageOfPerson(tokens: readonly Token[], q: Quantity, isPerson: readonly boolean[], scored: boolean): Quantity {
  const age = !scored && q.value <= MAX_AGE && Number.isInteger(q.value) && bracketedAfterWord(tokens, q, false);
  return age && isPerson[q.start - 2] === true ? { ...q, unit: 'year' } : q;
}
