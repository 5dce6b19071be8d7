/** Pieces of the dateline patterns: digits, a Devanagari word, a place word and a dateline's end. */
export const DIGIT = '[0-9०-९]';
export const WORD = '[\\p{Script=Devanagari}\\u200C\\u200D]+';
/** A place word may be hyphenated: `डेहरी-ऑन-सोन`. */
export const PLACE_WORD = `${WORD}(?:-${WORD}){0,3}`;
/** After a separator-less dateline form there must be more text (a space, then a letter, digit or quote). */
export const END = '(?:\\s*(?:[।:：]|\\|{1,2}|--+|[—–](?=\\s)|-(?=\\s)))';
/** After a date a full stop ends the dateline too, before a space (`पटियाला, 12 मई . पंजाब …`). */
export const DATE_END = `(?:${END}|\\s*\\.(?=\\s))`;
/** A day in digits, day first (`09.03.2024`, `9/3/2024`, `09-03-2024`): the order district pages print. */
export const NUMERIC_DATE = `${DIGIT}{1,2}[./-]${DIGIT}{1,2}[./-]${DIGIT}{4}`;
/** "Dated" before a dateline's date (`दिनांक 25 मार्च`, `दिनाँक: 25.03.2023`, `दि. 25 मार्च`). */
export const DATED_WORD = '(?:दिनांक|दिनाँक|दि\\.)\\s*[:：]?\\s*';
/** …the same, optional before a date. */
export const DATE_WORD = `(?:${DATED_WORD})?`;
