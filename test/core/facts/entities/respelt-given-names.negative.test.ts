import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, RESPELT_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(RESPELT_GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => m.en);

describe('no other person where the given names differ by more than a letter or two, or the surname is not theirs', () => {
  it.each([
    // हर्षवर्धन is no spelling of हर्षित: someone else named Harshit Mehrotra, not the listed man
    ['मंत्री हर्षित मेहरोत्रा ने बैठक ली।', 'Harshvardhan Mehrotra'],
    // a surname no listed person bears with a near given name
    ['मंत्री हर्षित वर्मा ने बैठक ली।', 'Harshita Kalra'],
  ])('%s: not %s', (text, wrong) => {
    expect(people(text)).not.toContain(wrong);
  });
});
