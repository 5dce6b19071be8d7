import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import { build, type FactSpec } from './fact-builders.js';

/**
 * Nothing deletes Hindi from an English line any more: a line that keeps Devanagari is a renderer
 * (or lexicon) defect, reported with the line and replaced by the facts line — so the "no
 * Devanagari in English" checks elsewhere can fail.
 */
const lexicon = loadData(join(process.cwd(), 'config')).data.lexicon;
// a lexicon whose English column for यात्रा holds Hindi: the renderer copies it into the line
const broken = createSummariser({ ...lexicon, nouns: { ...lexicon.nouns, यात्रा: 'यात्रा visit' } });
const sound = createSummariser(lexicon);
const hi = 'प्रधानमंत्री नरेंद्र मोदी की अमेरिका यात्रा शुरू हुई।';
const spec: FactSpec = { people: [['नरेंद्र मोदी', 'Narendra Modi', 'Prime Minister', 'India']], places: [['अमेरिका', 'United States']] };

describe('English lines that keep Hindi text', () => {
  it('are reported with the line and shown as the facts line', () => {
    const { sentence, facts } = build(hi, spec);
    const reports: string[] = [];
    const en = broken.english(sentence, facts, (m) => reports.push(m));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^English of sentence 0 kept Hindi text, shown as a facts line instead: .*यात्रा visit/u);
    expect(en).not.toMatch(/[\u0900-\u097F]/u);
    expect(en).toContain('Narendra Modi');
    expect(en).toContain('United States');
  });

  it('are reported for a headline too', () => {
    const { facts } = build(hi, spec, -1);
    const reports: string[] = [];
    broken.englishTitle(hi, facts, (m) => reports.push(m));
    expect(reports[0]).toMatch(/^English headline kept Hindi text/u);
  });

  it('are not reported when the lexicon is sound', () => {
    const { sentence, facts } = build(hi, spec);
    const reports: string[] = [];
    const en = sound.english(sentence, facts, (m) => reports.push(m));
    expect(reports).toEqual([]);
    expect(en).toMatch(/visit/u);
  });
});
