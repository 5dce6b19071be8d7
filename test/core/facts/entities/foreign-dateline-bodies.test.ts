import { describe, expect, it } from 'vitest';
import { DATELINE_SENTENCE, type Sentence } from '../../../../src/core/types.js';
import { realExtractor } from './fixtures.js';

/** A body the gazetteer knows by a bare word as India's is the dateline country's in a report filed abroad. */
const sentences = (dateline: string, ...texts: string[]): Sentence[] => [
  { index: DATELINE_SENTENCE, text: dateline, paragraph: DATELINE_SENTENCE },
  ...texts.map((text, index) => ({ index, text, paragraph: 0 })),
];
const bodies = (list: Sentence[]): [string, string][] =>
  realExtractor()(list).filter((m) => m.kind === 'organisation').map((m) => [m.text, m.en]);

describe('a bare national body in a report datelined abroad is that country\'s', () => {
  it.each([
    ['a parliament (was Parliament of India)', sentences('काठमांडू, 14 मई (भाषा)', 'प्रधानमंत्री बुधवार को संसद में बजट पेश करेंगे।'), [['संसद', 'Federal Parliament of Nepal']]],
    ['an apex court', sentences('इस्लामाबाद, 3 जून (भाषा)', 'सुप्रीम कोर्ट ने पूर्व मंत्री की याचिका खारिज कर दी।'), [['सुप्रीम कोर्ट', 'Supreme Court of Pakistan']]],
  ] as [string, Sentence[], [string, string][]][])('%s', (_name, list, expected) => {
    expect(bodies(list)).toEqual(expected);
  });
});
