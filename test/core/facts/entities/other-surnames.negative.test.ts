import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, RESPELT_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(RESPELT_GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => m.en);

describe('no listed person from a near given name and another\'s surname', () => {
  it.each([
    // a given name a letter longer is still no licence to name the listed minister (reviewer: a villager was
    // named after a listed shooter, a pupil after a listed scientist)
    ['मंत्री हर्षित झिंगरन ने बैठक ली।', 'Harshita Jhingran'],
    ['मंत्री हर्षित मेहरोत्रा ने बैठक ली।', 'Harshvardhan Mehrotra'],
    // (nor the one-word name's own person beside a surname that is not his)
    ['मंत्री हर्षित मेहरोत्रा ने बैठक ली।', 'Harshit Rawal'],
  ])('%s: not %s', (text, wrong) => {
    expect(people(text)).not.toContain(wrong);
  });
  // the one-word name before its own person's surname is that person
  it('हर्षित रावल is the cricketer', () => {
    expect(people('गेंदबाज हर्षित रावल ने दो विकेट लिए।')).toEqual(['Harshit Rawal']);
  });
});
