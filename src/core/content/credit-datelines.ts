import { foldKey } from '../text/devanagari.js';
import type { DatelineSplit } from './dateline.js';
import { WORD } from './dateline-patterns.js';
import { squeeze } from './line-tools.js';

/** What a site's credit dateline needs: the place pattern, the tests of a place, a reporter and a function word. */
export interface CreditDatelineParts {
  place: string;
  maxSiteChars: number;
  knownPlace: (place: string) => boolean;
  isReporter: (name: string) => boolean;
  isStopword: (word: string) => boolean;
  /** A news agency (भाषा, एएनआई): a known medium, which no credit form takes. */
  isAgency: (text: string) => boolean;
}

/** A colon or danda ending a credit, with a dash after it (`नई दिल्ली(ईन्यूज़ एमपी):-पीएम …`), or a dash alone before a space (`नई दिल्ली (हेमा)- …`). */
const CREDIT_END = '(?:\\s*[:：।](?:\\s*[-–—])?|\\s*[-–—](?=\\s))';

/**
 * Datelines that credit a site or a reporter and a known place: `कानपुर,जन सामना। …` (place, site),
 * `नई दिल्ली(ईन्यूज़ एमपी):-पीएम …` (place, site in brackets) and `प्रभास रंजन, दरभंगा, देशज टाइम्स : …`
 * (reporter, place, site). The place must be known; the site is one to three words, no known place and no
 * function word (`पटना, गया।` is two places, `पटना, गया और नालंदा।` a list).
 */
export function createCreditDatelines(parts: CreditDatelineParts): (paragraph: string) => DatelineSplit | null {
  const { place, maxSiteChars, knownPlace, isReporter, isStopword, isAgency } = parts;
  const site = `(?<site>${WORD}(?:\\s+${WORD}){0,2})`;
  const forms = [
    new RegExp(`^${place}\\s*,\\s*${site}${CREDIT_END}`, 'u'),
    new RegExp(`^${place}\\s*\\(\\s*${site}\\s*\\)${CREDIT_END}`, 'u'),
    new RegExp(`^(?<reporter>${WORD}(?:\\s+${WORD}){1,2})\\s*,\\s*${place}\\s*,\\s*${site}${CREDIT_END}`, 'u'),
  ];
  const isSite = (text: string): boolean => {
    const words = text.split(/\s+/u);
    return text.length <= maxSiteChars && !knownPlace(text) && !isAgency(text) && words.every((w) => !knownPlace(w) && !isStopword(foldKey(w)));
  };
  return (paragraph) => {
    for (const form of forms) {
      const m = form.exec(paragraph);
      const [placeText, siteText, reporter] = [m?.groups?.place, m?.groups?.site, m?.groups?.reporter];
      if (!m || placeText === undefined || siteText === undefined || !knownPlace(placeText) || !isSite(siteText)) continue;
      if (reporter !== undefined && !isReporter(reporter)) continue;
      const rest = squeeze(paragraph.slice(m[0].length));
      if (!/^["'“‘(]?[\p{L}\p{N}]/u.test(rest)) continue;
      return { dateline: { text: m[0].trim(), place: placeText, date: null, credit: siteText, ...(reporter === undefined ? {} : { reporter }) }, rest };
    }
    return null;
  };
}
