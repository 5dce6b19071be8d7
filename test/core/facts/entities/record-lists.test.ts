import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(TEST_GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => m.text);

describe('a list led by a record\'s title names people to its end when a closer follows it', () => {
  it.each([
    ['थाना पुलिस ने आरोपी सलमान,नदीम और शोएब को पकड़कर जेल भेजा।', ['सलमान', 'नदीम', 'शोएब']],
    ['आरोपी राजू, झब्बू और टिल्लू के खिलाफ मामला दर्ज किया गया।', ['राजू', 'झब्बू', 'टिल्लू']],
    ['अभियुक्त अजय, फुन्नू व झुन्ना ने दुकान लूटी।', ['अजय', 'फुन्नू', 'झुन्ना']],
  ])('%s', (sentence, names) => {
    expect(people(sentence)).toEqual(names);
  });
});
