import { describe, expect, it } from 'vitest';
import { costTexts } from './cost-texts.js';
import type { FactSpec } from './fact-builders.js';

describe('amounts that are what something costs', () => {
  it.each([
    ['वार्ड 10 में 1.97 करोड़ रुपये की लागत से सड़क और नाला बनेगा।', { numbers: [['1.97 करोड़ रुपये', 19700000, 'rupee']] } as FactSpec, ['1.97 करोड़ रुपये']],
    ['पुल 500 करोड़ रुपये की अनुमानित लागत से तैयार होगा।', { numbers: [['500 करोड़ रुपये', 5000000000, 'rupee']] } as FactSpec, ['500 करोड़ रुपये']],
    ['परियोजना की कुल लागत 500 करोड़ रुपये होगी।', { numbers: [['500 करोड़ रुपये', 5000000000, 'rupee']] } as FactSpec, ['500 करोड़ रुपये']],
    ['इस सड़क पर 39,980 रुपये लागत आएगी।', { numbers: [['39,980 रुपये', 39980, 'rupee']] } as FactSpec, ['39,980 रुपये']],
    ['मिशन पर करीब 400 करोड़ रुपये का खर्च आया।', { numbers: [['करीब 400 करोड़ रुपये', 4000000000, 'rupee', true]] } as FactSpec, ['करीब 400 करोड़ रुपये']],
  ])('%s', (hi, spec, want) => {
    expect(costTexts(hi, spec)).toEqual(want);
  });
});
