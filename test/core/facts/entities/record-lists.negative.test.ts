import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(TEST_GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => m.text);

describe('lists after a record\'s title that name no more people', () => {
  it.each([
    // a bare के ends a list of villages, not of names
    ['आरोपी रमेश, खजूरी और रतनपुरा के निवासी हैं।', ['खजूरी', 'रतनपुरा']],
    // no closer after the last item: the list may go on into anything
    ['आरोपी रमेश, खजूरी और रतनपुरा में छिपा था।', ['खजूरी', 'रतनपुरा']],
    // an everyday word in an item: no list of names
    ['आरोपी रमेश, बाइक और मोबाइल को पुलिस ने जब्त किया।', ['बाइक', 'मोबाइल']],
    // a title that leads no record (a minister's companions are not read as a list)
    ['मंत्री रमेश, खजूरी और रतनपुरा को गए।', ['खजूरी', 'रतनपुरा']],
  ])('%s', (sentence, words) => {
    const found = people(sentence);
    for (const w of words) expect(found).not.toContain(w);
  });
});
