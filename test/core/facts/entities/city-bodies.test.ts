import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { realCommonWords, realEntitiesData, STATE_GAZETTEER } from './fixtures.js';

/** A bare town body (नगर निगम) is the dateline town's, and only where nothing else may own it. */
const extract = createEntityExtractor(STATE_GAZETTEER, realEntitiesData(), realCommonWords());
const sentences = (dateline: string | null, ...texts: string[]): Sentence[] => [
  ...(dateline === null ? [] : [{ index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE }]),
  ...texts.map((text, index) => ({ index, text, paragraph: 0 })),
];
const bodies = (list: Sentence[]): [string, string][] =>
  extract(list).filter((m) => m.kind === 'organisation').map((m) => [m.text, m.en]);

describe('a bare town body is the dateline town\'s', () => {
  it.each([
    ['a municipal corporation', sentences('हल्द्वानी।', 'नगर निगम की बोर्ड बैठक में 40 प्रस्ताव पारित हुए।'), [['नगर निगम', 'Haldwani Municipal Corporation']]],
    ['a municipal council', sentences('बक्सर।', 'नगर परिषद ने सफाई अभियान शुरू किया।'), [['नगर परिषद', 'Buxar Municipal Council']]],
  ] as [string, Sentence[], [string, string][]][])('%s', (_name, list, expected) => {
    expect(bodies(list)).toEqual(expected);
  });
});

describe('a bare town body is left alone', () => {
  it.each([
    ['without a dateline', sentences(null, 'नगर निगम की बैठक में प्रस्ताव पारित हुए।')],
    ['when the dateline is a state', sentences('उत्तराखंड।', 'नगर निगम की बैठक में प्रस्ताव पारित हुए।')],
    ['when the sentence names another town', sentences('हल्द्वानी।', 'नैनीताल में नगर निगम ने अभियान चलाया।')],
    ['after a determiner', sentences('हल्द्वानी।', 'राज्य के सभी नगर निगम चुनाव की तैयारी में हैं।')],
  ] as [string, Sentence[]][])('%s', (_name, list) => {
    expect(bodies(list)).toEqual([]);
  });

  it('a body the article names after a place is its own', () => {
    expect(bodies(sentences('हल्द्वानी।', 'नैनीताल नगर निगम की बैठक हुई।', 'नगर निगम ने बजट पास किया।')).map(([, en]) => en)).not.toContain('Haldwani Municipal Corporation');
  });
});
