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

/** Plural obliques typed without their nasal mark (मरीजो for मरीजों, लोगो for लोगों) count too. */
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
  const countOf = (tokens: readonly Token[], numberStart: number, floor: number): string | null => {
    let k = numberStart - 1;
    if (moves.has(tokens[k]?.text ?? '')) k--;
    if (k - 1 <= floor || !count.has(tokens[k]?.text ?? '') || !link.has(tokens[k - 1]?.text ?? '')) return null;
    return units.matchEnding(tokens, k - 1, floor)?.value ?? null;
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
export function createUnitFinder(data: NumbersData, lex: NumberLexicon): UnitFinder {
  const units = createUnitTable(data);
  const stop = wordSet(data.stop);
  const genitive = wordSet(data.genitive);
  const maxGap = data.maxGap;
  const demonyms = wordSet(data.demonyms);
  const alone = new PhraseTable(data.unitsAlone.map((f) => [f, true] as const));
  const joiners = wordSet(data.lists.joiners);
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
  /** A demonym with no counted noun after it counts people: 49 भारतीयों समेत, 851 भारतीय भी हैं (not 5 भारतीय कंपनियों). */
  const demonymAt = (tokens: readonly Token[], q: number): UnitMatch | null => {
    const noun = units.match(tokens, q + 1) ?? units.match(tokens, q + 2);
    return noun === null && demonyms.has(tokens[q]?.text ?? '') ? { unit: 'person', start: q, end: q + 1 } : null;
  };
  return (tokens, i, limit, taken = () => false, vague = false) => {
    let gap = 0;
    let crossedGenitive = false;
    for (let q = i; q < limit; q++) {
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
      const usable = found !== null && !describes(tokens, q, found.length, limit);
      if (found !== null && usable && !Array.from({ length: found.length }, (_, k) => taken(q + k)).some(Boolean)) {
        // `तीन और ऐसे उपग्रहों` is three more satellites, but in `73 और महिला मतदाताओं ने 66 प्रतिशत` and
        // `5 और दूसरे दिन 7 लोगों` और joins two figures: the noun after it is the second one's, not a unit
        if (tokens[i]?.text === AND && q > i && numberSoonAfter(tokens, q + found.length, (t) => isNumberToken(lex, t))) return null;
        return { unit: found.value, start: q, end: q + found.length };
      }
      const token = tokens[q] as Token;
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
      if (isNumberToken(lex, token)) return null;
      // checked before stop words: folded की equals the conjunction कि
      if (genitive.has(token.text)) {
        if (crossedGenitive || (q === i && !vague)) return null;
        crossedGenitive = true;
      } else if (stop.has(token.text)) {
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

function numberSoonAfter(tokens: readonly Token[], from: number, isNumber: (t: Token) => boolean): boolean {
  for (let k = from; k < Math.min(tokens.length, from + SECOND_FIGURE_WITHIN); k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'sign') return false;
    if (isNumber(t)) return true;
  }
  return false;
}

/** A word after a money noun that makes it part of a compound noun (सब्सिडी वाले घरों). */
const COMPOUND_AFTER = /^(?:वाले|वाली|वाला|युक्त|प्राप्त)$/u;

/** Most plain words between की/का/के and the money noun it owns (की स्वेच्छा अनुदान राशि). */
const MONEY_MODIFIERS = 2;

/** Smallest multiplier (लाख) ending an amount that a count after its genitive puts in rupees (… लाख के 25 कार्यों). */
const PRICED_COUNT_SCALE = 100000;

/** Smallest multiplier (हजार) ending an amount that a money noun after it puts in rupees. */
const MONEY_SCALE = 1000;

/**
 * True when an amount ending in हजार/लाख/करोड़ at `end` is followed by की/का/के and a money noun (500 करोड़ की
 * लागत, 1 लाख से ज्यादा के जाली नोट), or right away by one that is never anything else (4 लाख मुआवजे), or comes right after a word of
 * earnings or spending (`कलेक्शन 4 करोड़`, `ने कमाए 2.25 करोड़`) that starts at `start`, or right before a verb of
 * giving (`50 हजार दिए जाएंगे`).
 */
export function createMoneyNoun(data: NumbersData): (tokens: readonly Token[], start: number, end: number, scale: number) => boolean {
  const nouns = wordSet(data.moneyNouns);
  const after = wordSet(data.moneyNounsAfter);
  const before = wordSet(data.moneyWordsBefore);
  const verbs = wordSet(data.moneyVerbsAfter);
  const genitive = wordSet(data.genitive);
  const stop = wordSet([...data.stop, ...data.lists.joiners, ...data.moneyEnds]);
  const counted = createUnitTable(data);
  /** The amount ends its phrase: a stop word, a genitive, a sign or the end follows (not a noun it counts: व्यूज). */
  const ends = (t: Token | undefined): boolean => t === undefined || t.kind !== 'word' || stop.has(t.text) || genitive.has(t.text);
  /**
   * A money noun after the genitive at `g`, across at most two plain words (5 लाख की स्वेच्छा अनुदान राशि). A counted
   * noun on the way is what the amount counts, and the money noun is another phrase's (2 लाख की आबादी नुकसान झेल रही है).
   */
  const ownedMoney = (tokens: readonly Token[], g: number): boolean => {
    for (let k = g + 1; k <= g + 1 + MONEY_MODIFIERS; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== 'word' || stop.has(t.text) || genitive.has(t.text)) return false;
      if (nouns.has(t.text)) return true;
      if (counted.match(tokens, k) !== null) return false;
    }
    return false;
  };
  return (tokens, start, end, scale) => scale >= MONEY_SCALE
    && ((genitive.has(tokens[end]?.text ?? '') && ownedMoney(tokens, end))
      // lakhs or crores "of" a count of things (`514.43 लाख के 25 कार्यों`): what they cost
      || (scale >= PRICED_COUNT_SCALE && genitive.has(tokens[end]?.text ?? '') && tokens[end + 1]?.kind === 'digits')
      // not inside a compound (`50 हजार सब्सिडी वाले घरों` counts houses)
      || (after.has(tokens[end]?.text ?? '') && !COMPOUND_AFTER.test(tokens[end + 1]?.text ?? ''))
      || (before.has(tokens[start - 1]?.text ?? '') && ends(tokens[end]))
      // an amount given (`घायलों को 50 हजार दिए जाएंगे`)
      || verbs.has(tokens[end]?.text ?? ''));
}
