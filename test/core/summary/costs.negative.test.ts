import { describe, expect, it } from 'vitest';
import { costTexts } from './cost-texts.js';
import type { FactSpec } from './fact-builders.js';

describe('amounts that are no cost', () => {
  it.each([
    // money given, won or lost: no cost noun beside it
    ['सरकार इस योजना पर 500 करोड़ रुपये देगी।', { numbers: [['500 करोड़ रुपये', 5000000000, 'rupee']] } as FactSpec],
    ['पीड़ित परिवार को 4 लाख रुपये का मुआवजा मिलेगा।', { numbers: [['4 लाख रुपये', 400000, 'rupee']] } as FactSpec],
    // a cost noun beside a figure that is no money
    ['10 किलोमीटर सड़क की लागत का आकलन होगा।', { numbers: [['10 किलोमीटर', 10, 'km']] } as FactSpec],
    // a cost noun two words away: the amount is another phrase's
    ['उन्हें 5 लाख रुपये मिले और बाकी खर्च का हिसाब बाद में होगा।', { numbers: [['5 लाख रुपये', 500000, 'rupee']] } as FactSpec],
    // a word that only starts like a cost noun (खर्चीला)
    ['यह 2 करोड़ रुपये खर्चीला सौदा था।', { numbers: [['2 करोड़ रुपये', 20000000, 'rupee']] } as FactSpec],
  ])('%s', (hi, spec) => {
    expect(costTexts(hi, spec)).toEqual([]);
  });
});
