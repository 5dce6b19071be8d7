import { describe, expect, it } from 'vitest';
import { costTexts } from './cost-texts.js';
import type { FactSpec } from './fact-builders.js';

describe('amounts that are no cost', () => {
  it.each([
    // money given, won or lost: no cost noun beside it
    ['सरकार इस योजना पर 500 करोड़ रुपये देगी।', { numbers: [['500 करोड़ रुपये', 5000000000, 'rupee']] } as FactSpec],
    ['पीड़ित परिवार को 4 लाख रुपये का मुआवजा मिलेगा।', { numbers: [['4 लाख रुपये', 400000, 'rupee']] } as FactSpec],
    // a cost noun beside a figure that is no money
    ['10 किलोमीटर की लागत का आकलन होगा।', { numbers: [['10 किलोमीटर', 10, 'km']] } as FactSpec],
    // money beyond, below or saved against a cost, or a spending limit (reviewer)
    ['परियोजना की अनुमानित लागत से 50 करोड़ रुपये अधिक खर्च हो चुके हैं।', { numbers: [['50 करोड़ रुपये', 500000000, 'rupee']] } as FactSpec],
    ['नई तकनीक से उत्पादन की लागत में 200 करोड़ रुपये की बचत होगी।', { numbers: [['200 करोड़ रुपये', 2000000000, 'rupee']] } as FactSpec],
    ['चुनाव आयोग ने खर्च सीमा 95 लाख रुपये तय की है।', { numbers: [['95 लाख रुपये', 9500000, 'rupee']] } as FactSpec],
    // money to be spent (a verb the sentence reads well: "24,000 crore rupees will be spent")
    ['इस पर 24,000 करोड़ रुपये खर्च होंगे।', { numbers: [['24,000 करोड़ रुपये', 240000000000, 'rupee']] } as FactSpec],
    // a cost noun two words away: the amount is another phrase's
    ['उन्हें 5 लाख रुपये मिले और बाकी खर्च का हिसाब बाद में होगा।', { numbers: [['5 लाख रुपये', 500000, 'rupee']] } as FactSpec],
    // a word that only starts like a cost noun (खर्चीला)
    ['यह 2 करोड़ रुपये खर्चीला सौदा था।', { numbers: [['2 करोड़ रुपये', 20000000, 'rupee']] } as FactSpec],
  ])('%s', (hi, spec) => {
    expect(costTexts(hi, spec)).toEqual([]);
  });
});
