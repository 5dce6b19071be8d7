import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { build, type FactSpec } from './fact-builders.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const summariser = createSummariser(lexicon);

/** A train's name is one noun: the words before एक्सप्रेस are its name, never words of the sentence. */
describe('train names', () => {
  it.each([
    // (was "people was cancelled": जनता read as a word)
    ['कोहरे के कारण जनता एक्सप्रेस और मऊ एक्सप्रेस को रद्द कर दिया गया।', { places: [['मऊ', 'Mau']] } as FactSpec, 'Janata Express and Mau Express'],
    // a list before one head names a train in each item (was "Farakka · farmers · …")
    ['वहीं, फरक्का, किसान, सरयू यमुना, दून और सद्भावना एक्सप्रेस जैसे 10 ट्रेनों के रूट बदले गए।', { places: [['फरक्का', 'Farakka']], numbers: [['10 ट्रेनों', 10, 'train']] } as FactSpec, 'Farakka, Kisan, Saryu Yamuna, Doon and Sadbhavna Express'],
    // a place in the name keeps its English, a hyphened pair both
    ['रद्द ट्रेनों में बरेली-वाराणसी एक्सप्रेस भी है।', { places: [['बरेली', 'Bareilly'], ['वाराणसी', 'Varanasi']] } as FactSpec, 'Bareilly–Varanasi Express'],
    ['प्रधानमंत्री ने वंदे भारत एक्सप्रेस को हरी झंडी दिखाई।', {} as FactSpec, 'Vande Bharat Express'],
  ])('%s → %s', (hi, spec, name) => {
    const { sentence, facts } = build(hi, spec);
    const en = summariser.english(sentence, facts);
    expect(en).toContain(name);
    // (a train's romanised name is no romanised common noun: the clean-English guard's word list does not know it)
    expect(en).not.toMatch(/[\u0900-\u097F]/u);
    expect(en).not.toMatch(/\b(?:people|farmers)\b/u);
  });
});
