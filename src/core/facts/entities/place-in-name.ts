import { foldKey } from '../../text/devanagari.js';
import type { Pending } from './resolve-short-forms.js';
import type { Token } from './tokens.js';

/** Words after a person's name, never after a city named on its own (`हेग ने`, `हेग का`). */
const AFTER_PERSON = new Set(['ने', 'का', 'कि', 'के', 'और', 'व', 'तथा', 'एवं']);
/** Places too big to be a surname: a country, state or continent keeps its reading. */
const WHOLE_PLACES = new Set(['country', 'state', 'union territory', 'continent', 'region', 'ocean', 'sea']);

/** A word that follows only a given name (सिंह; not कुमार: `मंत्री पटना कुमार के साथ` keeps Patna), folded as tokens are. */
const AFTER_GIVEN = new Set(['सिंह'].map(foldKey));

/** Words after सिंह that make the place and सिंह a body's name (`पटियाला सिंह सभा`, `… सिंह द्वार`, reviewer). */
const BODY_AFTER = new Set(['सभा', 'द्वार'].map(foldKey));

/** Words of a division after a city (मेरठ मंडल, the commissioner's) that are surnames too. */
const DIVISIONS = new Set(['मंडल', 'मण्डल', 'संभाग', 'रेंज', 'जोन', 'ज़ोन'].map(foldKey));

/** Places small enough to be a first name after a title (बैजनाथ कुमार). */
const SMALL_PLACES = new Set(['town', 'village']);

/** A one-word place the gazetteer claimed, by its token. */
export type PlaceAt = Map<number, Pending>;

/**
 * A one-word city right after the words of a person's name (`विदेश मंत्री विलियम हेग ने`) is
 * the person's surname, not The Hague: a name that stops at a claimed place reads on through it when
 * the place is a city (not a country or state), joined to the name, and followed by a word that
 * follows people (`ने`, `का`, `और`), not places (`में`, `से`). Returns the name's new end and drops
 * the place's mention; `end` unchanged when the place stays a place.
 */
export function readThroughPlace(tokens: readonly Token[], end: number, out: Pending[], placeAt: PlaceAt): number {
  const place = placeAt.get(end);
  if (place === undefined || !tokens[end]?.joined) return end;
  if (place.entity === undefined || WHOLE_PLACES.has(place.entity.type ?? '') || place.entity.type === undefined) return end;
  if (!AFTER_PERSON.has(tokens[end + 1]?.text ?? '')) return end;
  const i = out.indexOf(place);
  if (i >= 0) out.splice(i, 1);
  placeAt.delete(end);
  return end + 1;
}

/**
 * Untitled names read through a city (`विलियम हेग ने कहा`): a one-word city right after a trusted
 * given name (config givenNames, not the weak ones that are also words) and before a word that
 * follows people is the surname. Returns the names' token ranges and drops the places' mentions.
 */
export function givenNameThroughPlace(
  tokens: readonly Token[],
  claimed: readonly boolean[],
  out: Pending[],
  placeAt: PlaceAt,
  isTrustedGivenName: (word: string) => boolean,
): { from: number; to: number }[] {
  const names: { from: number; to: number }[] = [];
  for (const at of [...placeAt.keys()].sort((a, b) => a - b)) {
    const given = tokens[at - 1];
    if (given === undefined || claimed[at - 1] || !isTrustedGivenName(given.text)) continue;
    if (readThroughPlace(tokens, at, out, placeAt) === at + 1) names.push({ from: at - 1, to: at + 1 });
  }
  return names;
}

/**
 * A one-word place that is also a given name, right before a surname (`उप निरीक्षक अमरनाथ यादव`, `अयोध्या
 * प्रसाद`: not the Amarnath shrine or the city) begins a person's name: the given name is listed in config
 * (givenNames or weakGivenNames), the surname joined to it and unclaimed. Returns the names' token ranges and drops the places'
 * mentions.
 */
export function placeAsGivenName(
  tokens: readonly Token[],
  claimed: readonly boolean[],
  out: Pending[],
  placeAt: PlaceAt,
  known: { isGivenName(word: string): boolean; isSurname(word: string): boolean },
): { from: number; to: number }[] {
  const names: { from: number; to: number }[] = [];
  for (const at of [...placeAt.keys()].sort((a, b) => a - b)) {
    const place = placeAt.get(at);
    const next = tokens[at + 1];
    if (place === undefined || WHOLE_PLACES.has(place.entity?.type ?? '') || next === undefined || !next.joined || claimed[at + 1]) continue;
    // (a city before सिंह is a given name whatever lists say: `नेता अजमेर सिंह ने`, not Ajmer)
    const afterGiven = AFTER_GIVEN.has(next.text) && !BODY_AFTER.has(tokens[at + 2]?.text ?? '');
    if (!(known.isGivenName(tokens[at]?.text ?? '') || afterGiven) || !known.isSurname(next.text)) continue;
    const i = out.indexOf(place);
    if (i >= 0) out.splice(i, 1);
    placeAt.delete(at);
    names.push({ from: at, to: at + 2 });
  }
  return names;
}

/**
 * A one-word town the gazetteer claimed right after a title and before a surname is the person's first name
 * (`थाना प्रभारी बैजनाथ कुमार`: no Baijnath); so is a city, not a capital, before a surname that is no middle name too
 * (`थाना प्रभारी बालेश्वर चौधरी`: no Balasore; but `मंत्री पटना कुमार के साथ` may be the city and a Kumar). Drops the place's mention and returns
 * true; false when the place stays.
 */
export function townAsFirstName(tokens: readonly Token[], at: number, out: Pending[], placeAt: PlaceAt, isSurname: (word: string) => boolean, claimed: readonly boolean[], isMiddleName: (word: string) => boolean = () => true): boolean {
  const place = placeAt.get(at);
  const type = place?.entity?.type ?? '';
  // (not a capital: `मंत्री पटना यादव महासभा में` may be the city's)
  // (nor before a division's word that is a surname too: `आयुक्त मेरठ मंडल`, reviewer)
  const next = tokens[at + 1]?.text ?? '';
  if (place === undefined || WHOLE_PLACES.has(type) || type === 'capital' || (!SMALL_PLACES.has(type) && (isMiddleName(next) || DIVISIONS.has(next)))) return false;
  if (!tokens[at]?.joined || !tokens[at + 1]?.joined || claimed[at + 1] || !isSurname(tokens[at + 1]?.text ?? '')) return false;
  const i = out.indexOf(place);
  if (i >= 0) out.splice(i, 1);
  placeAt.delete(at);
  return true;
}
