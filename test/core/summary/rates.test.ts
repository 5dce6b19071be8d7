import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createRateFinder } from '../../../src/core/summary/rates.js';
import { build, type FactSpec } from './fact-builders.js';

const rates = createRateFinder(loadData(join(process.cwd(), 'config')).data.lexicon);
/** Each rate as "figure text → per …", and the figure it absorbs. */
const found = (hi: string, spec: FactSpec): string[] => {
  const { sentence, facts } = build(hi, spec);
  const at = rates(sentence, facts);
  const textAt = (start: number | undefined): string => facts.numbers.find((n) => n.span.start === start)?.text ?? '';
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => {
    const r = at.get(n.span.start);
    return `${n.text} → ${r?.per}${r?.absorbs !== undefined ? ` (absorbs ${textAt(r.absorbs)})` : ''}`;
  });
};

describe('figures that are a rate', () => {
  it.each([
    ['गेहूं का समर्थन मूल्य 2275 रुपये प्रति क्विंटल तय किया गया।', { numbers: [['2275 रुपये', 2275, 'rupee']] } as FactSpec, ['2275 रुपये → per quintal']],
    ['पेट्रोल 95 रुपये/लीटर बिक रहा है।', { numbers: [['95 रुपये', 95, 'rupee']] } as FactSpec, ['95 रुपये → per litre']],
    ['आज सोना 50929 रुपये प्रति 10 ग्राम पर खुला।', { numbers: [['50929 रुपये', 50929, 'rupee'], ['10 ग्राम', 10, 'gram']] } as FactSpec, ['50929 रुपये → per 10 grams (absorbs 10 ग्राम)']],
    // a price before a bare mass unit, no प्रति
    ['चांदी 64711 रुपये किलो के रेट से खुली।', { numbers: [['64711 रुपये', 64711, 'rupee']] } as FactSpec, ['64711 रुपये → per kg']],
    ['हर परिवार को 5 किलो प्रति व्यक्ति अनाज मिलेगा।', { numbers: [['5 किलो', 5, 'kg']] } as FactSpec, ['5 किलो → per person']],
    ['बिजली 8 रुपये प्रति यूनिट महंगी हुई।', { numbers: [['8 रुपये', 8, 'rupee']] } as FactSpec, ['8 रुपये → per unit']],
    // how often, right before the figure and its qualifier: without it a day's crowd reads as the fair's total
    ['मेले में रोज सवा करोड़ से अधिक श्रद्धालु स्नान कर रहे हैं।', { numbers: [['सवा करोड़ से अधिक श्रद्धालु', 12500000, 'person']] } as FactSpec, ['सवा करोड़ से अधिक श्रद्धालु → a day']],
    ['योजना में किसानों को हर साल 6000 रुपये मिलते हैं।', { numbers: [['6000 रुपये', 6000, 'rupee']] } as FactSpec, ['6000 रुपये → a year']],
  ])('%s', (hi, spec, want) => {
    expect(found(hi, spec)).toEqual(want);
  });
});

describe('figures that are no rate', () => {
  it.each([
    // प्रति before the figure, not after it
    ['प्रति किलो 20 रुपये की बढ़ोतरी हुई।', { numbers: [['20 रुपये', 20, 'rupee']] } as FactSpec],
    // a word after प्रति that is no unit (प्रतिशत is one word, not प्रति)
    ['महंगाई 5 प्रतिशत रही।', { numbers: [['5 प्रतिशत', 5, 'percent']] } as FactSpec],
    ['उन्होंने 500 रुपये प्रति माहवारी की बात कही।', { numbers: [['500 रुपये', 500, 'rupee']] } as FactSpec],
    // a bare unit after a figure that is no price: a weight, not a rate
    ['पुलिस ने 5 किलो गांजा और 2 किलो अफीम बरामद की।', { numbers: [['5 किलो', 5, 'kg'], ['2 किलो', 2, 'kg']] } as FactSpec],
    // a price of a thing, then a count: no rate
    ['उसने 2 लाख रुपये किसान को दिए।', { numbers: [['2 लाख रुपये', 200000, 'rupee']] } as FactSpec],
    // a dozen people is no rate (दर्जन only after प्रति: 50 रुपये प्रति दर्जन)
    ['बदमाशों ने 50 हजार रुपये दर्जन भर लोगों के सामने लूट लिए।', { numbers: [['50 हजार रुपये', 50000, 'rupee']] } as FactSpec],
    // a figure with no unit
    ['सूची में 12 प्रति व्यक्ति नाम हैं।', { numbers: [['12', 12, null]] } as FactSpec],
    // a word ending like a frequency word is none (रोज inside सरोज), nor one far before the figure
    ['मरीज सरोज 5 दिन से भर्ती है।', { numbers: [['5 दिन', 5, 'day']] } as FactSpec],
    ['रोज की तरह बाजार खुला और शाम तक 40 दुकानें बंद रहीं।', { numbers: [['40 दुकानें', 40, 'shop']] } as FactSpec],
  ])('%s', (hi, spec) => {
    expect(found(hi, spec)).toEqual([]);
  });
});
