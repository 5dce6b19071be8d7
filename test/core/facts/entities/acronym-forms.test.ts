import { describe, expect, it } from 'vitest';
import { withSpelledAcronyms } from '../../../../src/core/facts/entities/acronym-forms.js';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { EntitySource } from '../../../../src/core/facts/entities/gazetteer-index.js';
import { spellInDevanagari } from '../../../../src/core/facts/entities/latin-letters.js';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import { realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const org = (en: string, hi: string[], latin: string[], short: string[] = []): EntitySource => ({ kind: 'organisation', en, hi, latin, short });

describe('spellInDevanagari', () => {
  it.each([
    ['CPIM', 'सीपीआईएम'],
    ['JDU', 'जेडीयू'],
    ['NYT', 'एनवाईटी'],
    ['WHO', 'डब्ल्यूएचओ'],
    ['Cpim', null],
    ['A', null],
  ])('%s → %s', (acronym, expected) => {
    expect(spellInDevanagari(acronym)).toBe(expected);
  });
});

describe('an organisation\'s Latin acronym is also a Hindi form, spelled in letter names', () => {
  it.each([
    ['brackets and dots dropped', org('Communist Party of India (Marxist)', ['माकपा'], ['CPI(M)']), ['माकपा', 'सीपीआईएम']],
    ['a spelling already listed is not added twice', org('Janata Dal (United)', ['जदयू', 'जेडीयू'], ['JDU']), ['जदयू', 'जेडीयू']],
  ] as [string, EntitySource, string[]][])('%s', (_name, source, hi) => {
    expect(withSpelledAcronyms([source], () => false)[0]?.hi).toEqual(hi);
  });
});

it('the extractor finds an organisation by its spelled acronym, with the matched text', () => {
  const gazetteer = { ...TEST_GAZETTEER, organisations: [...TEST_GAZETTEER.organisations, { en: 'Central Bureau of Investigation', hi: ['केंद्रीय जांच ब्यूरो'], latin: ['CBI'], short: [] }] };
  const extract = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
  const found = extract(splitSentences('मामले की जांच सीबीआई को सौंप दी गई है।')).filter((m) => m.kind === 'organisation');
  expect(found.map((m) => [m.text, m.en])).toEqual([['सीबीआई', 'Central Bureau of Investigation']]);
});
