import { countryOf } from './affiliation.js';
import { DATELINE_SENTENCE } from '../../types.js';
import type { Pending } from './resolve-short-forms.js';
import { stateOf } from './state-bodies.js';
import { phraseKey } from './tokens.js';

/**
 * Foreign places whose Hindi name is an everyday word too (`पोखरा`: Pokhara, and a pond — `गांव के पोखरा में स्नान`, config
 * `countryBoundPlaces`) are kept only where the article names their country or another place in it, or datelines the
 * report there. Changes `pending` in place.
 */
export function createCountryBoundPlaces(words: readonly string[]): (pending: Pending[]) => void {
  return createBoundPlaces(words, (p) => countryOf(p.entity ?? null));
}

/**
 * A locality whose name many Indian towns give a colony (`मॉडल टाउन`, `ग्रीन पार्क`: listed as Delhi's,
 * config `stateBoundPlaces`) is kept only where the article names its state or another place in it, or datelines the
 * report there (another city's `ग्रीनपार्क स्टेडियम` is no Delhi locality). Changes `pending` in place.
 */
export function createStateBoundPlaces(words: readonly string[]): (pending: Pending[]) => void {
  return createBoundPlaces(words, stateOf);
}

function createBoundPlaces(words: readonly string[], regionOf: (place: Pending) => string | undefined): (pending: Pending[]) => void {
  // (keys without spaces: a name may be printed as one word, ग्रीनपार्क)
  const key = (text: string): string => phraseKey(text).replace(/\s+/gu, '');
  const bound = new Set(words.map(key));
  return (pending) => {
    const isBound = (p: Pending): boolean => p.kind === 'place' && bound.has(key(p.text));
    if (!pending.some(isBound)) return;
    // (a dateline names its place as a place: `पोखरा, 3 मई।`)
    const named = new Set(pending.filter((p) => p.kind === 'place' && (!isBound(p) || p.sentence === DATELINE_SENTENCE)).map(regionOf));
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i] as Pending;
      if (isBound(p) && !named.has(regionOf(p))) pending.splice(i, 1);
    }
  };
}
