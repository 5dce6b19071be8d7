import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

/** मार्च is also a protest march: a bare मार्च needs date context and no march around it. */
describe('not months', () => {
  it.each([
    'कांग्रेस के मार्च में हजारों लोग शामिल हुए।',
    'किसानों ने मार्च में हिस्सा लिया।',
    'पुलिस ने मार्च को रोक दिया।',
    'पैदल मार्च से पहले सभा हुई।',
    'छात्रों का मार्च तक पहुंचा।',
    'कैंडल मार्च में सैकड़ों लोग पहुंचे।',
    'विपक्ष ने मार्च निकाला।',
    'मार्च का नेतृत्व राहुल गांधी ने किया।',
    // with this/last before it the march is still the protest after a word that names one
    'राहुल गांधी की अगुवाई में निकले इस मार्च में एक दर्जन दल शामिल हुए।',
    'पिछले मार्च में शामिल लोगों पर केस दर्ज हुआ।',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).map((f) => f.text)).toEqual([]);
  });
});
