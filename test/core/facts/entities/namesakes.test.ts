import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/** A public figure whose name a villager may share. */
const GAZETTEER: Gazetteer = {
  ...TEST_GAZETTEER,
  people: [...TEST_GAZETTEER.people, { en: 'Lalu Prasad Yadav', hi: ['लालू प्रसाद यादव', 'लालू यादव'], latin: [], short: [], role: 'Politician', country: 'India' }],
};
const extract = createEntityExtractor(GAZETTEER, realEntitiesData(), realCommonWords());
const people = (text: string): [string, string, string | undefined][] =>
  mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => [m.text, m.en, m.role]);

describe('a listed person introduced as a local resident is a namesake', () => {
  // [case, text, people: matched text, English, role]
  it.each([
    ['"के रहने वाले" before the name, and a later mention', 'अदालत ने गांव मोहम्मदपुर कुरई के रहने वाले लालू यादव को दोषी माना। अदालत ने दोषी लालू यादव पर जुर्माना लगाया।', [['लालू यादव', 'Lalu Yadav', undefined], ['लालू यादव', 'Lalu Yadav', undefined]]],
    ['निवासी before the name', 'पुलिस ने गांव निवासी लालू यादव को गिरफ्तार किया।', [['लालू यादव', 'Lalu Yadav', undefined]]],
    // a local office the figure never held (config localOffices): a namesake with that office, in every mention
    ['a mayor of the same name', 'नगर निगम के महापौर लालू यादव ने सड़क का शिलान्यास किया। लालू यादव ने कहा कि काम जल्द होगा।', [['लालू यादव', 'Lalu Yadav', 'Mayor'], ['लालू यादव', 'Lalu Yadav', undefined]]],
    ['a station officer of the same name', 'थाना प्रभारी लालू यादव ने बताया कि आरोपी गिरफ्तार है।', [['लालू यादव', 'Lalu Yadav', 'Station House Officer']]],
  ] as [string, string, [string, string, string | undefined][]][])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a known person\'s full name inside a longer name is someone else', () => {
  const withShooter = createEntityExtractor(
    { ...TEST_GAZETTEER, people: [...TEST_GAZETTEER.people, { en: 'Vijay Kumar (sport shooter)', hi: ['विजय कुमार'], latin: [], short: [], country: 'India' }] },
    realEntitiesData(),
    realCommonWords(),
  );
  const people = (text: string): [string, string][] => mentionsOf(text, withShooter).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);
  it.each([
    ['a surname after it, then ने', 'उपमुख्यमंत्री विजय कुमार सिन्हा ने कहा कि काम जारी है।', [['विजय कुमार सिन्हा', 'Vijay Kumar Sinha']]],
    ['a surname after it, then a breaker', 'मामले में विजय कुमार यादव निवासी परेव को आरोपी बनाया गया।', [['विजय कुमार यादव', 'Vijay Kumar Yadav']]],
    ['a surname after it, then an everyday word', 'डॉक्टर विजय कुमार सिंह मौसम के जानकार हैं।', [['विजय कुमार सिंह', 'Vijay Kumar Singh']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['a community after the surname', 'विजय कुमार यादव समाज के सम्मेलन में पहुंचे।'],
    ['a title after the surname', 'अभिनेता विजय कुमार सिंह साहब के किरदार में दिखेंगे।'],
  ])('%s: the known person', (_name, text) => {
    expect(people(text).map(([, en]) => en)).toEqual(['Vijay Kumar']);
  });
  it('the full name alone is the known person', () => {
    expect(people('विजय कुमार ने रजत पदक जीता।')).toEqual([['विजय कुमार', 'Vijay Kumar']]);
  });
});

describe('a figure\'s bare surname closing a titled name is that officer\'s surname', () => {
  const withLeader = createEntityExtractor(
    { ...TEST_GAZETTEER, people: [...TEST_GAZETTEER.people, { en: 'Manish Sisodia', hi: ['मनीष सिसोदिया', 'सिसोदिया'], latin: [], short: [], role: 'Deputy Chief Minister', country: 'India' },
      { en: 'Droupadi Murmu', hi: ['द्रौपदी मुर्मू', 'मुर्मू', 'मुर्मु'], latin: [], short: [], role: 'President', country: 'India' }] },
    realEntitiesData(),
    realCommonWords(),
  );
  const people = (text: string): [string, string][] => mentionsOf(text, withLeader).filter((m) => m.kind === 'person').map((m) => [m.text, m.en]);
  it.each([
    ['an unlisted first name between title and surname', 'पुलिस अधीक्षक नवलसिंह सिसोदिया ने निरीक्षण किया।', [['नवलसिंह सिसोदिया', 'Nawalsingh Sisodia']]],
    ['a listed first name', 'थानाध्यक्ष रमेश सिसोदिया मौके पर पहुंचे।', [['रमेश सिसोदिया', 'Ramesh Sisodia']]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
  it.each([
    ['after a title of his own', 'उपमुख्यमंत्री सिसोदिया ने कहा कि स्कूल खुलेंगे।'],
    ['alone', 'सिसोदिया ने कहा कि स्कूल खुलेंगे।'],
    ['in full', 'मनीष सिसोदिया ने कहा कि स्कूल खुलेंगे।'],
  ])('%s: the figure', (_name, text) => {
    expect(people(text).map(([, en]) => en)).toEqual(['Manish Sisodia']);
  });
  it('the figure\'s own office before a misspelt first name: the figure, first name and all', () => {
    expect(people('राष्ट्रपति द्रोपद्री मुर्मु ने कहा कि देश आगे बढ़ेगा।')).toEqual([['द्रोपद्री मुर्मु', 'Droupadi Murmu']]);
  });
  it('a former office had other holders: the words between are another person\'s first name (reviewer: a father of the same office)', () => {
    expect(people('पूर्व राष्ट्रपति सुरेश मुर्मु की प्रतिमा का अनावरण हुआ।')).toEqual([['सुरेश मुर्मु', 'Suresh Murmu']]);
    // (an office whose name holds the figure's is none of theirs: a Deputy Chief Minister holds no "Chief Minister")
    expect(people('मुख्यमंत्री नवलसिंह सिसोदिया ने कहा कि स्कूल खुलेंगे।')).toEqual([['नवलसिंह सिसोदिया', 'Nawalsingh Sisodia']]);
  });
});
