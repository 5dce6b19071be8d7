import { foldKey } from './devanagari.js';

/**
 * Verbal nouns (the oblique infinitive) that make a postposition after them a clause's: `फैसला आने के पूर्व`,
 * `मतगणना शुरू होने से पहले`. A list, not an ending: थाने, कारखाने, घराने end in -ने too and are nouns.
 */
const VERBAL_NOUNS: ReadonlySet<string> = new Set(
  ['जाने', 'होने', 'करने', 'आने', 'देने', 'लेने', 'मिलने', 'पहुंचने', 'पहुँचने', 'लगने', 'बनने', 'सुनाने', 'रखने', 'बताने', 'खेलने', 'चलने', 'रहने', 'निकलने', 'लौटने', 'जीतने', 'हारने'].map(foldKey),
);

/** True when the folded word is a verbal noun of the list. */
export function isVerbalNoun(folded: string): boolean {
  return VERBAL_NOUNS.has(folded);
}
