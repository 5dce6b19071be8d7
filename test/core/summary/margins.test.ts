import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createMarginFinder } from '../../../src/core/summary/margins.js';
import { build, type FactSpec } from './fact-builders.js';

const margins = createMarginFinder(loadData(join(process.cwd(), 'config')).data.lexicon);
const found = (hi: string, spec: FactSpec): string[] => {
  const { sentence, facts } = build(hi, spec);
  const at = margins(sentence, facts);
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => n.text);
};

describe('figures that are a winning margin', () => {
  it.each([
    ['भाजपा के दारा सिंह चौहान को 42,759 वोटों से हरा दिया।', { numbers: [['42,759 वोटों', 42759, 'vote']] } as FactSpec, ['42,759 वोटों']],
    ['भारत ने 36 रन से जीत दर्ज की।', { numbers: [['36 रन', 36, 'run']] } as FactSpec, ['36 रन']],
    ['टीम 8 विकेट से हार गई।', { numbers: [['8 विकेट', 8, 'wicket']] } as FactSpec, ['8 विकेट']],
    ['उन्होंने 5,000 वोटों के अंतर से जीत दर्ज की।', { numbers: [['5,000 वोटों', 5000, 'vote']] } as FactSpec, ['5,000 वोटों']],
  ])('%s', (hi, spec, want) => {
    expect(found(hi, spec)).toEqual(want);
  });
});

describe('figures that are no margin', () => {
  it.each([
    // a qualifier after से, not a win
    ['उन्हें 42,759 से ज्यादा वोट मिले।', { numbers: [['42,759', 42759, 'vote']] } as FactSpec],
    // a unit that is no margin unit
    ['भारत ने 5 करोड़ रुपये से जीत का जश्न मनाया।', { numbers: [['5 करोड़ रुपये', 50000000, 'rupee']] } as FactSpec],
    // a score: both sides' figures
    ['भारत ने न्यूजीलैंड को 3-1 से हराया।', { numbers: [['3-1', 3, 'goal'], ['3-1', 1, 'goal']] } as FactSpec],
    // a threshold passed or missed is no margin
    ['इस बार मतदान 2019 के 67.4 प्रतिशत से पीछे रह गया।', { numbers: [['67.4 प्रतिशत', 67.4, 'percent']] } as FactSpec],
    ['महंगाई दर 6 प्रतिशत से आगे निकल गई।', { numbers: [['6 प्रतिशत', 6, 'percent']] } as FactSpec],
    // a side's own total
    ['भाजपा को 1,24,427 वोट मिले।', { numbers: [['1,24,427 वोट', 124427, 'vote']] } as FactSpec],
    // the other side's figure before के मुकाबले: a score (27–12), not a margin of 12
    ['फाइनल में बुल्स को कहलगांव ने 27 के मुकाबले 12 अंकों से हराया।', { numbers: [['12 अंकों', 12, 'point']] } as FactSpec],
    ['साहेबगंज ने रानीपुर को 5 के मुकाबले 27 अंकों से पराजित किया।', { numbers: [['27 अंकों', 27, 'point']] } as FactSpec],
  ])('%s', (hi, spec) => {
    expect(found(hi, spec)).toEqual([]);
  });
});
