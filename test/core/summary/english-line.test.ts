import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { ENGLISH_CASES } from './english-cases.js';
import { expectCleanEnglish } from './english-guards.js';
import { build } from './fact-builders.js';

const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
const summariser = createSummariser(lexicon);

describe('english(): one English line per Hindi sentence, from its facts and the lexicon', () => {
  it('has 40+ cases across topics', () => {
    expect(ENGLISH_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ENGLISH_CASES.map((c) => c.topic)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(ENGLISH_CASES)('$topic: $hi', (c) => {
    const { sentence, facts } = build(c.hi, c.facts);
    const en = summariser.english(sentence, facts);
    for (const part of c.contains) {
      if (typeof part === 'string') expect(en).toContain(part);
      else expect(en).toMatch(part);
    }
    expectCleanEnglish(en, facts, lexicon);
  });
});

describe('englishTitle(): headlines, with the facts computed for the title (sentence -1)', () => {
  const title = (hi: string, spec: Parameters<typeof build>[1]) => {
    const { facts } = build(hi, spec, -1);
    return { en: summariser.englishTitle(hi, facts), facts };
  };

  it('reads verb-first headline order ("पुतिन करेंगे … का दौरा")', () => {
    const { en, facts } = title('रूस के राष्ट्रपति पुतिन करेंगे इस सप्ताह उत्तर कोरिया का दौरा', {
      places: [['रूस', 'Russia'], ['उत्तर कोरिया', 'North Korea']],
      people: [['पुतिन', 'Vladimir Putin', 'President', 'Russia']],
      dates: [['इस सप्ताह', '2024-W25', 'week']],
    });
    expect(en).toContain('Russian President Vladimir Putin will visit North Korea');
    expect(en).toContain('this week');
    expectCleanEnglish(en, facts, lexicon);
  });

  it('puts a name after the verb back as its subject ("North Korea पहुंचे पुतिन")', () => {
    const { en } = title('24 साल बाद उत्तर कोरिया पहुंचे पुतिन', {
      places: [['उत्तर कोरिया', 'North Korea']],
      people: [['पुतिन', 'Vladimir Putin', 'President', 'Russia']],
      numbers: [['24 साल', 24, 'year']],
    });
    expect(en).toMatch(/^Russian President Vladimir Putin arrived in North Korea after 24 years/);
  });

  it('uses only the title facts, never the body facts', () => {
    const body = build('पुतिन ने कहा।', { people: [['पुतिन', 'Vladimir Putin', 'President', 'Russia']] }, 0);
    const en = summariser.englishTitle('पुतिन उत्तर कोरिया पहुंचे', body.facts);
    expect(en).not.toContain('Putin');
  });

  it('reads a nominal headline', () => {
    const { en } = title('पुतिन का उत्तर कोरिया दौरा', {
      places: [['उत्तर कोरिया', 'North Korea']],
      people: [['पुतिन', 'Vladimir Putin', 'President', 'Russia']],
    });
    expect(en).toContain("Putin's North Korea visit");
  });
});

describe('english(): what the doubt rules leave as sentences (reviewer)', () => {
  it.each([
    // a person right before ने is the doer, though an office and a place stand before the person
    ['डीएम आगरा अनिल कुमार ने बताया कि बैठक हो गई है।', { places: [['आगरा', 'Agra']], people: [['अनिल कुमार', 'Anil Kumar']] }, /^Anil Kumar said/],
    // an emphatic तो is no contrast
    ['भाजपा ने तो उम्मीदवार घोषित कर दिया।', { orgs: [['भाजपा', 'Bharatiya Janata Party']] }, /^Bharatiya Janata Party declared candidate/],
  ] as [string, Parameters<typeof build>[1], RegExp][])('%s', (hi, spec, want) => {
    const { sentence, facts } = build(hi, spec);
    expect(summariser.english(sentence, facts)).toMatch(want);
  });
});

