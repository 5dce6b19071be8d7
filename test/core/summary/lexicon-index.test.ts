import { describe, expect, it } from 'vitest';
import { lexiconDataSchema } from '../../../src/core/summary/lexicon-data.js';
import { indexLexicon } from '../../../src/core/summary/lexicon-index.js';
import { foldKey } from '../../../src/core/text/devanagari.js';

const first = (nouns: Record<string, string>, word: string): string | undefined =>
  indexLexicon(lexiconDataSchema.parse({ nouns })).byFirst.get(foldKey(word))?.[0]?.en;

describe('a plural two nouns share goes to the noun that keeps its word whole', () => {
  // वर्षों is वर्ष + ों (years), and also वर्षा with its last vowel changed (rains): years, in either order of the lexicon
  it.each([
    [{ वर्षा: 'rain', वर्ष: 'year' }, 'वर्षों', 'year'],
    [{ वर्ष: 'year', वर्षा: 'rain' }, 'वर्षों', 'year'],
    [{ वर्षा: 'rain', वर्ष: 'year' }, 'वर्षा', 'rain'],
    [{ वर्षा: 'rain', वर्ष: 'year' }, 'वर्षाओं', 'rain'],
    // (an ā-noun alone still has its oblique plural)
    [{ वर्षा: 'rain' }, 'वर्षों', 'rain'],
  ])('%j: %s → %s', (nouns, word, en) => {
    expect(first(nouns, word)).toBe(en);
  });
});

describe('the real lexicon', () => {
  it('reads कई वर्षों तक as years, never rains', async () => {
    const { loadData } = await import('../../../src/core/data/load-data.js');
    const { join } = await import('node:path');
    const index = indexLexicon(loadData(join(process.cwd(), 'config')).data.lexicon);
    expect(index.byFirst.get(foldKey('वर्षों'))?.[0]?.en).toBe('year');
  });
});
