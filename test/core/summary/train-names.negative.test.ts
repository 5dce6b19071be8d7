import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { build, type FactSpec } from './fact-builders.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const summariser = createSummariser(lexicon);

describe('no train name where there is none', () => {
  it.each([
    // an expressway is a road
    ['मुंबई से पुणे के बीच एक्सप्रेस वे पर हादसा हुआ।', { places: [['मुंबई', 'Mumbai'], ['पुणे', 'Pune']] } as FactSpec, /Express/],
    // a list's opening word and a participle before the name are no part of it
    ['वहीं, किसान और सद्भावना एक्सप्रेस देर से चलीं।', {} as FactSpec, /Vahin|Vahi\b/],
    ['वाराणसी से चलने वाली जनता एक्सप्रेस रद्द रहेगी।', { places: [['वाराणसी', 'Varanasi']] } as FactSpec, /Vali|Wali/],
    // the tail of a grammar phrase (के कारण) is no name word
    ['कोहरे के कारण जनता एक्सप्रेस रद्द हो गई।', {} as FactSpec, /Karan/],
    // an organisation or a paper named with the head is no train (reviewer: "Eyar Indiya Express", "Indiyan Express")
    ['एयर इंडिया एक्सप्रेस की दुबई जाने वाली उड़ान रद्द कर दी गई।', { orgs: [['एयर इंडिया एक्सप्रेस', 'Air India Express']] } as FactSpec, /Eyar|Indiya/],
    ['इंडियन एक्सप्रेस की रिपोर्ट के अनुसार सरकार फैसला लेगी।', { orgs: [['इंडियन एक्सप्रेस', 'The Indian Express']] } as FactSpec, /Indiyan/],
    // a date's word is no name word (reviewer: "Rat Rajdhani Express")
    ['सोमवार रात राजधानी एक्सप्रेस में चोरी हुई।', { dates: [['सोमवार रात', '2024-06-17', 'day']] } as FactSpec, /Rat /],
    // kinds of trains are no train's name (reviewer: "Lokal, Passenger and Mail Express", "Ghayal Yatri Express")
    ['रेलवे ने लोकल, पैसेंजर व मेल एक्सप्रेस ट्रेनें रद्द कर दीं।', {} as FactSpec, /Lokal|Mail Express/],
    ['घायल यात्री एक्सप्रेस ट्रेन से पटना लाए गए।', { places: [['पटना', 'Patna']] } as FactSpec, /Ghayal|Yatri/],
    // जनता alone is still the people
    ['जनता ने सरकार के फैसले का विरोध किया।', {} as FactSpec, /Janata/],
  ])('%s', (hi, spec, never) => {
    const { sentence, facts } = build(hi, spec);
    expect(summariser.english(sentence, facts)).not.toMatch(never);
  });
});
