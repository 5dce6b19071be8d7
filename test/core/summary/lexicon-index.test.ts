import { describe, expect, it } from 'vitest';
import { lexiconDataSchema } from '../../../src/core/summary/lexicon-data.js';
import { indexLexicon } from '../../../src/core/summary/lexicon-index.js';
import { foldKey } from '../../../src/core/text/devanagari.js';

const first = (nouns: Record<string, string>, word: string): string | undefined =>
  indexLexicon(lexiconDataSchema.parse({ nouns })).byFirst.get(foldKey(word))?.[0]?.en;

describe('a word the lexicon lists as it is goes before a form made from another word', () => {
  // वर्षों listed (years) before the plural made from वर्षा (rains), in either order of the lexicon
  it.each([
    [{ वर्षा: 'rain', वर्षों: 'years' }, 'वर्षों', 'years'],
    [{ वर्षों: 'years', वर्षा: 'rain' }, 'वर्षों', 'years'],
    [{ वर्षा: 'rain', वर्षों: 'years' }, 'वर्षा', 'rain'],
    [{ वर्षा: 'rain', वर्षों: 'years' }, 'वर्षाओं', 'rain'],
    // (two made forms keep the lexicon's order: दौरों stays the plural of दौरा, visits, listed first)
    [{ दौरा: 'visit', दौर: 'round' }, 'दौरों', 'visit'],
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
    expect(index.byFirst.get(foldKey('वर्षों'))?.[0]?.en).toBe('years');
    expect(index.byFirst.get(foldKey('दौरों'))?.[0]?.en).toBe('visit');
    // (an idiom is read whole: on a war footing, never "war level")
    expect(index.byFirst.get(foldKey('युद्ध'))?.find((e) => e.words.length === 3)?.en).toBe('on a war footing');
  });
});
