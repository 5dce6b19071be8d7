import { isYearLike } from './digits.js';
import type { NumbersData } from './numbers-data.js';
import { PhraseTable, type Token } from './tokens.js';

/**
 * A bare count said of people without their noun, right before what befalls them (config `impliedPeople`):
 * `पांच की हालत गंभीर`, `छह के खिलाफ मुकदमा`, `चार को उम्रकैद`, `तीन की तलाश`. Each phrase holds its own
 * postposition, so `5 की हालत जर्जर` (a building's) or `3 के तहत` says nothing. A year is never such a count
 * (`2019 के खिलाफ`), and numbers after an id word (`धारा 376 की सजा`) are refused before this is asked. A figure
 * right after "of these" (`जिनमें से 3`) is a part of the set before it: `createOfThese` decides what it counts.
 */
export function createImpliedPeople(data: NumbersData): (tokens: readonly Token[], start: number, numberStart: number, end: number, limit: number) => boolean {
  const phrases = new PhraseTable(data.impliedPeople.map((p) => [p, true] as const));
  const ofThese = new PhraseTable(data.lists.ofThese.map((p) => [p, true] as const));
  return (tokens, start, numberStart, end, limit) => {
    const first = tokens[numberStart];
    if (first === undefined || (end - numberStart === 1 && isYearLike(first)) || ofThese.matchEnding(tokens, start) !== null) return false;
    return phrases.match(tokens, end, limit) !== null;
  };
}
