import type { IndexedEntity } from './gazetteer-index.js';
import type { Token } from './tokens.js';

/** A place or organisation already found in the sentence, by token range. */
export interface Anchor {
  from: number;
  to: number;
  entity: IndexedEntity;
}

const GENITIVE = new Set(['के', 'कि', 'का']); // folded की is कि
const INDEFINITE = new Set(['एक']);
/** Plain words allowed between an affiliation and के: `भारतीय (क्रिकेट) टीम के कप्तान`. */
const MAX_GAP = 2;

/**
 * The place or organisation a title or ministry starting at token `at` belongs to:
 * `रूस के [राष्ट्रपति]`, `अमेरिकी [उप विदेश मंत्री]`, `विदेश विभाग के [प्रवक्ता]`,
 * `भारतीय टीम के [कप्तान]`, `क्रेमलिन के एक [सहयोगी]`.
 */
export function affiliationBefore(
  tokens: readonly Token[],
  at: number,
  anchors: readonly Anchor[],
  isPlainWord: (word: string) => boolean,
): IndexedEntity | null {
  const endingAt = (end: number): Anchor | undefined =>
    anchors.find((a) => a.to === end && a.entity.kind !== 'person');
  let p = at - 1;
  if (p >= 0 && INDEFINITE.has(tokens[p]?.text ?? '') && tokens[p + 1]?.joined) p--;
  const direct = endingAt(p + 1);
  if (direct && tokens[p + 1]?.joined) return direct.entity;
  if (p < 1 || !GENITIVE.has(tokens[p]?.text ?? '') || !tokens[p + 1]?.joined) return null;
  for (let gap = 0; gap <= MAX_GAP; gap++) {
    const end = p - gap;
    if (gap > 0 && !isPlainWord(tokens[end]?.text ?? '')) return null;
    if (!tokens[end]?.joined) return null;
    const anchor = endingAt(end);
    if (anchor) return anchor.entity;
  }
  return null;
}

/** The country an affiliated place or organisation stands for (a country itself, or its `country`). */
export function countryOf(entity: IndexedEntity | null): string | undefined {
  if (entity === null) return undefined;
  if (entity.kind === 'place' && entity.type === 'country') return entity.en;
  return entity.country;
}
