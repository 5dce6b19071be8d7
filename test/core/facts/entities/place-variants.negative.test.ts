import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../../src/core/types.js';
import { realExtractor } from './fixtures.js';

const sentences = (...texts: string[]): Sentence[] => texts.map((text, index) => ({ index, text, paragraph: 0 }));
const organisations = (list: Sentence[]): string[] => realExtractor()(list).filter((m) => m.kind === 'organisation').map((m) => m.en);

describe('a bare AIIMS is no one\'s when two places that have one may own it', () => {
  it('two such places in its sentence (reviewer: was the first one\'s)', () => {
    expect(organisations(sentences('रायपुर और जोधपुर से आए डॉक्टरों ने एम्स में कार्यशाला की।'))).toEqual([]);
  });

  it('two such places, neither in its sentence', () => {
    expect(organisations(sentences('मरीज को पटना से भोपाल भेजा गया।', 'एम्स में उसका इलाज चला।'))).toEqual([]);
  });
});
