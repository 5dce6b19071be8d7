import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createMovementFinder } from '../../../src/core/summary/movements.js';
import { build, type FactSpec } from './fact-builders.js';

const moves = createMovementFinder(loadData(join(process.cwd(), 'config')).data.lexicon);
const found = (hi: string, spec: FactSpec): string[] => {
  const { sentence, facts } = build(hi, spec);
  const at = moves(sentence, facts);
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => `${n.text}: ${at.get(n.span.start)}`);
};

describe('figures that are no move of a value', () => {
  it.each([
    // shares that fell are a count of shares, not a fall by 20 shares
    ['सेंसेक्स के 30 में से 20 शेयर गिरावट के साथ बंद हुए।', { numbers: [['20 शेयर', 20, 'share']] } as FactSpec],
    // a lead (बढ़त) in seats is no rise in them
    ['भाजपा 240 सीटों पर बढ़त बनाए हुए है।', { numbers: [['240 सीटों', 240, 'seat']] } as FactSpec],
    // a shortfall (कमी) of money is no fall
    ['विभाग में 5 करोड़ रुपये की कमी है।', { numbers: [['5 करोड़ रुपये', 5e7, 'rupee']] } as FactSpec],
    // people who fell are casualties, not a fall of a value
    ['हादसे में 5 लोग गिरकर घायल हो गए।', { numbers: [['5 लोग', 5, 'person']] } as FactSpec],
    // a noun that starts like a verb of falling (घटना) is no fall
    ['जिले में 12 प्रतिशत घटनाएं दर्ज हुईं।', { numbers: [['12 प्रतिशत', 12, 'percent']] } as FactSpec],
    // a conjunctive of a body's movement (climbing onto, stepping forward) moves no value (reviewer: "to 10 lakh rupees")
    ['लोगों ने टंकी पर चढ़कर 10 लाख रुपये देने की मांग की।', { numbers: [['10 लाख रुपये', 1e6, 'rupee']] } as FactSpec],
    ['उद्योगपति ने आगे बढ़कर 5 लाख रुपये की मदद की।', { numbers: [['5 लाख रुपये', 5e5, 'rupee']] } as FactSpec],
    // a level with no verb of moving
    ['महंगाई दर 5 प्रतिशत पर रही।', { numbers: [['5 प्रतिशत', 5, 'percent']] } as FactSpec],
    // a level crossed is no change (zzs first run: "down less than 17,000 points")
    ['निफ्टी 17,000 से नीचे फिसल गया।', { numbers: [['17,000 से नीचे', 17000, 'point']] } as FactSpec],
    ['सेंसेक्स 60,000 के पार उछल गया।', { numbers: [['60,000 के पार', 60000, 'point']] } as FactSpec],
  ])('%s', (hi, spec) => {
    expect(found(hi, spec)).toEqual([]);
  });
});

describe('no change is shared across unlike figures, and a limit with no change stays a limit', () => {
  it.each([
    // a level (पेट्रोल 100 रुपए) beside a change after another case marker (डीजल में … की बढ़ोतरी) is no rise
    ['पेट्रोल 100 रुपए और डीजल में 2 रुपए की बढ़ोतरी हुई।', { numbers: [['100 रुपए', 100, 'rupee'], ['2 रुपए', 2, 'rupee']] } as FactSpec, [], ['2 रुपए: up']],
    // a figure in another unit before the change's figure does not take it (10 gram is the rate's)
    ['सोना 10 ग्राम और चांदी में 500 रुपए की बढ़ोतरी हुई।', { numbers: [['10 ग्राम', 10, 'gram'], ['500 रुपए', 500, 'rupee']] } as FactSpec, [], ['500 रुपए: up']],
    // with no case marker before both, the first may be a level (reviewer: "up Rs 72,350", "up 74,000 points")
    ['सोना 72,350 रुपए प्रति 10 ग्राम और चांदी 1,200 रुपए उछलकर 86,500 रुपए पर पहुंची।', { numbers: [['72,350 रुपए', 72350, 'rupee'], ['10 ग्राम', 10, 'gram'], ['1,200 रुपए', 1200, 'rupee'], ['86,500 रुपए', 86500, 'rupee']] } as FactSpec, [], ['1,200 रुपए: up', '86,500 रुपए: to']],
    ['सेंसेक्स 74,000 अंक और निफ्टी 150 अंक चढ़ा।', { numbers: [['74,000 अंक', 74000, 'point'], ['150 अंक', 150, 'point']] } as FactSpec, [], ['150 अंक: up']],
    // a level reached (तक with no limit: `45 डिग्री तक चढ़ गया`, to 45) is no change (reviewer)
    ['पारा 45 डिग्री तक चढ़ गया।', { numbers: [['45 डिग्री', 45, 'degree']] } as FactSpec, [], []],
    ['प्याज के दाम 10 रुपए प्रति किलो तक गिर गए।', { numbers: [['10 रुपए', 10, 'rupee']] } as FactSpec, [], []],
    // up to a figure with no rise or fall after it is a limit, not a change (5 करोड़ रुपए तक की राशि)
    ['निगम 5 करोड़ रुपए तक की राशि स्वीकृत कर सकेगा।', { numbers: [['5 करोड़ रुपए', 5e7, 'rupee']] } as FactSpec, ['5 करोड़ रुपए'], []],
  ] as [string, FactSpec, string[], string[]][])('%s', (hi, spec, upTo, want) => {
    const { sentence, facts } = build(hi, spec);
    for (const n of facts.numbers) if (upTo.includes(n.text)) n.qualifier = 'up to';
    const at = moves(sentence, facts);
    expect(facts.numbers.filter((n) => at.has(n.span.start)).map((n) => `${n.text}: ${at.get(n.span.start)}`)).toEqual(want);
  });
});
