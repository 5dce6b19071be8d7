import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chrf } from '../../../eval/english/chrf.js';
import { judgedTotals, runJudged, type JudgedResult } from '../../../eval/english/run-judged.js';
import { wrongFacts } from '../../../eval/english/wrong-facts.js';
import type { JudgedSentence } from '../../../eval/english/judged-data.js';

/**
 * The judged set (test/fixtures/english-judged): Hindi news sentences from the dev pages, the
 * unseen-facts fixture and stored news pages — none from the seeds — each with a human reference,
 * the facts it must carry and a judgement of the line. Through the app's own extractors.
 */
const DIR = join(process.cwd(), 'test/fixtures/english-judged');
let results: JudgedResult[] = [];
beforeAll(() => {
  results = runJudged(DIR, join(process.cwd(), 'config'));
});

const sentence = (over: Partial<JudgedSentence>): JudgedSentence => ({
  id: 'x', published: '2024-01-01', topic: 't', title: false, hi: 'x', reference: 'x', facts: { names: [], numbers: [], dates: [] }, ...over,
});

describe('chrF (character n-grams 1–6, β = 2)', () => {
  it.each([
    ['identical', 'India won by 20 runs', 'India won by 20 runs', 100],
    ['disjoint', 'abc', 'xyz', 0],
  ])('%s', (_name, hyp, ref, score) => {
    expect(chrf(hyp, ref)).toBeCloseTo(score, 5);
  });

  it('weighs recall over precision: a line missing half the reference scores lower than one with extra words', () => {
    const ref = 'Floods killed nine people in Assam';
    expect(chrf('Floods killed nine people in Assam on Monday night', ref)).toBeGreaterThan(chrf('Floods killed nine', ref));
  });
});

describe('wrongFacts(): what is checked automatically', () => {
  const ctx = { common: new Set(['Prime', 'Minister']) };
  it.each([
    ['a figure the sentence lacks', 'India won by 21 runs', sentence({ facts: { names: ['India'], numbers: [{ value: 20, unit: 'run', qualifier: 'exact' }], dates: [] } }), 1],
    ['a qualifier dropped', 'police arrested 10 people', sentence({ facts: { names: [], numbers: [{ value: 10, unit: 'person', qualifier: 'at least' }], dates: [] } }), 1],
    ['a vague figure printed', 'floods · about 1,000 people', sentence({ facts: { names: [], numbers: [{ value: 1000, unit: 'person', qualifier: 'vague' }], dates: [] } }), 1],
    ['swapped owners', 'BJP got 63 seats and Congress 166 seats', sentence({ facts: { names: ['BJP', 'Congress'], numbers: [{ value: 166, unit: 'seat', qualifier: 'exact', owner: 'BJP' }, { value: 63, unit: 'seat', qualifier: 'exact', owner: 'Congress' }], dates: [] } }), 2],
    ['a labelled owner', 'BJP: 166 seats · Congress: 63 seats', sentence({ facts: { names: ['BJP', 'Congress'], numbers: [{ value: 166, unit: 'seat', qualifier: 'exact', owner: 'BJP' }, { value: 63, unit: 'seat', qualifier: 'exact', owner: 'Congress' }], dates: [] } }), 0],
    ['a name not in the sentence', 'Prime Minister Narendra Modi met Joe Biden', sentence({ facts: { names: ['Narendra Modi'], numbers: [], dates: [] } }), 2],
    ['a date and a romanised spelling', 'Harshvardhan spoke on 4 March 2020', sentence({ facts: { names: ['Harsh Vardhan'], numbers: [], dates: ['2020-03-04'] } }), 0],
  ])('%s', (_name, line, s, count) => {
    expect(wrongFacts(line, s, ctx)).toHaveLength(count);
  });
});

describe('English lines on the judged set', () => {
  it('has ≥ 150 sentences across ≥ 10 topics, none from the seeds', () => {
    expect(results.length).toBeGreaterThanOrEqual(150);
    expect(new Set(results.map((r) => r.sentence.topic)).size).toBeGreaterThanOrEqual(10);
    const seeds = readdirSync(join(process.cwd(), 'content')).filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(process.cwd(), 'content', f), 'utf8')).join('\n');
    for (const r of results) expect(seeds.includes(r.sentence.hi), r.sentence.id).toBe(false);
  });

  it('states no wrong fact that can be found automatically', () => {
    const wrong = results.filter((r) => r.wrong.length > 0).map((r) => `${r.sentence.id}: ${r.line} — ${r.wrong.join('; ')}`);
    expect(wrong).toEqual([]);
  });

  it('says how every line was made, and never shows Hindi', () => {
    for (const r of results) {
      expect(['rules', 'facts']).toContain(r.source);
      expect(r.line, r.sentence.id).not.toMatch(/[\u0900-\u097F]/u);
      if (r.sentence.title) expect(r.line.length).toBeLessThanOrEqual(140);
    }
  });

  it('keeps a judgement for every line, with a reason for each one judged wrong', () => {
    const t = judgedTotals(results);
    expect(t.judged.unjudged).toBe(0);
    for (const r of results) if (r.sentence.judged === 'wrong') expect(r.sentence.why, r.sentence.id).toBeTruthy();
  });
});
