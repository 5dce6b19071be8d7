import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { roleAt, type RoleSource } from '../../../../src/core/facts/entities/dated-roles.js';
import type { GazetteerEntry } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import { realCommonWords, realEntitiesData } from './fixtures.js';

const window = { from: '2025-01', to: '2025-12' };
const modi: RoleSource = {
  role: 'Prime Minister',
  roles: [
    { role: 'Chief Minister of Gujarat', from: '2001-10-07', to: '2014-05-22' },
    { role: 'Prime Minister', from: '2014-05-26' },
  ],
};
const jaitley: RoleSource = { role: 'Former Finance Minister', roles: [{ role: 'Finance Minister', from: '2014-05-26', to: '2019-05-30' }] };
const undated: RoleSource = { role: 'Minister of State for Power' };

describe('roleAt: the office held on the publication date', () => {
  it.each<[string, RoleSource, string | undefined, string | undefined]>([
    ['before the first office', modi, '1999-01-01', undefined],
    ['inside a dated office', modi, '2010-03-15', 'Chief Minister of Gujarat'],
    ['on the first day of an office', modi, '2014-05-26', 'Prime Minister'],
    ['between two offices (no office held)', modi, '2014-05-24', undefined],
    ['an open-ended office', modi, '2023-08-01', 'Prime Minister'],
    ['dated office wins over the undated role', jaitley, '2016-02-01', 'Finance Minister'],
    ['undated role inside the window', jaitley, '2025-06-01', 'Former Finance Minister'],
    ['undated role outside the window is not used', undated, '2023-06-01', undefined],
    ['undated role after the window is not used', undated, '2027-02-01', undefined],
    ['month-precision window end is inclusive', undated, '2025-12-31', 'Minister of State for Power'],
    ['no publication date: the current office', modi, undefined, 'Prime Minister'],
    ['no publication date, only an undated role', undated, undefined, 'Minister of State for Power'],
  ])('%s', (_name, person, published, expected) => {
    expect(roleAt(person, published, window)).toBe(expected);
  });

  it('uses no undated role when no window is configured', () => {
    expect(roleAt(undated, '2025-06-01', undefined)).toBeUndefined();
  });
});

const entry = (e: Partial<GazetteerEntry> & { en: string; hi: string[] }): GazetteerEntry => ({ latin: [], short: [], ...e });
const extract = createEntityExtractor(
  {
    people: [
      entry({ en: 'Narendra Modi', hi: ['नरेंद्र मोदी'], country: 'India', role: 'Prime Minister', roles: modi.roles ? [...modi.roles] : [] }),
      entry({ en: 'S. Jaishankar', hi: ['एस जयशंकर'], country: 'India', role: 'External Affairs Minister', roles: [{ role: 'Foreign Secretary', from: '2015-01-29', to: '2018-01-28' }, { role: 'External Affairs Minister', from: '2019-05-30' }] }),
      entry({ en: 'Piyush Goyal', hi: ['पीयूष गोयल'], country: 'India', role: 'Commerce Minister' }),
    ],
    places: [],
    organisations: [],
  },
  { ...realEntitiesData(), undatedRoles: window },
  realCommonWords(),
);
const roleOf = (text: string, name: string, published: string): string | undefined =>
  extract(splitSentences(text), published).find((m) => m.text === name)?.role;

describe('the extractor gives a gazetteer role only for the publication date', () => {
  it.each<[string, string, string, string | undefined]>([
    ['नरेंद्र मोदी ने रैली को संबोधित किया।', 'नरेंद्र मोदी', '2012-11-02', 'Chief Minister of Gujarat'],
    ['नरेंद्र मोदी ने रैली को संबोधित किया।', 'नरेंद्र मोदी', '2024-11-02', 'Prime Minister'],
    ['एस जयशंकर ने बैठक की।', 'एस जयशंकर', '2016-04-01', 'Foreign Secretary'],
    ['एस जयशंकर ने बैठक की।', 'एस जयशंकर', '2018-06-01', undefined],
    ['पीयूष गोयल ने बैठक की।', 'पीयूष गोयल', '2014-07-06', undefined],
    ['पीयूष गोयल ने बैठक की।', 'पीयूष गोयल', '2025-03-01', 'Commerce Minister'],
    // a title in the sentence is what the article says: it wins over any date
    ['केंद्रीय मंत्री पीयूष गोयल ने बैठक की।', 'पीयूष गोयल', '2014-07-06', 'Union Minister'],
  ])('%s (%s, %s)', (text, name, published, expected) => {
    expect(roleOf(text, name, published)).toBe(expected);
  });
});
