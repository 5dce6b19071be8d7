import { foldKey } from '../text/devanagari.js';
import { pluralise } from './english-morph.js';
import type { Item } from './tokens.js';

/** Auxiliaries that only a plural subject takes (मामले बढ़ रहे हैं, बच्चे खेल रहे थे, पेड़ गिर गए). */
const PLURAL_AUX: ReadonlySet<string> = new Set(['हैं', 'थे', 'रहे', 'गए', 'गये', 'चुके', 'सके', 'लगे'].map(foldKey));
/** A past form of a plural subject (मामले बढ़े, किए); not a subjunctive's singular (जाए, बढ़े after ताकि: past tense only). */
const PLURAL_PAST = /(?:े|ए|ये)$/u;

/**
 * A common noun in the direct case whose Hindi form is the plural of an -ा noun (`मामले`, `बच्चे`: the lexicon lists
 * the form as it is, so it reads "case") is plural when its verb agrees as a plural: "cases are rising", never "case is".
 * Names, roles and persons are left alone (a plural verb may be an honorific: मंत्री जी आ रहे हैं is one minister).
 */
export function directPlural(subject: readonly Item[], verb: Item, past: boolean): boolean {
  const head = [...subject].reverse().find((it) => it.kind !== 'punct' && it.kind !== 'number');
  if (!head || head.kind !== 'noun' || head.plural || !/े$/u.test(head.text)) return false;
  const words = [...foldKey(verb.text).split(/\s+/u), ...(verb.tail ?? [])];
  return words.some((w) => PLURAL_AUX.has(w)) || (past && PLURAL_PAST.test(words[words.length - 1] ?? ''));
}

/** English plurals without an s that agree with a plural verb ("children are playing", never "children is"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['children', 'people', 'men', 'women', 'police']);

/** True when the phrase's head (the noun before "of", else the last word) is such a plural: not "enrolment of children". */
export function irregularPlural(text: string): boolean {
  const head = (text.split(' of ')[0] ?? text).split(' ').pop() ?? '';
  return IRREGULAR_PLURALS.has(head.toLowerCase());
}

/** The phrase with its head in the plural: the noun before "of" ("case of malaria" → "cases of malaria"), else the last word. */
export function pluralHead(text: string): string {
  const at = text.indexOf(' of ');
  return at > 0 ? `${pluralise(text.slice(0, at))}${text.slice(at)}` : pluralise(text);
}
