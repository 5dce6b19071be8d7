import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createMovementFinder } from '../../../src/core/summary/movements.js';
import { build, type FactSpec } from './fact-builders.js';

const moves = createMovementFinder(loadData(join(process.cwd(), 'config')).data.lexicon);
/** Each labelled figure as "figure text: label". */
const found = (hi: string, spec: FactSpec): string[] => {
  const { sentence, facts } = build(hi, spec);
  const at = moves(sentence, facts);
  return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => `${n.text}: ${at.get(n.span.start)}`);
};

describe('figures of a moving value', () => {
  it.each([
    ['सेंसेक्स 500 अंक गिरकर 72,000 पर बंद हुआ।', { numbers: [['500 अंक', 500, 'point'], ['72,000', 72000, 'point']] } as FactSpec, ['500 अंक: down', '72,000: to']],
    ['निफ्टी 150 अंकों की तेजी के साथ 22,100 पर बंद हुआ।', { numbers: [['150 अंकों', 150, 'point'], ['22,100', 22100, 'point']] } as FactSpec, ['150 अंकों: up', '22,100: closed at']],
    ['सोना 200 रुपये सस्ता होकर 61,230 रुपये पर आ गया।', { numbers: [['200 रुपये', 200, 'rupee'], ['61,230 रुपये', 61230, 'rupee']] } as FactSpec, ['200 रुपये: down', '61,230 रुपये: to']],
    // a rate between the figure and its verb is stepped over
    ['चांदी भी 3615 रुपए प्रति किलो सस्ती हुई है।', { numbers: [['3615 रुपए', 3615, 'rupee']] } as FactSpec, ['3615 रुपए: down']],
    // a "more than" between the figure and the change (a helper judged a rise read as the price wrong)
    ['सोने में 800 रुपए प्रति 10 ग्राम से अधिक की गिरावट आई।', { numbers: [['800 रुपए', 800, 'rupee']] } as FactSpec, ['800 रुपए: down']],
    ['कंपनी का मुनाफा 12 प्रतिशत बढ़कर 5,000 करोड़ रुपये हो गया।', { numbers: [['12 प्रतिशत', 12, 'percent'], ['5,000 करोड़ रुपये', 5e10, 'rupee']] } as FactSpec, ['12 प्रतिशत: up', '5,000 करोड़ रुपये: to']],
    ['सेंसेक्स 190.11 अंक यानी 0.63 प्रतिशत चढ़कर 30,199.35 अंक पर बंद हुआ।', { numbers: [['190.11 अंक', 190.11, 'point'], ['0.63 प्रतिशत', 0.63, 'percent'], ['30,199.35 अंक', 30199.35, 'point']] } as FactSpec, ['190.11 अंक: up', '0.63 प्रतिशत: up', '30,199.35 अंक: to']],
    ['बेरोजगारी दर 8 प्रतिशत से घटकर 6.5 प्रतिशत रह गई।', { numbers: [['8 प्रतिशत', 8, 'percent'], ['6.5 प्रतिशत', 6.5, 'percent']] } as FactSpec, ['8 प्रतिशत: from', '6.5 प्रतिशत: to']],
    ['रुपया 10 पैसे मजबूत होकर 83.20 पर खुला।', { numbers: [['10 पैसे', 10, 'paisa'], ['83.20', 83.2, 'rupee']] } as FactSpec, ['10 पैसे: up', '83.20: to']],
    ['सेंसेक्स में 800 अंकों की गिरावट दर्ज की गई।', { numbers: [['800 अंकों', 800, 'point']] } as FactSpec, ['800 अंकों: down']],
    // "or" before a level that is no change: only a fall or a rise is said again, a close is not
    ['सूचकांक 100 या 200 अंक पर बंद हुआ।', { numbers: [['100', 100, 'point'], ['200 अंक', 200, 'point']] } as FactSpec, ['200 अंक: closed at']],
    ['निफ्टी 22,050 पर खुला।', { numbers: [['22,050', 22050, 'point']] } as FactSpec, ['22,050: opened at']],
  ])('%s', (hi, spec, want) => {
    expect(found(hi, spec)).toEqual(want);
  });
});

describe('a change of up to a figure, and the first of two parallel figures before one change', () => {
  /** Figures whose text is in `upTo` carry the extractor's "up to" (`28,000 रुपए प्रति किलो तक का`). */
  const foundUpTo = (hi: string, spec: FactSpec, upTo: string[]): string[] => {
    const { sentence, facts } = build(hi, spec);
    for (const n of facts.numbers) if (upTo.includes(n.text)) n.qualifier = 'up to';
    const at = moves(sentence, facts);
    return facts.numbers.filter((n) => at.has(n.span.start)).map((n) => `${n.text}: ${at.get(n.span.start)}`);
  };
  it.each([
    ['सोने के दाम में 6,000 रुपए प्रति 10 ग्राम और चांदी में 28,000 रुपए प्रति किलो तक का इजाफा हुआ।',
      { numbers: [['6,000 रुपए', 6000, 'rupee'], ['10 ग्राम', 10, 'gram'], ['28,000 रुपए', 28000, 'rupee']] } as FactSpec, ['28,000 रुपए'], ['6,000 रुपए: up', '28,000 रुपए: up']],
    ['पेट्रोल में 2 रुपए और डीजल में 3 रुपए की कटौती के बाद दाम 5 प्रतिशत सस्ते हुए।',
      { numbers: [['2 रुपए', 2, 'rupee'], ['3 रुपए', 3, 'rupee'], ['5 प्रतिशत', 5, 'percent']] } as FactSpec, [], ['5 प्रतिशत: down']],
    ['चांदी 3000 रुपए तक सस्ती हुई।', { numbers: [['3000 रुपए', 3000, 'rupee']] } as FactSpec, ['3000 रुपए'], ['3000 रुपए: down']],
  ])('%s', (hi, spec, upTo, want) => {
    expect(foundUpTo(hi, spec, upTo)).toEqual(want);
  });
});
