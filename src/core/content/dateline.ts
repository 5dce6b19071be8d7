import { alternation } from '../text/boundaries.js';
import { foldKey } from '../text/devanagari.js';
import type { Dateline } from '../types.js';
import type { CleaningData } from './cleaning-data.js';
import { splitSentences } from '../text/sentences.js';
import { endsSentence, squeeze, wordCount } from './line-tools.js';

/** A dateline found at the start of a paragraph and the text after it. */
export interface DatelineSplit {
  dateline: Dateline;
  rest: string;
}

const DIGIT = '[0-9०-९]';
const WORD = '[\\p{Script=Devanagari}\\u200C\\u200D]+';
/** Words that go on with a date inside a sentence (`14 मार्च को`, `… तक`, `… की रात`): after them a date is no dateline. */
const DATE_GOES_ON = ['को', 'से', 'तक', 'में', 'की', 'के', 'का', 'ही', 'भी', 'और', 'या', 'व', 'तथा', 'एवं', 'वाले', 'वाली', 'वाला', 'तारीख'].join('|');
/** A place word may be hyphenated: `डेहरी-ऑन-सोन`. */
const PLACE_WORD = `${WORD}(?:-${WORD}){0,3}`;
/** After a separator-less dateline form there must be more text (a space, then a letter, digit or quote). */
const END = '(?:\\s*(?:[।:：]|\\|{1,2}|--+|[—–](?=\\s)|-(?=\\s)))';

/**
 * Splits the dateline off the start of the first body paragraph: `पटना, 14 मार्च (भाषा)`,
 * `वॉशिंगटन, 2 नवंबर (एपी)`, `मुंबई, अप्रैल 9 --`, `लखनऊ, 5 जनवरी (आईएएनएस)।`, `मॉस्को (एएनआई):`,
 * `नई दिल्ली, एजेंसी।`, `नई दिल्ली/टीम डिजिटल।`, `नई दिल्ली:`, `नई दिल्ली.`, `मुंबई।`. The place is one to
 * `maxPlaceWords` Devanagari words, none of them a function word; a dateline with neither a date nor an
 * agency needs its own separator (`:`, `/site।`, a full stop after at most two words). Agencies are
 * furniture: they stay in `text` only. With `knownPlace` (gazetteer cities and states), a comma
 * alone is a separator too (`नयी दिल्ली, उच्चतम न्यायालय ने …।`) when the place is known, the rest is
 * a whole sentence of at least `commaMinWords` words, and it does not go on with another place
 * (`बिहार, असम जैसे राज्यों में …` is a list).
 */
export function createDatelineSplitter(
  data: CleaningData,
  months: string,
  knownPlace: (place: string) => boolean = () => false,
  isCommonWord: (word: string) => boolean = () => false,
): (paragraph: string) => DatelineSplit | null {
  const { maxPlaceWords, maxSiteChars } = data.dateline;
  const banned = new Set([...data.headline.stopwords, ...data.dateline.notPlaces].map(foldKey));
  const agency = alternation(data.agencies);
  const place = `(?<place>${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,${maxPlaceWords - 1}})`;
  const date = `(?<date>${DIGIT}{1,2}\\s+(?:${months})\\.?(?:,?\\s+${DIGIT}{4})?|(?:${months})\\.?\\s+${DIGIT}{1,2}(?:,?\\s+${DIGIT}{4})?)(?!\\s*${DIGIT})`;
  // a place's state or country abbreviated in brackets before the date: `कानपुर (उप्र), 30 दिसंबर (भाषा)`
  const state = `(?:\\s*\\(${WORD}(?:\\s+${WORD})?\\))?`;
  const bracket = agency ? `\\s*\\(\\s*(?:${agency})(?:\\s*[/,]\\s*(?:${agency}))*\\s*\\)` : '(?!)';
  const forms = [
    // place, date (source)? end?  — without a bracketed source the separator is required; an
    // abbreviated source may sit before it (`रामबन, 28 अगस्त हि.स.।`)
    new RegExp(`^${place}${state}\\s*,\\s*${date}(?:,?\\s*\\((?:${agency || '(?!)'}|(?<source>[^()\\n]{1,${maxSiteChars}}))\\)${END}?|(?:\\s+(?:[\\p{L}\\p{M}]{1,4}\\.){1,3})?${END})`, 'iu'),
    // place date (source) with no comma (`नयी दिल्ली 24 अक्टूबर (लाइव 7) भारत ने …`): the bracket is required
    new RegExp(`^${place}${state}\\s+${date}\\s*\\((?:${agency || '(?!)'}|(?<source>[^()\\n]{1,${maxSiteChars}}))\\)${END}?`, 'iu'),
    // place date। with no comma (`नई दिल्ली 28 मई।`): the separator is required
    new RegExp(`^${place}\\s+${date}\\s*[।:：]`, 'iu'),
    // place (agency) end?
    new RegExp(`^${place}${bracket}${END}?`, 'iu'),
    // place, agency end
    agency ? new RegExp(`^${place}\\s*,\\s*(?:${agency})${END}`, 'iu') : null,
    // place/site end
    new RegExp(`^${place}\\s*/\\s*(?<site>[^\\s/।:][^/।:\\n]{0,${maxSiteChars - 1}}?)\\s*[।:：]`, 'u'),
    // place: (bare: see below)
    new RegExp(`^${place}\\s*[:：](?=\\s)`, 'u'),
    // place. / place। (at most two words)
    new RegExp(`^(?<place>${WORD}(?:\\s+${WORD})?)[.।](?=\\s)`, 'u'),
    // one word and a danda alone on the first line: `गोरखपुर।`
    new RegExp(`^(?<place>${WORD})[.।]$`, 'u'),
  ].filter((r): r is RegExp => r !== null);

  const validPlace = (text: string): boolean => text.split(/\s+/).every((w) => !banned.has(foldKey(w)));
  const notAfterComma = new Set(data.dateline.notAfterComma.map(foldKey));
  const comma = new RegExp(`^${place}\\s*,\\s+(?=[\\p{L}])`, 'u');
  const firstWords = new RegExp(`^${WORD}(?:\\s+${WORD}){0,${maxPlaceWords - 1}}`, 'u');
  const listGoesOn = (rest: string): boolean => {
    const words = (firstWords.exec(rest)?.[0] ?? '').split(/\s+/u);
    return words.some((_, n) => knownPlace(words.slice(0, n + 1).join(' '))) || notAfterComma.has(foldKey(words[0] ?? ''));
  };
  const commaDateline = (paragraph: string): DatelineSplit | null => {
    const m = comma.exec(paragraph);
    const placeText = m?.groups?.place;
    if (!m || placeText === undefined || !knownPlace(placeText) || !validPlace(placeText)) return null;
    const rest = squeeze(paragraph.slice(m[0].length));
    const first = splitSentences(rest)[0]?.text ?? '';
    if (!endsSentence(first) || wordCount(first) < data.dateline.commaMinWords || listGoesOn(rest)) return null;
    return { dateline: { text: m[0].trim(), place: placeText, date: null }, rest };
  };

  // an unknown place with an everyday word in it is a kicker (`दर्दनाक : बस-ट्रक की टक्कर…`, `बड़ी खबर:`)
  const kicker = (text: string): boolean => !knownPlace(text) && text.split(/\s+/u).some((w) => isCommonWord(w));

  // `श्रीहरिकोटा (आंध्रप्रदेश) – …`: a place, its known state in brackets and a dash or colon; or after a
  // comma before a colon (`श्रीहरिकोटा, आंध्र प्रदेश: …`)
  const withState = new RegExp(`^${place}\\s*,?\\s*\\(\\s*(?<state>${WORD}(?:\\s+${WORD})?)\\s*\\)\\s*(?:[–—:：।]|-(?=\\s))`, 'u');
  const commaState = new RegExp(`^${place}\\s*,\\s*(?<state>${WORD}(?:\\s+${WORD})?)\\s*[:：](?=\\s)`, 'u');
  const stateDateline = (paragraph: string): DatelineSplit | null => {
    const m = withState.exec(paragraph) ?? commaState.exec(paragraph);
    const [placeText, state] = [m?.groups?.place, m?.groups?.state];
    if (!m || placeText === undefined || state === undefined || !knownPlace(state) || !validPlace(placeText)) return null;
    return { dateline: { text: m[0].trim(), place: placeText, date: null }, rest: squeeze(paragraph.slice(m[0].length)) };
  };

  // `सासनी : 6 अक्टूबर।` for a place with no everyday word in it (`अंतिम तिथि : 30 जून।` is a notice: its
  // date stays in the text), and `नई दिल्ली| …` only for a known place (`विराट कोहली | फोटो …` is a caption).
  // An unknown word before a colon may be a topic (`जीएसटी : 1 जुलाई।`): it dates the report but names no place
  const colonDate = new RegExp(`^${place}\\s*[:：]\\s*${date}\\s*[।:：]`, 'iu');
  const pipe = new RegExp(`^${place}\\s*\\|(?=\\s)`, 'u');
  // `लुधियाना- चौथे कबड्डी विश्वकप …`: a known place and a dash before a space, not before another place (`दिल्ली - मुंबई एक्सप्रेसवे`)
  const dash = new RegExp(`^${place}\\s*[-–—](?=\\s)`, 'u');
  const placeNext = (rest: string): boolean => { const w = rest.split(/\s+/u); return knownPlace(w[0] ?? '') || knownPlace(w.slice(0, 2).join(' ')); };
  // `कोलंबो,20 जनवरी विदेश मंत्री …`: a known place glued to its comma and date with no separator after, when the
  // next word goes on with the lead rather than with the date (`पटना,14 मार्च को …` is a sentence; with a space,
  // `मुंबई, 26 नवंबर हमले की बरसी …` names an event's day, not the report's)
  const bareDate = new RegExp(`^${place},${date}\\s+(?!(?:${DATE_GOES_ON})(?![\\p{L}\\p{M}]))(?=[\\p{L}"'“‘])`, 'iu');
  // tried last: the forms with a separator or an agency (`रामबन, 28 अगस्त हि.स.।`) take the whole dateline first
  const bareDateline = (paragraph: string): DatelineSplit | null => {
    const m = bareDate.exec(paragraph);
    const placeText = m?.groups?.place;
    if (!m || placeText === undefined || !knownPlace(placeText) || !validPlace(placeText)) return null;
    return { dateline: { text: m[0].trim(), place: placeText, date: m.groups?.date ?? null }, rest: squeeze(paragraph.slice(m[0].length)) };
  };
  const knownOnly = (paragraph: string): DatelineSplit | null => {
    for (const form of [colonDate, pipe, dash]) {
      const m = form.exec(paragraph);
      const placeText = m?.groups?.place;
      if (!m || placeText === undefined || !validPlace(placeText)) continue;
      if (!knownPlace(placeText) && (form !== colonDate || kicker(placeText))) continue;
      if (form === dash && placeNext(paragraph.slice(m[0].length).trim())) continue;
      return { dateline: { text: m[0].trim(), place: placeText, date: m.groups?.date ?? null }, rest: squeeze(paragraph.slice(m[0].length)) };
    }
    return null;
  };

  // the last three forms carry no date, agency or site: an unknown place made of common words is a kicker
  const bare = new Set(forms.slice(-3));

  return (paragraph) => {
    const known = knownOnly(paragraph);
    if (known !== null) return known;
    for (const form of forms) {
      const m = form.exec(paragraph);
      const placeText = m?.groups?.place;
      if (!m || placeText === undefined || !validPlace(placeText) || (bare.has(form) && kicker(placeText))) continue;
      const rest = squeeze(paragraph.slice(m[0].length));
      if (rest !== '' && !/^["'“‘(]?[\p{L}\p{N}]/u.test(rest)) continue;
      // a site named in the dateline's bracket (`(लाइव 7)`) is its credit too; a known agency stays (a medium)
      const site = m.groups?.site ?? m.groups?.source;
      // a second place after the slash is a place (`श्रीहरिकोटा/नई दिल्ली:`); anything else is the site's credit
      const credit = site !== undefined && !knownPlace(site.trim()) ? { credit: site.trim() } : {};
      return { dateline: { text: m[0].trim(), place: placeText, date: m.groups?.date ?? null, ...credit }, rest };
    }
    return commaDateline(paragraph) ?? stateDateline(paragraph) ?? bareDateline(paragraph);
  };
}
