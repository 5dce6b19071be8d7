import { isYearLike } from './digits.js';
import type { NumbersData } from './numbers-data.js';
import { isNumberToken, type NumberLexicon } from './number-words.js';
import { fold } from '../../text/devanagari.js';
import { PhraseTable, type Token } from './tokens.js';

const [IN, FROM, DATIVE] = ['में', 'से', 'को'].map((w) => fold(w).text);

/**
 * A bare count said of people without their noun, right before what befalls them (config `impliedPeople`):
 * `सात की हालत गंभीर`, `नौ के खिलाफ मुकदमा`, `पांच को उम्रकैद`, `दो की तलाश जारी`. Each phrase holds its own
 * postposition and what follows it, so `5 की हालत जर्जर` (a building's), `कोविड 19 के खिलाफ लड़ाई` says nothing; nor
 * does a part of a set said before it (`12 सड़कों में से 3 की हालत गंभीर`) or a day of the month (`21 को सजा सुनाई
 * जाएगी`). A year is never such a count (`2019 के खिलाफ`), and numbers after an id word (`धारा 376 की सजा`) are refused
 * before this is asked. A figure right after "of these" (`जिनमें से 3`) is a part of the set before it: `createOfThese`
 * decides what it counts.
 */
export function createImpliedPeople(data: NumbersData, lex: NumberLexicon): (tokens: readonly Token[], start: number, numberStart: number, end: number, limit: number) => string | null {
  // (a case against them makes them the accused: `ससुर समेत 4 के खिलाफ केस`, no four dead beside a death in a headline)
  const phrases = new PhraseTable([...data.impliedPeople.map((p) => [p, 'person'] as const), ...data.impliedAccused.map((p) => [p, 'accused'] as const)]);
  const ofThese = new PhraseTable(data.lists.ofThese.map((p) => [p, true] as const));
  return (tokens, start, numberStart, end, limit) => {
    const first = tokens[numberStart];
    if (first === undefined || (end - numberStart === 1 && isYearLike(first)) || ofThese.matchEnding(tokens, start) !== null) return null;
    // a part of a set counted before it (`12 सड़कों में से 3 की हालत`) is of that set (`घायलों में से चार`, no count, stays people)
    if (tokens[start - 1]?.text === FROM && tokens[start - 2]?.text === IN && tokens.slice(Math.max(0, start - 7), start - 3).some((t) => isNumberToken(lex, t))) return null;
    // …or before a bare में (`14 मैचों में 9 सफल रहे`, `40 ऑपरेशन में 38 सफल रहे`): 9 of the matches, no people
    // (the set's number right before its noun, an adjective at most between: not `दो दशक पुराने गबन केस में पांच को सजा सुनाई`)
    if (tokens[start - 1]?.text === IN && tokens.slice(Math.max(0, start - 4), start - 2).some((t) => isNumberToken(lex, t))) return null;
    // digits up to 31 before को are a day of the month as often (`अदालत 21 को सजा सुनाएगी`): only a number word counts there
    if (tokens[end]?.text === DATIVE && first.kind === 'digits' && end - numberStart === 1 && Number(first.text) <= 31) return null;
    return phrases.match(tokens, end, limit)?.value ?? null;
  };
}
