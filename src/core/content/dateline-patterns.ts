/** Pieces of the dateline patterns: digits, a Devanagari word, a place word and a dateline's end. */
export const DIGIT = '[0-9०-९]';
export const WORD = '[\\p{Script=Devanagari}\\u200C\\u200D]+';
/** A place word may be hyphenated: `डेहरी-ऑन-सोन`. */
export const PLACE_WORD = `${WORD}(?:-${WORD}){0,3}`;
/** After a separator-less dateline form there must be more text (a space, then a letter, digit or quote). */
export const END = '(?:\\s*(?:[।:：]|\\|{1,2}|--+|[—–](?=\\s)|-(?=\\s)))';
/** After a date a full stop ends the dateline too, before a space (`पटियाला, 12 मई . पंजाब …`). */
export const DATE_END = `(?:${END}|\\s*\\.(?=\\s))`;
