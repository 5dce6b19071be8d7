import { spellAcronym } from '../facts/entities/latin-letters.js';
import { alternation } from '../text/boundaries.js';
import { foldKey } from '../text/devanagari.js';
import { endsInAbbreviation } from '../text/sentences.js';
import type { Dateline } from '../types.js';
import type { CleaningData } from './cleaning-data.js';
import { DATE_END, DATE_WORD, DATED_WORD, DIGIT, END, NUMERIC_DATE, PLACE_WORD, WORD } from './dateline-patterns.js';
import { createCreditDatelines } from './credit-datelines.js';
import { createKnownPlaceDatelines } from './known-place-datelines.js';
import { squeeze } from './line-tools.js';

/** A dateline found at the start of a paragraph and the text after it. */
export interface DatelineSplit {
  dateline: Dateline;
  rest: string;
}

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
  // (a postposition opening what follows a bracket: the bracket glossed the word before it, `दिल्ली (delhi) की …`)
  const stopwords = new Set(data.headline.stopwords.map(foldKey));
  const agency = alternation(data.agencies);
  const agencyKeys = new Set(data.agencies.map(foldKey));
  const siteWords = new Set(data.dateline.siteWords.map(foldKey));
  const place = `(?<place>${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,${maxPlaceWords - 1}})`;
  // (a day in digits, `09.03.2024`, as district pages print it: day, month, year)
  const date = `(?<date>${DIGIT}{1,2}\\s+(?:${months})\\.?(?:,?\\s+${DIGIT}{4})?|(?:${months})\\.?\\s+${DIGIT}{1,2}(?:,?\\s+${DIGIT}{4})?|${NUMERIC_DATE})(?!\\s*${DIGIT})`;
  // a place's state or country abbreviated in brackets before the date: `कानपुर (उप्र), 30 दिसंबर (भाषा)`
  const state = `(?:\\s*\\(${WORD}(?:\\s+${WORD})?\\))?`;
  const bracket = agency ? `\\s*\\(\\s*(?:${agency})(?:\\s*[/,]\\s*(?:${agency}))*\\s*\\)` : '(?!)';
  // site, place end: the site's name before a known place (`अनोखा तीर, हरदा। …`, `रोज न्यूज, मुंबई: …`)
  const siteFirst = new RegExp(`^(?<site>[^\\s,।:|][^,।:|\\n]{1,${maxSiteChars - 1}}?)\\s*,\\s*${place}\\s*(?:।|॥|[:：](?:\\s*[-–—])?)`, 'u');
  // a day in words before the agency's bracket (`सासाराम, पांच फरवरी (भाषा)`): the bracket makes it a dateline
  const wordDate = `(?<date>${WORD}\\s+(?:${months})(?:,?\\s+${DIGIT}{4})?)`;
  // the bracket holds a word of spelled Latin letters (आरएनएस = RNS) or capitals: checked by spellAcronym below
  // (a Latin word may follow a Latin acronym: `लखनऊ (KBN DIGITAL):`)
  const acronymForm = new RegExp(`^${place}\\s*\\(\\s*(?<acronym>[\\p{L}\\p{M}]{2,15})(?:\\s+[A-Z]{3,12})?\\s*\\)${END}`, 'u');
  const siteSlug = new RegExp(`^${place}\\s*\\((?<site>[a-z][a-z0-9.]{2,29})\\)${END}?(?=\\s)`, 'u');
  // the reporter's name, two or three words opening with no everyday word, in a bracket or after a slash and
  // before a comma or a colon (`बिजौलियां(जगदीश सोनी)।`, `किशनगंज/धर्मेन्द्र सिंह, शहर के …`, `रामगढ़/सुरेश पाल:- …`),
  // or in a bracket after the place's danda (`रामगढ़। (सुरेश पाल) गांव में …`)
  const reporter = `(?<source>${WORD}(?:\\s+${WORD}){1,2})`;
  const reporterForms = [
    new RegExp(`^${place}\\s*\\(\\s*${reporter}\\s*\\)${END}`, 'u'),
    new RegExp(`^${place}\\s*/\\s*${reporter}\\s*(?:,|[:：][-–—]?)(?=\\s)`, 'u'),
    new RegExp(`^${place}[।.]\\s*\\(\\s*${reporter}\\s*\\)(?=\\s)`, 'u'),
  ];
  // a second place and the date after the slash (`मुंबई/नई दिल्ली, 10 अगस्त।`): read as a site's name they lost the date
  const placeAndDate = new RegExp(`^${PLACE_WORD}(?:\\s+${PLACE_WORD})?(?=\\s*,)`, 'u');
  const siteDate = new RegExp(`,\\s*${date}\\s*$`, 'u');
  const slashOnly = new RegExp(`^${place}\\s*/(?=\\s)`, 'u');
  const placeDashes = new RegExp(`^${place}\\s*/\\s*(?<site>${PLACE_WORD}(?:\\s+${PLACE_WORD})?)\\s*(?:[—–]+|--+)`, 'u');
  const isReporter = (name: string): boolean => {
    const first = name.split(/\s+/u)[0] ?? '';
    return !isCommonWord(first) && !knownPlace(first) && !knownPlace(name);
  };
  const forms = [
    new RegExp(`^${place}${state}\\s*,\\s*${wordDate}${bracket}${END}?`, 'iu'),
    // place, date (source)? end?  — without a bracketed source the separator is required; an
    // abbreviated source may sit before it (`रामबन, 28 अगस्त हि.स.।`)
    // (a slash and the word दिनांक may stand for the comma: `सीतापुर/ दिनांक 12 मई 2023`; the date may end the line)
    new RegExp(`^${place}${state}\\s*(?:,|/)\\s*${DATE_WORD}${date}(?:,?\\s*\\((?:${agency || '(?!)'}|(?<source>[^()\\n]{1,${maxSiteChars}}))\\)${END}?|(?:\\s+(?:[\\p{L}\\p{M}]{1,4}\\.){1,3})?(?:${DATE_END}|\\s*$))`, 'iu'),
    // place date (source) with no comma (`नयी दिल्ली 24 अक्टूबर (लाइव 7) भारत ने …`): the bracket is required
    new RegExp(`^${place}${state}\\s+${date}\\s*\\((?:${agency || '(?!)'}|(?<source>[^()\\n]{1,${maxSiteChars}}))\\)${END}?`, 'iu'),
    // place date। with no comma (`नई दिल्ली 28 मई।`): the separator is required
    new RegExp(`^${place}\\s+${DATE_WORD}${date}\\s*(?:[।:：]|$)`, 'iu'),
    // place (agency) end?
    new RegExp(`^${place}${bracket}${END}?`, 'iu'),
    // place (an unlisted service's acronym) end: the end is required (`ऋषिकेश(आरएनएस)।`; not `भाजपा (बीजेपी) ने …`)
    acronymForm,
    // a known place and the site's name in lower-case Latin letters in brackets (`श्रीनगर (samacharnama) …`)
    siteSlug,
    ...reporterForms,
    // place, agency end
    agency ? new RegExp(`^${place}\\s*,\\s*(?:${agency})${END}`, 'iu') : null,
    // place/site end
    new RegExp(`^${place}\\s*/\\s*(?<site>[^\\s/।:][^/।:\\n]{0,${maxSiteChars - 1}}?)\\s*[।:：]`, 'u'),
    // …and a dash after the colon, with no bracket in the site (`रामगढ़/सीतापुर:- …`; a reporter's bracket between is
    // cleaned away first; `झारखंड/रामगढ़(चितरपुर):-` is read by the forms below)
    new RegExp(`^${place}\\s*/\\s*(?<site>[^\\s/।:(][^/।:(\\n]{0,${maxSiteChars - 1}}?)\\s*[:：]\\s*[-–—]`, 'u'),
    // known place/second place and a run of dashes (`रामगढ़/सीतापुर —– गांव में …`)
    placeDashes,
    // a known place and a slash with nothing after it but the lead (`नई दिल्ली/ मौसम विभाग ने …`)
    slashOnly,
    siteFirst,
    // place: (bare: see below), or `:-` (`रामनगर :- …`, `भोपाल:– …`)
    new RegExp(`^${place}\\s*[:：][-–—]?(?=\\s)`, 'u'),
    // place. / place। / place।। (at most two words)
    new RegExp(`^(?<place>${WORD}(?:\\s+${WORD})?)(?:[.।]|।।|॥)(?=\\s)`, 'u'),
    // one word and a danda alone on the first line: `गोरखपुर।`
    new RegExp(`^(?<place>${WORD})[.।]$`, 'u'),
  ].filter((r): r is RegExp => r !== null);

  const validPlace = (text: string): boolean => text.split(/\s+/).every((w) => !banned.has(foldKey(w)));
  // an unknown place with an everyday word in it is a kicker (`दर्दनाक : बस-ट्रक की टक्कर…`, `बड़ी खबर:`)
  const kicker = (text: string): boolean => !knownPlace(text) && text.split(/\s+/u).some((w) => isCommonWord(w));
  const { knownOnly, fallback } = createKnownPlaceDatelines({ data, place, date, knownPlace, validPlace, kicker });
  const creditDateline = createCreditDatelines({ place, maxSiteChars, knownPlace, isReporter, isStopword: (w) => stopwords.has(w), isAgency: (t) => agencyKeys.has(foldKey(t)) });

  // the last three forms carry no date, agency or site: an unknown place made of common words is a kicker
  const bare = new Set(forms.slice(-3));

  // a date and an agency with no place (the place lost from the page): `पांच फरवरी (भाषा) बिहार में …`
  const dateOnly = agency ? new RegExp(`^(?<date>(?:${DIGIT}{1,2}|${WORD})\\s+(?:${months})(?:,?\\s+${DIGIT}{4})?)${bracket}${END}?(?=\\s)`, 'iu') : null;
  return (paragraph) => {
    const known = knownOnly(paragraph);
    if (known !== null) return known;
    const credited = creditDateline(paragraph);
    if (credited !== null) return credited;
    const placeless = dateOnly?.exec(paragraph);
    if (placeless?.groups?.date !== undefined) {
      const rest = squeeze(paragraph.slice(placeless[0].length));
      if (/^["'“‘(]?[\p{L}\p{N}]/u.test(rest)) return { dateline: { text: placeless[0].trim(), place: '', date: placeless.groups.date }, rest };
    }
    for (const form of forms) {
      const m = form.exec(paragraph);
      const placeText = m?.groups?.place;
      if (!m || placeText === undefined || !validPlace(placeText) || (bare.has(form) && kicker(placeText))) continue;
      if (form === acronymForm && !isAcronym(m.groups?.acronym ?? '')) continue;
      // the stop of an abbreviation ends no dateline: `आज डॉ. रमेश …`, `प्रो. …` open the sentence
      if (bare.has(form) && endsInAbbreviation(m[0])) continue;
      // (a slug of six letters or more and a story that goes on with no stopword: not `दिल्ली (delhi) की मुख्यमंत्री`,
      // `मुंबई (mumbai) में`, `पटना (video)`)
      // (a date ended by a full stop only after a known place: not `पहला चरण, 19 अप्रैल. …`, `जन्म, 14 अप्रैल 1891. …`)
      if (/\.\s*$/u.test(m[0]) && m.groups?.date !== undefined && !knownPlace(placeText)) continue;
      if (form === siteSlug && (!knownPlace(placeText) || (m.groups?.site ?? '').length < MIN_SLUG || stopwords.has(foldKey(paragraph.slice(m[0].length).trim().split(/\s+/u)[0] ?? '')))) continue;
      if (reporterForms.includes(form) && !isReporter(m.groups?.source ?? '')) continue;
      if ((form === placeDashes || form === slashOnly) && !knownPlace(placeText)) continue;
      // a site before the place only when the place is known and the site is none (`पटना, गया।` is two places)
      if (form === siteFirst && (!knownPlace(placeText) || knownPlace((m.groups?.site ?? '').trim()))) continue;
      // (before a colon, only a site's name: `श्रीहरिकोटा, आंध्र प्रदेश:` is a place and its state)
      if (form === siteFirst && /[:：]/u.test(m[0]) && !siteWords.has(foldKey((m.groups?.site ?? '').trim().split(/\s+/u).pop() ?? ''))) continue;
      const rest = squeeze(paragraph.slice(m[0].length));
      if (rest !== '' && !/^["'“‘(]?[\p{L}\p{N}]/u.test(rest)) continue;
      // a date ending the line with no separator makes a dateline alone on its line only with दिनांक, a day in digits or a
      // known place: `भारत बंद 8 दिसंबर` above a deck is the headline (reviewer)
      if (rest === '' && !/[।:：.)]\s*$/u.test(m[0]) && m.groups?.date !== undefined && !knownPlace(placeText) && !DATED.test(m[0]) && !NUMERIC.test(m.groups.date)) continue;
      // (a bare slash only before a lead, not between a section's places: `बिहार / पटना`)
      if (form === slashOnly && rest.split(/\s+/u).length < MIN_LEAD_WORDS) continue;
      // a site named in the dateline's bracket (`(लाइव 7)`) is its credit too; a known agency stays (a medium)
      const site = m.groups?.site ?? m.groups?.source;
      // a second place after the slash is a place (`श्रीहरिकोटा/नई दिल्ली:`); anything else is the site's credit
      const second = site === undefined ? null : placeAndDate.exec(site.trim());
      const dated = second !== null && knownPlace(second[0]) ? siteDate.exec(site ?? '')?.groups?.date : undefined;
      const credit = site !== undefined && dated === undefined && !knownPlace(site.trim()) ? { credit: site.trim() } : {};
      return { dateline: { text: m[0].trim(), place: placeText, date: m.groups?.date ?? dated ?? null, ...credit }, rest };
    }
    return fallback(paragraph);
  };
}

/** The word दिनांक (dated) in a dateline. */
const DATED = new RegExp(DATED_WORD, 'u');
/** A day written in digits only. */
const NUMERIC = new RegExp(`^${NUMERIC_DATE}$`, 'u');

/** Fewest words of a lead after a place and a bare slash. */
const MIN_LEAD_WORDS = 5;

/** Shortest site name in lower-case Latin letters taken as a dateline's credit. */
const MIN_SLUG = 6;

/** Two to five Latin letters, spelled in Devanagari (`आरएनएस`) or in capitals (`UNS`): a news service's credit. */
function isAcronym(word: string): boolean {
  const letters = /^[A-Z]+$/u.test(word) ? word : spellAcronym(word);
  return letters !== null && letters.length >= 2 && letters.length <= 5;
}
