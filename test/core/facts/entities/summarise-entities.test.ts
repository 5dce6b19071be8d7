import { describe, expect, it } from 'vitest';
import { summariseEntities } from '../../../../src/core/facts/entities/summarise-entities.js';
import type { EntityMention } from '../../../../src/core/types.js';

const m = (kind: EntityMention['kind'], en: string, hi: string, sentence: number, guessed = false): EntityMention => ({
  kind,
  en,
  hi,
  text: hi,
  sentence,
  span: { start: 0, end: hi.length },
  ...(guessed ? { guessed } : {}),
});

describe('summariseEntities', () => {
  it('groups by identity, counts mentions and puts the most mentioned first', () => {
    const s = summariseEntities([
      m('place', 'Russia', 'रूस', 0),
      m('person', 'Kim Jong Un', 'किम जोंग उन', 0),
      m('place', 'North Korea', 'उत्तर कोरिया', 1),
      m('person', 'Vladimir Putin', 'व्लादिमीर पुतिन', 1),
      m('person', 'Vladimir Putin', 'व्लादिमीर पुतिन', 2),
      m('place', 'North Korea', 'उत्तर कोरिया', 2),
      m('organisation', 'TASS', 'तास', 3),
    ]);
    expect(s.people).toEqual([
      { hi: 'व्लादिमीर पुतिन', en: 'Vladimir Putin', mentions: 2 },
      { hi: 'किम जोंग उन', en: 'Kim Jong Un', mentions: 1 },
    ]);
    expect(s.places.map((p) => [p.en, p.mentions])).toEqual([
      ['North Korea', 2],
      ['Russia', 1],
    ]);
    expect(s.organisations).toEqual([{ hi: 'तास', en: 'TASS', mentions: 1 }]);
  });

  it('keeps the fullest Hindi form of a guessed name', () => {
    const s = summariseEntities([m('person', 'Yuri Ushakov', 'उशाकोव', 0, true), m('person', 'Yuri Ushakov', 'यूरी उशाकोव', 1, true)]);
    expect(s.people).toEqual([{ hi: 'यूरी उशाकोव', en: 'Yuri Ushakov', mentions: 2 }]);
  });

  it('returns empty lists for no mentions', () => {
    expect(summariseEntities([])).toEqual({ people: [], places: [], organisations: [] });
  });
});
