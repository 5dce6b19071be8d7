import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  people: [...TEST_GAZETTEER.people, { en: 'Lalu Prasad Yadav', hi: ['लालू प्रसाद यादव', 'लालू यादव'], latin: [], short: [], role: 'Politician', country: 'India' }],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => m.en);

describe('the public figure stays where nothing makes him a local resident', () => {
  it.each([
    ['a title before the name', 'पूर्व मुख्यमंत्री लालू यादव ने कहा कि सरकार विफल है।'],
    ['a place before the name with में', 'पटना में लालू यादव ने रैली की।'],
    ['residence after the name', 'लालू यादव पटना के निवासी हैं।'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual(['Lalu Prasad Yadav']);
  });
});

it('a figure given a local office listed among their own roles stays the figure', () => {
  const mayor = createEntityExtractor(
    { ...TEST_GAZETTEER, people: [...TEST_GAZETTEER.people, { en: 'Sushma Kharakwal', hi: ['सुषमा खर्कवाल'], latin: [], short: [], role: 'Mayor of Lucknow', country: 'India' }] },
    realEntitiesData(),
    realCommonWords(),
  );
  expect(mentionsOf('महापौर सुषमा खर्कवाल ने सफाई अभियान शुरू किया।', mayor).filter((m) => m.kind === 'person').map((m) => m.en)).toEqual(['Sushma Kharakwal']);
});

it('a figure another mention gives an office of theirs stays the figure though a local office is said too (a past one)', () => {
  expect(people('महापौर लालू यादव ने 2002 में सड़कें बनवाईं। पूर्व मुख्यमंत्री लालू यादव ने बुधवार को यह बात कही।')).toEqual(['Lalu Prasad Yadav', 'Lalu Prasad Yadav']);
});

it('a resident named later with the office is the public figure in every mention', () => {
  expect(people('फुलवारी निवासी लालू यादव ने नामांकन किया। पूर्व मुख्यमंत्री लालू यादव ने रैली भी की।')).toEqual(['Lalu Prasad Yadav', 'Lalu Prasad Yadav']);
});

