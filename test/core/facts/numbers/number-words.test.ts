import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createNumberLexicon, parseGroup } from '../../../../src/core/facts/numbers/number-words.js';
import { tokenize } from '../../../../src/core/facts/numbers/tokens.js';
import { foldKey } from '../../../../src/core/text/devanagari.js';

const lex = createNumberLexicon(loadData(join(process.cwd(), 'config')).data.numbers);

function valueOf(text: string): number | null {
  const tokens = tokenize(foldKey(text));
  const group = parseGroup(lex, tokens, 0, tokens.length);
  return group !== null && group.end === tokens.length ? group.value : null;
}

describe('number words and multipliers', () => {
  it.each([
    ['एक', 1], ['दो', 2], ['पाँच', 5], ['पांच', 5], ['छह', 6], ['छः', 6], ['नौ', 9], ['दस', 10],
    ['ग्यारह', 11], ['पंद्रह', 15], ['पन्द्रह', 15], ['उन्नीस', 19], ['बीस', 20], ['इक्कीस', 21],
    ['बाईस', 22], ['चौबीस', 24], ['पच्चीस', 25], ['छब्बीस', 26], ['सत्ताईस', 27], ['अट्ठाईस', 28],
    ['उनतीस', 29], ['तीस', 30], ['इकतीस', 31], ['तैंतीस', 33], ['पैंतीस', 35], ['अड़तीस', 38],
    ['उनतालीस', 39], ['चालीस', 40], ['बयालीस', 42], ['पैंतालीस', 45], ['अड़तालीस', 48],
    ['उनचास', 49], ['पचास', 50], ['इक्यावन', 51], ['तिरपन', 53], ['पचपन', 55], ['छप्पन', 56],
    ['उनसठ', 59], ['साठ', 60], ['चौंसठ', 64], ['पैंसठ', 65], ['सड़सठ', 67], ['उनहत्तर', 69],
    ['सत्तर', 70], ['बहत्तर', 72], ['पचहत्तर', 75], ['उन्यासी', 79], ['अस्सी', 80], ['चौरासी', 84],
    ['नवासी', 89], ['नब्बे', 90], ['इक्यानवे', 91], ['पंचानवे', 95], ['निन्यानवे', 99], ['निन्यानबे', 99],
    ['सौ', 100], ['एक सौ बीस', 120], ['दो हज़ार पांच सौ', 2500], ['ढाई हजार', 2500], ['डेढ़ सौ', 150],
    ['डेढ़', 1.5], ['ढाई', 2.5], ['साढ़े तीन', 3.5], ['साढ़े तीन सौ', 350], ['सवा सौ', 125],
    ['सवा लाख', 125000], ['पौने दो', 1.75], ['पौने दो लाख', 175000], ['दो लाख', 200000],
    ['2.5 लाख', 250000], ['3 करोड़', 30000000], ['48 लाख करोड़', 48e12], ['दो लाख पचास हजार', 250000],
    ['दो लाख पचास हजार करोड़', 2.5e12], ['2 लाख 50 हजार', 250000], ['1,50,000', 150000],
    ['30,000', 30000], ['1,234,567', 1234567], ['2.5', 2.5], ['५०', 50], ['१,५०,०००', 150000],
    ['5 अरब', 5e9], ['दो दर्जन', 24], ['हज़ारों', 1000], ['सैकड़ों', 100], ['दर्जनों', 12],
    ['लाखों', 100000], ['हजारों करोड़', 1e10], ['4.1 करोड़', 41000000], ['1.5 मिलियन', 1500000],
  ] as const)('%s = %d', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it.each(['दोनों', 'दोस्ती', 'कई', 'कुछ', 'पहली', 'तीसरे', '12345678', '007'])('%s is not a number', (text) => {
    expect(valueOf(text)).toBeNull();
  });

  it('two bare numbers in a row are two groups, not one', () => {
    const tokens = tokenize(foldKey('दो तीन'));
    expect(parseGroup(lex, tokens, 0, tokens.length)?.end).toBe(1);
  });
});
