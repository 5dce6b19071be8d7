import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const extract = createEntityExtractor(TEST_GAZETTEER, realEntitiesData(), realCommonWords());
const found = (text: string): [string, string][] => mentionsOf(text, extract).map((m) => [m.kind, m.text]);

describe('no area, no given name where the words say otherwise', () => {
  // [case, sentence, mentions: kind, matched text]
  it.each([
    ['a name word that is not town-shaped before a given name', 'एसपी श्याम विजय सिंह ने कहा कि जांच होगी।', [['person', 'श्याम विजय सिंह']]],
    // after a station's title, the first half of a compound given name is no area (reviewer: "Indra" as a place)
    ['two given names after the SHO\'s title', 'थाना प्रभारी राम अवधेश त्रिपाठी ने बताया।', [['person', 'राम अवधेश त्रिपाठी']]],
    ['a compound given name after the SHO\'s title', 'थाना प्रभारी इंद्र मोहन शर्मा ने बताया।', [['person', 'इंद्र मोहन शर्मा']]],
    ['a town-shaped word alone after a title is a place, not the officer', 'एसडीपीओ महेशपुर पहुंचे और जांच की।', [['place', 'महेशपुर']]],
    ['a prince without a surname is no name', 'राजकुमार ने महल का दौरा किया।', []],
    // a word with a figure hyphened to it is a code: coach S-5 is no coach named S (was "Es", Coach)
    ['a coach code after the word for coach', 'हादसे में सबसे ज्यादा प्रभावित कोच एस-5 और एस-6 हुए।', []],
    ['a ward code after a title', 'पार्षद बी-12 वार्ड से चुने गए।', []],
  ] as [string, string, [string, string][]][])('%s', (_name, sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });
});
