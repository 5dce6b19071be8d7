import { createDemonymUnit } from './demonym-units.js';
import { createCompoundHead } from './compound-heads.js';
import type { NumbersData } from './numbers-data.js';
import { isNumberToken, type NumberLexicon } from './number-words.js';
import { PhraseTable, wordSet, type Token } from './tokens.js';

/** The counted noun found after a number: its English unit and token range (end exclusive). */
export interface UnitMatch {
  unit: string;
  start: number;
  end: number;
}

/** Finds the counted noun starting at token `i`, not reaching token `limit`. */
export type UnitFinder = (tokens: readonly Token[], i: number, limit: number, taken?: (k: number) => boolean, vague?: boolean) => UnitMatch | null;

/** Plural obliques typed without their nasal mark (मरीजो for मरीजों, लोगो for लोगों) count too; plurals in ें/ां only where
 * config lists the spelling (ट्रेने): stripped, many are verbs or other words (जीते, बसे, जाने; reviewer). */
const withoutNasal = (form: string): string[] => (/ों$/u.test(form) ? [form, form.replace(/ों$/u, 'ो')] : [form]);

/** Lexicon of counted nouns (every form → English unit, with nasal-less plural obliques). */
export function createUnitTable(data: NumbersData): PhraseTable<string> {
  return new PhraseTable(Object.entries(data.units).flatMap(([unit, forms]) => forms.flatMap(withoutNasal).map((f) => [f, unit] as const)));
}

/**
 * The unit of a phrase said right before the number (रिक्टर स्केल पर 5.4 → magnitude), or of the
 * thing counted in "X की संख्या (बढ़कर) N" (कर्मचारियों की संख्या 3,17,788 → employee), or null.
 */
export function createUnitsBefore(data: NumbersData): (tokens: readonly Token[], numberStart: number, floor: number) => string | null {
  const table = new PhraseTable(Object.entries(data.unitsBefore).flatMap(([unit, forms]) => forms.map((f) => [f, unit] as const)));
  const units = createUnitTable(data);
  const count = wordSet(data.countOf.words);
  const link = wordSet(data.countOf.links);
  const moves = wordSet(data.countOf.moves);
  const totals = wordSet(data.countOf.totals);
  const countOf = (tokens: readonly Token[], numberStart: number, floor: number): string | null => {
    let k = numberStart - 1;
    if (moves.has(tokens[k]?.text ?? '')) k--;
    if (!count.has(tokens[k]?.text ?? '')) return null;
    // (a total between: पुरुषों की कुल संख्या 132)
    const j = totals.has(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
    if (j <= floor || !link.has(tokens[j]?.text ?? '')) return null;
    return units.matchEnding(tokens, j, floor)?.value ?? null;
  };
  return (tokens, numberStart, floor) => table.matchEnding(tokens, numberStart, floor)?.value ?? countOf(tokens, numberStart, floor);
}

export function createCurrencyTable(data: NumbersData): PhraseTable<string> {
  return new PhraseTable(Object.entries(data.currency).flatMap(([unit, forms]) => forms.map((f) => [f, unit] as const)));
}

/**
 * Looks ahead for the counted noun of a number: `50 ऐसी मिसाइलों`, `तीन और ऐसे उपग्रहों`,
 * `दो छोटी दूरी की बैलिस्टिक मिसाइलें`. Up to `maxGap` words (adjectives, quantifier words,
 * one genitive का/की/के) may stand between; a stop word (postposition, verb, particle), a sign
 * or another number ends the noun phrase without a unit. After a vague plural the noun may follow a
 * genitive (लाखों की जिंदगी, हजारों के घर). A form that counts only alone (config `unitsAlone`: गोल्ड, स्वर्ण)
 * is one only where the phrase ends after it; before another noun it is that noun's adjective.
 */
/** A word whose first character is a vowel sign (not the anusvara folding makes of a half nasal, न्यायाधीश): a letter was lost before it. */
const BROKEN_WORD = /^[\u093E-\u094C\u0962\u0963]/u;

export function createUnitFinder(data: NumbersData, lex: NumberLexicon): UnitFinder {
  const units = createUnitTable(data);
  const stop = wordSet(data.stop);
  const genitive = wordSet(data.genitive);
  const maxGap = data.maxGap;
  const alone = new PhraseTable(data.unitsAlone.map((f) => [f, true] as const));
  const levels = wordSet(data.levelWords);
  const compoundHead = createCompoundHead(data, units);
  const currencies = new Set(Object.keys(data.currency));
  const isCurrency = (unit: string | undefined): boolean => unit !== undefined && currencies.has(unit);
  const joiners = wordSet(data.lists.joiners);
  const verbEnds = [...wordSet(data.phraseEndSuffixes)];
  /** A finite verb (खरीदेगी): the noun phrase has ended (`5 दाने खरीदेगी और किसानों`; a conjunction need not: `28 कैबिनेट और राज्य मंत्रियों`). */
  const finiteVerb = (text: string): boolean => verbEnds.some((e) => text.endsWith(e));
  /** The noun phrase ends at token `k`: a stop word, a postposition, a joiner, a sign, a number or the end. */
  const phraseEnds = (tokens: readonly Token[], k: number, limit: number): boolean => {
    const t = tokens[k];
    return k >= limit || t === undefined || t.kind === 'sign' || isNumberToken(lex, t) || stop.has(t.text) || genitive.has(t.text) || joiners.has(t.text);
  };
  /** A form that counts only alone (a medal's metal) describes the word after it: 12 गोल्ड बिस्किट, not 3 गोल्ड जीते. */
  // (also the material of a noun after its genitive: 5 सिल्वर के सिक्के, 2 गोल्ड की अंगूठी — not 3 गोल्ड के साथ)
  const ofNoun = (tokens: readonly Token[], k: number): boolean =>
    genitive.has(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'word' && !stop.has(tokens[k + 1]?.text ?? '') && !units.match(tokens, k + 1);
  const describes = (tokens: readonly Token[], q: number, length: number, limit: number): boolean =>
    alone.match(tokens, q)?.length === length && (!phraseEnds(tokens, q + length, limit) || ofNoun(tokens, q + length));
  const demonymAt = createDemonymUnit(data, units);
  const times = new Set(data.timeUnits);
  return (tokens, i, limit, taken = () => false, vague = false) => {
    let gap = 0;
    let crossedGenitive = false;
    for (let q = i; q < limit; q++) {
      // a word that opens with a vowel sign is a typo's broken word (`5 ुई दिन`): nothing after it is the figure's noun
      if (BROKEN_WORD.test(tokens[q]?.text ?? '')) return null;
      if (q === i && demonymAt(tokens, q) !== null) return demonymAt(tokens, q);
      if (taken(q)) {
        // a claimed name right before the noun is its adjective (सैकड़ों फलस्तीनी कैदियों, 12 भाजपा विधायक)
        let r = q;
        while (r < tokens.length && taken(r) && tokens[r]?.kind === 'word') r++;
        const noun = r > q && !taken(r) ? units.match(tokens, r) : null;
        if (noun !== null && !describes(tokens, r, noun.length, tokens.length)) return { unit: noun.value, start: r, end: r + noun.length };
        return demonymAt(tokens, q);
      }
      const found = units.match(tokens, q, limit);
      // a metal that describes the noun after it is an adjective: the search goes on (2 गोल्ड चेन, ब्रॉन्ज पदक)
      // (so is a noun before स्तरीय: 77 राज्य स्तरीय विश्वविद्यालय)
      const usable = found !== null && !describes(tokens, q, found.length, limit) && !levels.has(tokens[q + found.length]?.text ?? '');
      if (found !== null && usable && !Array.from({ length: found.length }, (_, k) => taken(q + k)).some(Boolean)) {
        // `तीन और ऐसे उपग्रहों` is three more satellites, but in `73 और महिला मतदाताओं ने 66 प्रतिशत` and
        // `5 और दूसरे दिन 7 लोगों` और joins two figures: the noun after it is the second one's, not a unit
        // (a name between them is no word of the window when the second figure, past its scale words, counts a noun or
        // ends the clause: `वर्मा को 215 और निर्दल प्रत्याशी सुनीता देवी को 38 हजार मत`; not a date's day or a year before
        // a word, `पांच और आरोपियों को एसपी रमेश सिंह 20 जून को`, reviewer)
        const counted = (k: number): boolean => {
          let j = k + 1;
          while (j < limit && tokens[j] !== undefined && isNumberToken(lex, tokens[j] as Token)) j++;
          const next = tokens[j];
          return next === undefined || j >= limit || next.kind === 'sign' || units.match(tokens, j, limit) !== null;
        };
        if (tokens[i]?.text === AND && q > i && numberSoonAfter(tokens, q + found.length, (t) => isNumberToken(lex, t), taken, counted)) return null;
        // (a span of time is never a thing's: `दो तांबे के घंटे` are bells)
        if (crossedGenitive && times.has(found.value)) return null;
        const compound = compoundHead(tokens, q, found, limit, taken);
        if (compound !== null) return compound;
        return { unit: found.value, start: q, end: q + found.length };
      }
      const token = tokens[q] as Token;
      // `6000/- रुपये`: the slash and dash that close an amount stand before its currency word (only: `40/- किलो` is a price
      // per kilo, no 40 kg)
      if (q === i && token.text === '/' && tokens[q + 1]?.text === '-' && isCurrency(units.match(tokens, q + 2, limit)?.value)) {
        q++;
        continue;
      }
      if (token.kind === 'sign') {
        // a hyphen inside a compound adjective (छोटी-दूरी) or before a glued unit (दो-दिवसीय) is part of the phrase
        const inside = token.text === '-' && token.glued && tokens[q + 1]?.glued === true && (q > i || units.match(tokens, q + 1) !== null);
        if (inside) continue;
        return null;
      }
      // a word with a figure hyphened to it is a name of a format or model (189 टी-20 इंटरनेशनल मैच, 5 एस-400 सिस्टम), no second figure
      const coded = token.kind === 'digits' && token.glued && tokens[q - 1]?.text === '-' && tokens[q - 1]?.glued === true && q - 2 >= i && tokens[q - 2]?.kind === 'word'
        && (tokens[q - 2]?.text.length ?? 0) <= CODE_LETTERS;
      if (coded) continue;
      // (a multiplier that names before its noun is an adjective here: `14 अरब देशों` counts Arab countries)
      if (isNumberToken(lex, token) && lex.names.get(token.text)?.has(tokens[q + 1]?.text ?? '') !== true) return null;
      // checked before stop words: folded की equals the conjunction कि
      if (genitive.has(token.text)) {
        if (crossedGenitive || (q === i && !vague)) return null;
        crossedGenitive = true;
      } else if (stop.has(token.text) || finiteVerb(token.text)) {
        return null;
      } else if (q > i && joiners.has(token.text) && units.match(tokens, q + 1, limit)?.length === 1) {
        // unread words, then और and a one-word noun: the figure counted the unread thing, the noun is a conjunct of its own
        // (`5 पेजर डिवाइस और चाकू` are no knives; `28 कैबिनेट और राज्य मंत्रियों` still counts ministers)
        return null;
      }
      if (gap >= maxGap) return null;
      gap++;
    }
    return null;
  };
}

/** Longest letter part of a code before its hyphened figure (टी-20, एस-400, मिग-21): a longer word is a word (नुकसान-5 घंटे). */
const CODE_LETTERS = 4;

/** और (folded like the text): "more" right after a number, or a conjunction. */
const AND = 'और';
/** How many words after a noun may stand before the second figure of a coordination (ने, में, दिन). */
const SECOND_FIGURE_WITHIN = 3;

function numberSoonAfter(tokens: readonly Token[], from: number, isNumber: (t: Token) => boolean, taken: (k: number) => boolean, counted: (k: number) => boolean): boolean {
  let words = 0;
  let acrossName = false;
  for (let k = from; k < tokens.length && words < SECOND_FIGURE_WITHIN; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'sign') return false;
    if (isNumber(t)) return !acrossName || counted(k);
    if (taken(k)) acrossName = true;
    else words++;
  }
  return false;
}
