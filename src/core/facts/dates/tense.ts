import { alternation } from '../../text/boundaries.js';
import type { Tense } from './candidate.js';
import type { DateLexicon } from './lexicon.js';

interface Token {
  text: string;
  start: number;
  /** Punctuation or a clause-opening word (कि, और, लेकिन). */
  boundary: boolean;
}

/** Most words between a forecast noun and its auxiliary (संभावना व्यक्त की है). */
const FORECAST_VERB = 4;
/** The passive's infinitive (`खेले जाने वाले`): the word before it is the event's own verb. */
const PASSIVE = lightFold('जाने');

/** Finds the tense of the clause around a span of the (original, unfolded) sentence text. */
export type TenseDetector = (text: string, start: number, end: number) => Tense;

/**
 * Light normalisation for verb forms: nukta, ZWJ/ZWNJ and chandrabindu only. Vowel length is kept,
 * because full folding merges की (postposition, past of करना) with कि (the clause opener "that").
 */
export function lightFold(text: string): string {
  return text.normalize('NFD').replace(/[\u093C\u200C\u200D]/g, '').normalize('NFC').replace(/ँ/g, 'ं').toLowerCase();
}

/**
 * Tense from the verb group, read in the clause after the expression first (Hindi verbs close the
 * clause), then before it, then in the rest of the sentence. Future forms (करेंगे, होगी, होने वाली),
 * past auxiliaries (था), perfective participles (किया, गया; with है still past), progressive + है
 * (present), है/हैं alone (present); an ergative ने is a weak sign of the past.
 */
export function createTenseDetector(lex: DateLexicon): TenseDetector {
  const t = lex.data.tense;
  const set = (list: readonly string[]): Set<string> => new Set(list.map((w) => lightFold(w.trim())));
  const [future, past, participles, clauseFinal, progressive, present, ergative, prospective, boundaries, expectations] = [
    set(t.future), set(t.past), set(t.participles), set(t.clauseFinalPast), set(t.progressive),
    set(t.present), set(t.ergative), set(t.prospective), set(t.clauseBoundaries), set(t.expectations),
  ];
  const ending = (list: readonly string[]): RegExp =>
    new RegExp(list.length === 0 ? '(?!)' : `(?:${alternation(list.map((w) => lightFold(w.trim())))})$`, 'u');
  const futureEnding = ending(t.futureEndings);
  const participleEnding = ending(t.participleEndings);
  const aux = new Set([...past, ...present]);
  const modals = set(t.possibility);
  const scheduled = set(t.scheduled);
  const reasons = set(t.scheduledNotAfter);
  const deadlines = t.deadlines.map((d) => d.trim().split(/\s+/u).map(lightFold));
  const KAL = lightFold('कल');
  /** Infinitives of an event's happening before वाला (config tense.happening): about to happen even before a noun. */
  const happening = new Set(t.happening.map(lightFold));
  // (होने after a state is who became it, `घायल होने वाले`: only after one of tense.eventBefore is it an event's)
  const eventBefore = new Set(t.eventBefore.map(lightFold));
  const happens = (tokens: Token[], k: number, from: number): boolean => {
    const verb = (tokens[k] as Token).text;
    if (!happening.has(verb)) return false;
    // (right after the date itself, `कल होने वाली बैठक`, it is the event's too)
    return verb !== lightFold('होने') || k <= from || eventBefore.has(tokens[k - 1]?.text ?? '');
  };
  /** The first auxiliary within a few words after token i, if any. */
  const auxAfter = (tokens: Token[], i: number, to: number): string | undefined =>
    tokens.slice(i + 1, Math.min(to, i + 1 + FORECAST_VERB)).map((tok) => tok.text).find((w) => aux.has(w));
  // a forecast said now (बारिश की संभावना है, संभावना जताई है), not one said before (अनुमान जताया था)
  const forecast = (tokens: Token[], i: number, to: number): boolean => expectations.has((tokens[i] as Token).text) && present.has(auxAfter(tokens, i, to) ?? '');
  // a possibility (हो सकती है, बारिश हो सकती है): of what may yet happen (not हो सकता था)
  const possible = (tokens: Token[], i: number, to: number): boolean => {
    if (!modals.has((tokens[i] as Token).text)) return false;
    const next = tokens[i + 1];
    return next === undefined || i + 1 >= to || next.boundary || present.has(next.text);
  };

  /** The tense signalled by tokens[from..to) read forward; `weak` reports a past ergative only. */
  const scan = (tokens: Token[], from: number, to: number, ahead: boolean): { tense: Tense; weak: boolean } => {
    let weak = false;
    for (let i = from; i < to; i++) {
      const word = (tokens[i] as Token).text;
      const next = tokens[i + 1];
      const closes = next === undefined || i + 1 >= to || next.boundary || aux.has(next.text);
      if (future.has(word) || (word.length > 3 && futureEnding.test(word))) return { tense: 'future', weak: false };
      if (forecast(tokens, i, to) || possible(tokens, i, to)) return { tense: 'future', weak: false };
      // `सुनवाई मंगलवार को होनी है`: what is to happen
      if (ahead && scheduled.has(word) && next !== undefined && i + 1 < to && present.has(next.text) && tokens[i - 1]?.text !== '-'
        && !tokens.slice(0, i).some((tok) => reasons.has(tok.text))) return { tense: 'future', weak: false };
      // `होने वाली बैठक`, `उद्घाटन करने वाले हैं`: about to happen; `ठगी करने वाले तीन लोगों` (those who did it) is no tense
      if (prospective.has(word) && i > from && /..ने$/u.test((tokens[i - 1] as Token).text) && (happens(tokens, i - 1, from) || closes)) {
        // (further on, before a noun, it describes the noun — `सोमवार को … धनबाद जाने वाली ट्रेन … रवाना कर दी गई`: the
        // clause's verb decides; right after the date, `सोमवार को होने वाली परीक्षा`, it is the date's own event)
        const between = tokens.slice(from, i - 1);
        const own = (tokens[i - 1]?.text === PASSIVE ? between.slice(0, -1) : between).every((tok) => eventBefore.has(tok.text));
        const later = closes || own ? null : scan(tokens, i + 1, to, ahead);
        return later === null || later.tense === 'unknown' ? { tense: 'future', weak: false } : later;
      }
      if (past.has(word)) return { tense: 'past', weak: false };
      const perfective = participles.has(word) || (closes && (clauseFinal.has(word) || (word.length > 3 && participleEnding.test(word))));
      if (perfective || progressive.has(word)) {
        // the auxiliaries after it decide: किया जाएगा (future), किया जा रहा है (present), रहा था (past)
        const group = tokens.slice(i + 1, Math.min(to, i + 4)).map((tok) => tok.text);
        if (group.some((w) => future.has(w) || (w.length > 3 && futureEnding.test(w)))) return { tense: 'future', weak: false };
        const prog = group.findIndex((w) => progressive.has(w));
        const auxAt = progressive.has(word) ? 0 : prog + 1;
        const auxWord = prog < 0 && !progressive.has(word) ? undefined : group[auxAt];
        if (auxWord !== undefined && present.has(auxWord)) return { tense: 'present', weak: false };
        if (perfective || (auxWord !== undefined && past.has(auxWord))) return { tense: 'past', weak: false };
        if (auxWord === undefined && closes) return { tense: 'past', weak: false }; // रही। = remained
      }
      if (present.has(word)) return { tense: 'present', weak: false };
      if (ergative.has(word)) weak = true;
    }
    return { tense: 'unknown', weak };
  };

  // the tokens of the last sentence read: a sentence with many dates is tokenised once, not per date
  let last: { text: string; tokens: Token[] } | null = null;
  return (text, start, end) => {
    if (last?.text !== text) last = { text, tokens: tokenize(text, boundaries) };
    const tokens = last.tokens;
    const first = tokens.findIndex((tok) => tok.start >= end);
    const after = first < 0 ? tokens.length : first;
    const before = tokens.findIndex((tok) => tok.start >= start);
    const inside = before < 0 ? tokens.length : before;
    let clauseEnd = after;
    while (clauseEnd < tokens.length && !(tokens[clauseEnd] as Token).boundary) clauseEnd++;
    let clauseStart = inside;
    while (clauseStart > 0 && !(tokens[clauseStart - 1] as Token).boundary) clauseStart--;
    // (a date since when, `जनवरी से`, is never ahead of a present infinitive)
    const since = /^\s*से(?![\p{L}\p{M}])/u.test(text.slice(end));
    // a date's deadline word right before कल looks ahead (`अंतिम तिथि कल है` too) unless its own clause says it was
    // (`अंतिम तिथि कल थी`); a weekday after one is read as any other (its clause's verb may be one the scan does not know)
    if (lightFold(text.slice(start, end).trim()) === KAL && deadlines.some((d) => d.length <= inside - clauseStart && d.every((w, k) => tokens[inside - d.length + k]?.text === w))) {
      const own = scan(tokens, after, clauseEnd, !since);
      // (an ergative after it is a past report's, `… कल 38 लोगों ने फॉर्म जमा`: read as before)
      if (!own.weak) return own.tense === 'unknown' || own.tense === 'present' ? 'future' : own.tense;
    }
    const windows: [number, number][] = [[after, clauseEnd], [clauseStart, inside], [clauseEnd, tokens.length], [0, clauseStart]];
    let weak = false;
    for (const [from, to] of windows) {
      const found = scan(tokens, from, to, !since);
      if (found.tense !== 'unknown') return found.tense;
      weak ||= found.weak;
      if (weak) return 'past';
    }
    return 'unknown';
  };
}

function tokenize(text: string, boundaries: Set<string>): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const word = lightFold(match[0]);
    const punct = !/[\p{L}\p{M}\p{N}]/u.test(word);
    // brackets hold a gloss or an aside (बंदाई (Bandai) में किया जाएगा): they neither end a clause nor close a verb
    if (/^[()[\]]$/u.test(word)) continue;
    const boundary = punct ? !/^[-–—‐'’.]$/u.test(word) : boundaries.has(word);
    tokens.push({ text: word, start: match.index ?? 0, boundary });
  }
  return tokens;
}
