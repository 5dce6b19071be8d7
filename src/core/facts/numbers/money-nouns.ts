import type { NumbersData } from './numbers-data.js';
import { wordSet, type Token } from './tokens.js';
import { createUnitTable } from './units.js';

/** A word after a money noun that makes it part of a compound noun (सब्सिडी वाले घरों). */
const COMPOUND_AFTER = /^(?:वाले|वाली|वाला|युक्त|प्राप्त)$/u;

/** Most plain words between की/का/के and the money noun it owns (की स्वेच्छा अनुदान राशि). */
const MONEY_MODIFIERS = 2;

/** Smallest multiplier (लाख) ending an amount that a count after its genitive puts in rupees (… लाख के 25 कार्यों). */
const PRICED_COUNT_SCALE = 100000;

/** Smallest multiplier (हजार) ending an amount that a money noun after it puts in rupees. */
const MONEY_SCALE = 1000;

/** The dative (folded like the text): the one an amount is given to. */
const DATIVE = 'को';

/**
 * True when an amount ending in हजार/लाख/करोड़ at `end` is followed by की/का/के and a money noun (500 करोड़ की
 * लागत, 1 लाख से ज्यादा के जाली नोट), or right away by one that is never anything else (4 लाख मुआवजे), or comes right after a word of
 * earnings or spending (`कलेक्शन 4 करोड़`, `ने कमाए 2.25 करोड़`) that starts at `start`, or right before a verb of
 * giving with the one it is given to (`घायलों को 50 हजार दिए जाएंगे`) or of earning (`21 करोड़ कमा लिए`), or is priced per a weight of goods (`75,687 प्रति
 * 10 ग्राम`). A figure `written` out in four or more digits
 * (`21000 का इनाम`) only before a noun that is never anything but money.
 */
export function createMoneyNoun(data: NumbersData): (tokens: readonly Token[], start: number, end: number, scale: number, written?: boolean) => boolean {
  const nouns = wordSet(data.moneyNouns);
  const after = wordSet(data.moneyNounsAfter);
  const before = wordSet(data.moneyWordsBefore);
  const verbs = wordSet(data.moneyVerbsAfter);
  const earns = wordSet(data.earnVerbsAfter);
  const genitive = wordSet(data.genitive);
  const stop = wordSet([...data.stop, ...data.lists.joiners, ...data.moneyEnds]);
  const counted = createUnitTable(data);
  // (the rate words of the qualifiers: प्रति, `/`)
  const per = wordSet(data.qualifiers.rateWords);
  const goods = wordSet(data.pricedPer);
  const worth = wordSet(data.goodsWorth);
  /**
   * `प्रति 10 ग्राम`, `प्रति किलोग्राम` at `end`: a price per a weight or volume of goods — not for the last figure
   * of a comma run (`69, 329 प्रति 10 ग्राम` may be one price with a stray space, or two figures: unsure).
   */
  const pricedPer = (tokens: readonly Token[], start: number, end: number): boolean => {
    if (!per.has(tokens[end]?.text ?? '') || (tokens[start - 1]?.text === ',' && tokens[start - 2]?.kind === 'digits')) return false;
    const unitAt = tokens[end + 1]?.kind === 'digits' ? end + 2 : end + 1;
    return goods.has(tokens[unitAt]?.text ?? '');
  };
  /** The amount ends its phrase: a stop word, a genitive, a sign or the end follows (not a noun it counts: व्यूज). */
  const ends = (t: Token | undefined): boolean => t === undefined || t.kind !== 'word' || stop.has(t.text) || genitive.has(t.text);
  /**
   * A money noun after the genitive at `g`, across at most two plain words (5 लाख की स्वेच्छा अनुदान राशि). A counted
   * noun on the way is what the amount counts, and the money noun is another phrase's (2 लाख की आबादी नुकसान झेल रही है).
   */
  const ownedMoney = (tokens: readonly Token[], g: number, money: ReadonlySet<string> = nouns): boolean => {
    for (let k = g + 1; k <= g + 1 + MONEY_MODIFIERS; k++) {
      const t = tokens[k];
      if (t === undefined || t.kind !== 'word' || stop.has(t.text) || genitive.has(t.text)) return false;
      if (money.has(t.text)) return true;
      if (counted.match(tokens, k) !== null) return false;
    }
    return false;
  };
  const genitiveAt = (tokens: readonly Token[], k: number): boolean => genitive.has(tokens[k]?.text ?? '');
  /** Not inside a compound (`50 हजार सब्सिडी वाले घरों` counts houses). */
  const nounAfter = (tokens: readonly Token[], end: number): boolean => after.has(tokens[end]?.text ?? '') && !COMPOUND_AFTER.test(tokens[end + 1]?.text ?? '');
  return (tokens, start, end, scale, written = false) => pricedPer(tokens, start, end) || (written
    // a figure written out (`21000 का इनाम`) only before a noun that is never anything but money (not `1500 की बिक्री`: cars)
    ? (genitiveAt(tokens, end) && ownedMoney(tokens, end, after)) || nounAfter(tokens, end)
    : scale >= MONEY_SCALE
    && ((genitiveAt(tokens, end) && ownedMoney(tokens, end))
      // lakhs or crores "of" a count of things (`514.43 लाख के 25 कार्यों`), or of goods (`लाखों के मोबाइल`, `2 लाख के
      // जेवर`): what they cost, never "lakhs of phones"
      || (scale >= PRICED_COUNT_SCALE && genitiveAt(tokens, end) && (tokens[end + 1]?.kind === 'digits' || ownedMoney(tokens, end, worth)))
      || nounAfter(tokens, end)
      || (before.has(tokens[start - 1]?.text ?? '') && ends(tokens[end]))
      // an amount given to someone (`घायलों को 50 हजार दिए जाएंगे`; not `25 लाख दिये जलाए`: lamps, nor `जनता ने 80 हजार दिए`)
      || (verbs.has(tokens[end]?.text ?? '') && tokens[start - 1]?.text === DATIVE)
      // an amount earned (`दूसरे दिन 21 करोड़ कमा लिए`)
      || earns.has(tokens[end]?.text ?? '')));
}
