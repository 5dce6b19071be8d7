import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createDepartureFinder } from '../../../src/core/summary/departures.js';
import { build, type FactSpec } from './fact-builders.js';

const departures = createDepartureFinder(loadData(join(process.cwd(), 'config')).data.lexicon);

describe('figures that depart from no base (negative cases)', () => {
  it.each([
    // a plain comparison with a figure (more than 42,759), not a base
    ['उन्हें 42,759 से ज्यादा वोट मिले।', { numbers: [['42,759', 42759, 'vote']] } as FactSpec],
    // the base after the figure: the figure is the value
    ['अधिकतम तापमान 41 डिग्री रहा जो सामान्य से अधिक है।', { numbers: [['41 डिग्री', 41, 'degree']] } as FactSpec],
    // a base but no direction after the figure
    ['तापमान सामान्य से 2 डिग्री के अंतर पर रहा।', { numbers: [['2 डिग्री', 2, 'degree']] } as FactSpec],
    // सामान्य as the General category's cut-off: marks are no measure off a normal (reviewer)
    ['इस बार ओबीसी वर्ग का कटऑफ सामान्य से 5 अंक कम रहा।', { numbers: [['5 अंक', 5, 'point']] } as FactSpec],
    // a bare निशान (a mark) is no danger mark: the base is the whole phrase
    ['पानी निशान से 2 मीटर ऊपर है।', { numbers: [['2 मीटर', 2, 'metre']] } as FactSpec],
    // another noun before से
    ['दिल्ली से 40 किलोमीटर दूर हादसा हुआ।', { numbers: [['40 किलोमीटर', 40, 'kilometre']] } as FactSpec],
  ])('%s', (hi, spec) => {
    const { sentence, facts } = build(hi, spec);
    expect([...departures(sentence, facts).keys()]).toEqual([]);
  });
});
