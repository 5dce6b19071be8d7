import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import type { NumberFact } from '../../../../src/core/types.js';
import { extractor } from './extract.js';

function factsOf(file: string): NumberFact[] {
  const raw = readFileSync(join(process.cwd(), 'content', file), 'utf8');
  return splitSentences(raw).flatMap((s) => extractor(s, []));
}

const summary = (f: NumberFact) => [f.text, f.value, f.unit, f.approx];

describe('seed articles', () => {
  it.each([
    ['000_f640ce1a00593bca.txt', [
      ['दो दिवसीय', 2, 'day', false],
      ['कम से कम एक बैलिस्टिक मिसाइल', 1, 'missile', true],
      ['लगभग 50 ऐसी मिसाइलों', 50, 'missile', true],
    ]],
    ['001_75f56c80fa5c6a6b.txt', [
      ['दो दिवसीय', 2, 'day', false],
      ['24 वर्षों', 24, 'year', false],
      ['तीन और ऐसे उपग्रहों', 3, 'satellite', false],
    ]],
    ['002_d880316c1af1bb8a.txt', [
      ['चार साल', 4, 'year', false],
      ['चार घंटे से अधिक', 4, 'hour', true],
      ['दो छोटी दूरी की बैलिस्टिक मिसाइलें', 2, 'missile', false],
    ]],
    ['003_3fd5d64bb745e3fe.txt', [
      ['24 साल', 24, 'year', false],
      ['24 साल', 24, 'year', false],
    ]],
    ['004_51fa049b9e4d0dab.txt', [
      ['40%', 40, 'percent', false],
      ['30000 के लगभग सैनिक', 30000, 'soldier', true],
      ['11000 सैनिक', 11000, 'soldier', false],
      ['हजारों सैनिक', 1000, 'soldier', true],
    ]],
  ] as const)('%s: exactly the expected quantities (no years, dates, ordinals or articles)', (file, expected) => {
    expect(factsOf(file).map(summary)).toEqual(expected);
  });

  it('every fact text is the slice of its sentence span', () => {
    for (const file of ['000_f640ce1a00593bca.txt', '004_51fa049b9e4d0dab.txt']) {
      const raw = readFileSync(join(process.cwd(), 'content', file), 'utf8');
      for (const sentence of splitSentences(raw)) {
        for (const fact of extractor(sentence, [])) {
          expect(sentence.text.slice(fact.span.start, fact.span.end)).toBe(fact.text);
          expect(fact.sentence).toBe(sentence.index);
        }
      }
    }
  });
});
