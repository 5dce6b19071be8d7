import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/core/data/load-data.js';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import { mergeGazetteers } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { summariseEntities } from '../../../../src/core/facts/entities/summarise-entities.js';
import { splitSentences } from '../../../../src/core/text/sentences.js';
import { realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

/**
 * The five seed articles, raw text split into sentences. The real config/gazetteer is used when
 * present; the small test gazetteer fills in what it lacks (the real one wins shared forms).
 */
const dir = join(process.cwd(), 'content');
const real = loadData(join(process.cwd(), 'config')).data.gazetteer;
const gazetteer = mergeGazetteers([
  { people: real.people, places: real.places, organisations: real.organisations },
  TEST_GAZETTEER,
]);
const extract = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const analysed = files.map((file) => {
  const sentences = splitSentences(readFileSync(join(dir, file), 'utf8'));
  const mentions = extract(sentences);
  return { file, sentences, mentions, summary: summariseEntities(mentions) };
});
const all = (kind: 'people' | 'places' | 'organisations'): string[] => analysed.flatMap((a) => a.summary[kind].map((e) => e.en));

describe('seed articles', () => {
  it.each([
    /^Vladimir Putin$/,
    /^Kim Jong Un$/,
    /^Kim Hong-kyun$/,
    /^Kurt (M\. )?Campbell$/,
    /^Sergei Shoigu$/,
    /^Yōko Kamikawa$|^Yoko Kamikawa$/,
    /^Matthew Miller/,
    /^Yuri Ushakov$/,
    /^Alexander Kozlov/,
    /^Sergey Lavrov$/,
    /^Kim Il[- ][Ss]ung$/,
  ])('people include %s', (name) => {
    expect(all('people').some((en) => name.test(en)), all('people').join(', ')).toBe(true);
  });

  it.each(['North Korea', 'Russia', 'South Korea', 'United States', 'Ukraine', 'Japan', 'Pyongyang', 'Moscow', 'Vladivostok', 'Vietnam'])(
    'places include %s',
    (name) => {
      expect(all('places')).toContain(name);
    },
  );

  it.each([/Kremlin/, /TASS/, /Korean Central News Agency|KCNA/, /Al Jazeera/, /^United Nations$/, /Security Council/, /Yonhap/, /Rodong Sinmun/])(
    'organisations include %s',
    (name) => {
      expect(all('organisations').some((en) => name.test(en)), all('organisations').join(', ')).toBe(true);
    },
  );

  it('Putin is one identity per article and the most mentioned person in the four visit articles', () => {
    for (const a of analysed.slice(0, 4)) {
      expect(a.summary.people.filter((p) => /Putin/.test(p.en)).map((p) => p.en)).toEqual(['Vladimir Putin']);
      expect(a.summary.people[0]?.en).toBe('Vladimir Putin');
    }
  });

  it('North Korea and Russia lead the places of every article', () => {
    for (const a of analysed) {
      expect(a.summary.places.slice(0, 2).map((p) => p.en).sort()).toEqual(['North Korea', 'Russia']);
    }
  });

  it('every mention is a valid slice, with English names free of Devanagari', () => {
    for (const a of analysed) {
      for (const m of a.mentions) {
        expect(a.sentences[m.sentence]?.text.slice(m.span.start, m.span.end)).toBe(m.text);
        expect(m.en).not.toMatch(/[\u0900-\u097F]/u);
        expect(m.en.trim()).toBe(m.en);
      }
    }
  });

  it('no common word is reported as a person', () => {
    const words = /^(?:उन्होंने|सरकार|मंत्रालय|पुलिस|नेता|दोनों|एक|मंत्री|रिपोर्ट)$/u;
    for (const a of analysed) for (const m of a.mentions.filter((x) => x.kind === 'person')) expect(m.text).not.toMatch(words);
  });
});
