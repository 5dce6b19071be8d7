import { describe, expect, it } from 'vitest';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { realExtractor } from './fixtures.js';

const sentences = (dateline: string, ...texts: string[]): Sentence[] => [
  { index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE },
  ...texts.map((text, index) => ({ index, text, paragraph: 0 })),
];
const bodies = (list: Sentence[]): [string, string][] =>
  realExtractor()(list).filter((m) => m.kind === 'organisation').map((m) => [m.text, m.en]);

describe('India\'s bodies stay India\'s where the report or the words say so', () => {
  it.each([
    ['an Indian dateline', sentences('नई दिल्ली, 14 मई (भाषा)', 'संसद में बजट पेश किया गया।'), [['संसद', 'Parliament of India']]],
    ['a name written with the country, abroad', sentences('ढाका, 14 मई (भाषा)', 'भारतीय संसद का एक दल पहुंचा।'), [['भारतीय संसद', 'Parliament of India']]],
  ] as [string, Sentence[], [string, string][]][])('%s', (_name, list, expected) => {
    expect(bodies(list)).toEqual(expected);
  });
});

describe('a bare body abroad the config names for no country there is named by no one', () => {
  it('a parliament in a country the config lists no parliament for', () => {
    expect(bodies(sentences('नैरोबी, 14 मई (एपी)', 'संसद में नए कानून पर बहस हुई।'))).toEqual([]);
  });
});
