import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createDepartureFinder } from '../../../src/core/summary/departures.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { build, type FactSpec } from './fact-builders.js';

const data = loadData(join(process.cwd(), 'config')).data;
const departures = createDepartureFinder(data.lexicon);
const found = (hi: string, spec: FactSpec): [string, string][] => {
  const { sentence, facts } = build(hi, spec);
  const at = departures(sentence, facts);
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => [n.text, at.get(n.span.start) ?? '']);
};

describe('figures that depart from a base (normal, average)', () => {
  it.each([
    ['कई जिलों में तापमान सामान्य से 4.5 डिग्री सेल्सियस कम रहने की संभावना है।', { numbers: [['4.5 डिग्री सेल्सियस', 4.5, 'degree Celsius']] } as FactSpec, [['4.5 डिग्री सेल्सियस', 'below normal']]],
    ['अधिकतम तापमान सामान्य से 3 डिग्री अधिक रहा।', { numbers: [['3 डिग्री', 3, 'degree']] } as FactSpec, [['3 डिग्री', 'above normal']]],
    // the unit's second word outside the figure's span
    ['पारा सामान्य से 5.3 डिग्री सेल्सियस नीचे दर्ज किया गया।', { numbers: [['5.3 डिग्री', 5.3, 'degree Celsius']] } as FactSpec, [['5.3 डिग्री', 'below normal']]],
    ['इस साल औसत से 20 प्रतिशत ज्यादा बारिश हुई।', { numbers: [['20 प्रतिशत', 20, 'percent']] } as FactSpec, [['20 प्रतिशत', 'above average']]],
    ['गंगा का जलस्तर खतरे के निशान से 1.5 मीटर ऊपर पहुंच गया।', { numbers: [['1.5 मीटर', 1.5, 'metre']] } as FactSpec, [['1.5 मीटर', 'above the danger mark']]],
    ['जलस्तर चेतावनी के निशान से 20 सेंटीमीटर नीचे है।', { numbers: [['20 सेंटीमीटर', 20, 'centimetre']] } as FactSpec, [['20 सेंटीमीटर', 'below the warning mark']]],
    // a qualifier between से and the figure
    ['तापमान सामान्य से करीब 2 डिग्री ऊपर रहा।', { numbers: [['2 डिग्री', 2, 'degree']] } as FactSpec, [['2 डिग्री', 'above normal']]],
  ])('%s', (hi, spec, want) => {
    expect(found(hi, spec)).toEqual(want);
  });
});

describe('the English says the departure, never the figure as the value', () => {
  const summarise = createSummariser(data.lexicon);
  it.each([
    ['दिल्ली में अधिकतम तापमान सामान्य से 3 डिग्री अधिक रहा।', { numbers: [['3 डिग्री', 3, 'degree']] } as FactSpec, 'three degrees above normal'],
    ['कई जिलों में तापमान सामान्य से 4.5 डिग्री सेल्सियस कम रहने की संभावना है।', { numbers: [['4.5 डिग्री सेल्सियस', 4.5, 'degree Celsius']] } as FactSpec, '4.5 degree Celsius below normal'],
  ])('%s', (hi, spec, want) => {
    const { sentence, facts } = build(hi, spec);
    expect(summarise.english(sentence, facts)).toContain(want);
  });
});
