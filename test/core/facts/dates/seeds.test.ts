import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import type { DateFact } from '../../../../src/core/types.js';
import { extractDates } from './helpers.js';

const CONTENT = join(process.cwd(), 'content');

/** Publication dates from content/metadata.yaml. */
const ARTICLES: Record<string, string> = {
  '000_f640ce1a00593bca': '2024-06-17',
  '001_75f56c80fa5c6a6b': '2024-06-18',
  '002_d880316c1af1bb8a': '2023-09-14',
  '003_3fd5d64bb745e3fe': '2024-06-19',
  '004_51fa049b9e4d0dab': '2025-07-12',
};

function factsOf(id: string): DateFact[] {
  const raw = readFileSync(join(CONTENT, `${id}.txt`), 'utf8');
  const published = ARTICLES[id] as string;
  return splitSentences(raw).flatMap((sentence) => {
    const facts = extractDates(sentence, { published });
    for (const f of facts) expect(sentence.text.slice(f.span.start, f.span.end)).toBe(f.text);
    return facts;
  });
}

/** [text, value, end?]: a fact with this text and value must be found. */
type Expected = [string, string, string?];

const EXPECTED: Record<string, Expected[]> = {
  '000_f640ce1a00593bca': [
    ['इस सप्ताह', '2024-W25'],
    ['13 सितंबर, 2023', '2023-09-13'],
    ['पिछले सितंबर', '2023-09'],
    ['18-19 जून', '2024-06-18', '2024-06-19'],
    ['जुलाई 2000', '2000-07'],
    ['19-20 जून', '2024-06-19', '2024-06-20'],
    ['जनवरी', '2024-01'],
    ['शुक्रवार', '2024-06-14'],
  ],
  '001_75f56c80fa5c6a6b': [
    ['मंगलवार', '2024-06-18'],
    ['सितंबर 2023', '2023-09'],
    ['18-19 जून', '2024-06-18', '2024-06-19'],
    ['19 जून', '2024-06-19'],
    ['1961', '1961'],
    ['1990', '1990'],
    ['1996', '1996'],
    ['अगले वर्ष', '1997'],
    ['मई के अंत', '2024-05'],
    ['नवंबर 2023', '2023-11'],
    ['2024', '2024'],
    ['पिछले महीने', '2024-05'],
  ],
  '002_d880316c1af1bb8a': [
    ['गुरुवार', '2023-09-14'],
    ['जुलाई', '2023-07'],
    ['1950-1953', '1950', '1953'],
  ],
  '003_3fd5d64bb745e3fe': [
    ['बुधवार', '2024-06-19'],
    ['पिछले साल', '2023'],
    ['मंगलवार', '2024-06-18'],
    ['1950-53', '1950', '1953'],
  ],
  '004_51fa049b9e4d0dab': [
    ['19 जून 2024', '2024-06-19'],
    ['2024', '2024'],
    ['रविवार', '2025-07-13'],
  ],
};

/** Every date of the seeds is listed above (count of facts per article, duplicates included). */
const COUNTS: Record<string, number> = {
  '000_f640ce1a00593bca': 10,
  '001_75f56c80fa5c6a6b': 12,
  '002_d880316c1af1bb8a': 4,
  '003_3fd5d64bb745e3fe': 5,
  '004_51fa049b9e4d0dab': 3,
};

describe('seed articles', () => {
  it.each(Object.keys(ARTICLES))('%s', (id) => {
    const facts = factsOf(id);
    const found = facts.map((f) => [f.text, f.value, f.end]);
    for (const [text, value, end] of EXPECTED[id] ?? []) expect(found).toContainEqual([text, value, end]);
    expect(facts).toHaveLength(COUNTS[id] as number);
  });

  it('finds 1950-1953 twice in 002 and the publication-relative week in 000 title and body', () => {
    expect(factsOf('002_d880316c1af1bb8a').filter((f) => f.text === '1950-1953')).toHaveLength(2);
    expect(factsOf('000_f640ce1a00593bca').filter((f) => f.value === '2024-W25')).toHaveLength(2);
  });

  it('skips the printed Update line (page furniture)', () => {
    expect(factsOf('001_75f56c80fa5c6a6b').some((f) => f.text.includes('08:21') || f.text === '2024-06-18')).toBe(false);
  });
});
