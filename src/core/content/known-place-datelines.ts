import { foldKey } from '../text/devanagari.js';
import { splitSentences } from '../text/sentences.js';
import type { CleaningData } from './cleaning-data.js';
import type { DatelineSplit } from './dateline.js';
import { WORD } from './dateline-patterns.js';

/** A word of a state's name, or its abbreviation with dots (`उ.प्र.`). */
const STATE_WORD = '[\\p{Script=Devanagari}\\u200C\\u200D.]+';
import { endsSentence, squeeze, wordCount } from './line-tools.js';

/** Words that go on with a date inside a sentence (`14 मार्च को`, `… तक`, `… की रात`): after them a date is no dateline. */
const DATE_GOES_ON = ['को', 'से', 'तक', 'में', 'की', 'के', 'का', 'ही', 'भी', 'और', 'या', 'व', 'तथा', 'एवं', 'वाले', 'वाली', 'वाला', 'तारीख'].join('|');

/** What the dateline forms share: the place and date patterns and the tests of a place. */
export interface DatelineParts {
  data: CleaningData;
  place: string;
  date: string;
  knownPlace: (place: string) => boolean;
  validPlace: (text: string) => boolean;
  /** An unknown place with an everyday word in it (a kicker, not a place). */
  kicker: (text: string) => boolean;
}

/**
 * The dateline forms that need a known place (gazetteer cities and states): `knownOnly` is tried
 * before the general forms, `fallback` after them.
 */
export function createKnownPlaceDatelines(parts: DatelineParts): { knownOnly: (paragraph: string) => DatelineSplit | null; fallback: (paragraph: string) => DatelineSplit | null } {
  const { data, place, date, knownPlace, validPlace, kicker } = parts;
  const { maxPlaceWords } = data.dateline;
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

  // `श्रीहरिकोटा (आंध्रप्रदेश) – …`: a place, its known state in brackets and a dash or colon; or after a
  // comma before a colon (`श्रीहरिकोटा, आंध्र प्रदेश: …`)
  // (the state may be abbreviated with dots: `संतकबीरनगर (उ.प्र.)।`)
  const withState = new RegExp(`^${place}\\s*,?\\s*\\(\\s*(?<state>${STATE_WORD}(?:\\s+${STATE_WORD})?)\\s*\\)\\s*(?:[–—:：।]|-(?=\\s))`, 'u');
  const commaState = new RegExp(`^${place}\\s*,\\s*(?<state>${WORD}(?:\\s+${WORD})?)\\s*[:：।](?=\\s)`, 'u');
  // or the state first, then के and a known place, and a danda (`उत्तर प्रदेश के चित्रकूट। …`)
  const stateOf = new RegExp(`^(?<state>${WORD}(?:\\s+${WORD})?)\\s+के\\s+${place}\\s*[।.](?=\\s)`, 'u');
  const knownStateOf = (paragraph: string): RegExpExecArray | null => {
    const m = stateOf.exec(paragraph);
    return m !== null && knownPlace(m.groups?.place ?? '') ? m : null;
  };
  const stateDateline = (paragraph: string): DatelineSplit | null => {
    const m = withState.exec(paragraph) ?? commaState.exec(paragraph) ?? knownStateOf(paragraph);
    const [placeText, state] = [m?.groups?.place, m?.groups?.state];
    // (a state abbreviated with dots only after a known place: not `कांग्रेस (म.प्र.):`)
    if (!m || placeText === undefined || state === undefined || !knownPlace(state) || !validPlace(placeText) || (state.includes('.') && !knownPlace(placeText))) return null;
    return { dateline: { text: m[0].trim(), place: placeText, date: null }, rest: squeeze(paragraph.slice(m[0].length)) };
  };

  // `सासनी : 6 अक्टूबर।` for a place with no everyday word in it (`अंतिम तिथि : 30 जून।` is a notice: its
  // date stays in the text), and `नई दिल्ली| …` only for a known place (`विराट कोहली | फोटो …` is a caption).
  // An unknown word before a colon may be a topic (`जीएसटी : 1 जुलाई।`): it dates the report but names no place
  const colonDate = new RegExp(`^${place}\\s*[:：]\\s*${date}\\s*[।:：]`, 'iu');
  const pipe = new RegExp(`^${place}\\s*\\|(?=\\s)`, 'u');
  // `लुधियाना- चौथे कबड्डी विश्वकप …`: a known place and a dash before a space, not before another place (`दिल्ली - मुंबई एक्सप्रेसवे`)
  // (a run of long dashes too: `बिलासपुर—– हाईकोर्ट ने …`)
  const dash = new RegExp(`^${place}\\s*(?:-|[–—]+)(?=\\s)`, 'u');
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
  // `नई दिल्ली-देश के छह राज्यों …`: a known place glued by a dash to a word that starts a whole sentence
  // (not `दिल्ली-एनसीआर`, `जम्मू-कश्मीर`, `दिल्ली-मुंबई`: a name goes on after the dash)
  const gluedDash = new RegExp(`^${place}[-–](?=[\\p{L}])`, 'u');
  const gluedDateline = (paragraph: string): DatelineSplit | null => {
    const m = gluedDash.exec(paragraph);
    const placeText = m?.groups?.place;
    if (!m || placeText === undefined || !knownPlace(placeText) || !validPlace(placeText)) return null;
    const rest = squeeze(paragraph.slice(m[0].length));
    const next = rest.split(/\s+/u)[0] ?? '';
    const first = splitSentences(rest)[0]?.text ?? '';
    if (knownPlace(next) || knownPlace(`${placeText}-${next}`) || !endsSentence(first) || wordCount(first) < data.dateline.commaMinWords) return null;
    return { dateline: { text: m[0].trim(), place: placeText, date: null }, rest };
  };
  return { knownOnly, fallback: (paragraph) => commaDateline(paragraph) ?? stateDateline(paragraph) ?? bareDateline(paragraph) ?? gluedDateline(paragraph) };
}
