import { gluedLeft, gluedRight, inDigitRun } from './digits.js';
import type { NumbersData } from './numbers-data.js';
import { baseValue, type NumberGroup, type NumberLexicon } from './number-words.js';
import { foldKey } from '../../text/devanagari.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

/** A hyphen, an en dash, an em dash. */
export const DASHES = new Set(['-', '–', '—']);
/** A train's number: five digits. */
const TRAIN_NUMBER = /^[0-9]{5}$/u;
/** A number plate: its last four figures, its district's one or two, its state's two Latin letters and its series' one to three. */
const PLATE_END = /^[0-9]{4}$/u;
const PLATE_DISTRICT = /^[0-9]{1,2}$/u;
const PLATE_STATE = /^[A-Z]{2}$/iu;
const PLATE_SERIES = /^[A-Z]{1,3}$/iu;

/** Tokens before `at` read like a plate's start in Latin letters (`HR 26 DK`; not `वार्ड नंबर 12 में 1500`, reviewer). */
function plateBefore(tokens: readonly Token[], at: number): boolean {
  const [series, district, state] = [tokens[at - 1], tokens[at - 2], tokens[at - 3]];
  return PLATE_SERIES.test(series?.text ?? '') && district?.kind === 'digits' && PLATE_DISTRICT.test(district.text) && PLATE_STATE.test(state?.text ?? '');
}
/** हजार's value: a figure this large before it says its thousands twice. */
const THOUSAND = 1000;

/** Words coordinating two references (`अनुच्छेद 14 और 16`, `धारा 302, 307`) or ending a range of them (`कक्षा 1 से 8`). */
const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं', 'या', ',', 'से']);
const RANGE = 'से';

/** Hindi month names (a number right before one is a date): from Intl; variants are in YAML. */
function hindiMonths(): string[] {
  const format = new Intl.DateTimeFormat('hi', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2024, m, 15))));
}

/** Two words hyphened at `k` (`गया-आरा`): a route, a train's ends. */
function routeAfter(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.kind === 'word' && tokens[k + 1]?.text === '-' && tokens[k + 1]?.glued === true && tokens[k + 2]?.kind === 'word' && tokens[k + 2]?.glued === true;
}

/** A five-digit figure at `at` after a list's joiner (a comma, और), with an earlier one before a route: a list of trains. */
function listedTrain(tokens: readonly Token[], at: number, joiners: ReadonlySet<string>): boolean {
  return joiners.has(tokens[at - 1]?.text ?? '') && tokens.slice(0, at - 1).some((t, k) => t.kind === 'digits' && TRAIN_NUMBER.test(t.text) && routeAfter(tokens, k + 1));
}

/**
 * True when a number group is no quantity because of what is glued to it or stands around it:
 * codes and names (कोविड-19, 5G), times, references (धारा 302, अनुच्छेद 14 और 16), ordinals,
 * months, phone-number runs. `joined`: the number is glued to a currency sign or is the right half
 * of a range (10-12). `unitAt`: a counted noun starts at that token (5km, 10kg are quantities).
 */
export function createRefusal(data: NumbersData, unitAt: (tokens: readonly Token[], k: number) => boolean, lex: NumberLexicon) {
  const refuseBefore = new PhraseTable(data.refuseBefore.map((p) => [p, true] as const));
  const refuseAfter = new PhraseTable([...data.refuseAfter, ...hindiMonths()].map((p) => [p, true] as const));
  const services = new Set(data.numberedServices.map(foldKey));
  const railway = new Set([...data.numberedServices, ...data.railwayWords].map(foldKey));
  const listJoiners = wordSet(data.lists.joiners);
  const stops = new Set(data.stop.map(foldKey));
  const thousands = new Set(Object.entries(data.multipliers).filter(([, v]) => v === THOUSAND).map(([w]) => foldKey(w)));
  return (tokens: readonly Token[], group: NumberGroup, joined: boolean): boolean => {
    const first = tokens[group.start] as Token;
    const last = tokens[group.end - 1] as Token;
    // (a postposition or another stop word glued to the figure lost its space, `उपविजेता को3100 रुपये`: no name's number;
    // not a lone letter, `3 लाख न47 हजार`, a typo inside the figure)
    const gluedWord = tokens[group.start - 1]?.text ?? '';
    if (first.kind === 'digits' && !joined && gluedLeft(tokens, group.start) && !(gluedWord.length > 1 && stops.has(gluedWord))) return true;
    if (last.kind === 'digits' && gluedRight(tokens, group.end - 1) && !unitAt(tokens, group.end)) return true;
    // a figure glued to a letter and followed by more figures is a code (`HR 07M 5521`: a number plate, no metre)
    if (last.kind === 'digits' && tokens[group.end]?.glued === true && PLATE_SERIES.test(tokens[group.end]?.text ?? '') && tokens[group.end + 1]?.kind === 'digits') return true;
    // a train's five-digit number right before its name (`64211 मेमू ट्रेन`, `12301 राजधानी एक्सप्रेस`): no counted noun
    // of its own first (`20000 यात्रियों को स्पेशल ट्रेन से`, reviewer)
    // (a unit that is a service word itself, ट्रेन, does not count them: `12301 ट्रेन देर से`, reviewer)
    const next = tokens[group.end]?.text ?? '';
    if (first.kind === 'digits' && TRAIN_NUMBER.test(first.text) && (services.has(next) || !unitAt(tokens, group.end))
      && (services.has(next) || services.has(tokens[group.end + 1]?.text ?? ''))) return true;
    // …or before a train named by its ends, in a sentence about trains: a route hyphened right after it (`13257 गया-आरा
    // इंटरसिटी`), or an item of a list of such numbers (`13257 गया-आरा, 15642 सीवान कोर्ट एक्सप्रेस … निरस्त`: no 15,642 courts)
    // — never a figure with a qualifier, a scale or an adjective after it (`25000 से अधिक यात्री`, `45000 करोड़ का राजस्व`,
    // `12000 स्पेशल ट्रेनें`: reviewer)
    if (first.kind === 'digits' && group.end - group.start === 1 && TRAIN_NUMBER.test(first.text) && !unitAt(tokens, group.end)
      && tokens.some((t) => railway.has(t.text)) && (routeAfter(tokens, group.end) || listedTrain(tokens, group.start, listJoiners))) return true;
    // a number plate's last figures (`HR 26 DK 1234`): Latin letters, one or two figures and Latin letters before them
    if (first.kind === 'digits' && PLATE_END.test(first.text) && plateBefore(tokens, group.start)) return true;
    if ((first.kind === 'digits' || last.kind === 'digits') && inDigitRun(tokens, group.start, group.end - 1)) return true;
    if (refuseBefore.matchEnding(tokens, group.start) !== null || refuseAfter.match(tokens, group.end) !== null) return true;
    // a figure of a thousand or more before हजार says its thousands twice (`51000हजार रुपए`): 51,000 or 51 million, unsure
    if (first.kind === 'digits' && Number(first.text.replace(/,/gu, '')) >= THOUSAND && thousands.has(tokens[group.start + 1]?.text ?? '')) return true;
    // a label's number after a dash: `सेमेस्टर-5`, `कक्षा -10`, `ए.डी.जे.-14`
    if (DASHES.has(tokens[group.start - 1]?.text ?? '') && refuseBefore.matchEnding(tokens, group.start - 1) !== null) return true;
    // a reference coordinated with another (अनुच्छेद 14 और 16, धारा 302, 307), or a range's end (कक्षा 1 से 8, in words
    // too: कक्षा एक से आठ तक के स्कूल are no eight schools), is one too
    const link = tokens[group.start - 1];
    const previous = tokens[group.start - 2];
    // (a range's end only with no counted noun of its own: `सेक्टर 62 से 5 किलोमीटर`, `वार्ड 12 से 3 प्रत्याशी` count, reviewer)
    if (link?.text === RANGE && unitAt(tokens, group.end)) return false;
    const figure = previous !== undefined && (previous.kind === 'digits' || baseValue(lex, previous) !== undefined);
    return link !== undefined && CONJUNCTIONS.has(link.text) && figure && refuseBefore.matchEnding(tokens, group.start - 2) !== null;
  };
}
