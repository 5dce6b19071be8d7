import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/data/load-data.js';
import { buildSnapshot } from '../../../src/core/pipeline/build-snapshot.js';
import { formatDateRange } from '../../../src/core/summary/english-date.js';
import { formatNumber } from '../../../src/core/summary/english-morph.js';
import { createSummariser } from '../../../src/core/summary/create-summariser.js';
import type { AnalysedArticle, ArticleFacts } from '../../../src/core/types.js';

/**
 * The full pipeline on Hindi news it was not written for (test/fixtures/unseen-english: sport,
 * markets, courts, weather, elections, science, health, crime, diplomacy, business), the
 * unseen-news fixture and the seeds: every English line must be English and invent nothing.
 */
const config = join(process.cwd(), 'config');
const lexicon = loadData(config).data.lexicon;
const summariser = createSummariser(lexicon);
const articles = ['test/fixtures/unseen-english', 'test/fixtures/unseen-news', 'content'].flatMap((dir) =>
  buildSnapshot({ contentDir: join(process.cwd(), dir), configDir: config, timezone: 'Asia/Kolkata' }).articles);

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/u;
const ROMANISED = /(?<![\p{L}\p{M}])(ne|ko|ka|ki|ke|mein|hai|hain|tha|thi|kiya|kiye|gaya|gayi|gaye|aur|se|bhi|nahin|nahi|yah|vah|diya|liya|raha|rahe|hua|hui|karne|kaha|sarkar|mantri|mantralaya|yatra|chunav|adalat|ne kaha)(?![\p{L}\p{M}])/iu;

function allowed(facts: ArticleFacts, names: string[], hindi: string): { capitals: Set<string>; numbers: Set<string> } {
  const capitals = new Set(['According', 'I', 'Rs', 'A', 'An', 'The', 'It']);
  const add = (t: string | undefined): void => { for (const w of (t ?? '').split(/[\s()'’,.·–-]+/)) if (w) capitals.add(w); };
  for (const m of facts.mentions) [m.en, m.role, m.country].forEach(add);
  names.forEach(add);
  for (const d of Object.values(lexicon.demonyms)) add(d);
  for (const dict of [lexicon.roles, lexicon.institutions, lexicon.nouns, lexicon.adjectives, lexicon.adverbs]) Object.values(dict).forEach(add);
  const lexiconDigits = Object.values(lexicon.nouns).filter((n) => /\d/.test(n));
  for (let m = 0; m < 12; m++) add(new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date(2024, m, 1)));
  for (let d = 1; d <= 7; d++) add(new Intl.DateTimeFormat('en-GB', { weekday: 'long' }).format(new Date(2024, 0, d)));
  const numbers = new Set<string>();
  const digits = (t: string): void => { for (const x of t.replace(/(\d),(\d)/g, '$1$2').match(/\d+(\.\d+)?/g) ?? []) numbers.add(x); };
  for (const n of facts.numbers) {
    digits(`${formatNumber(n, null)} ${n.value}`);
    add(n.unit ?? '');
  }
  // digits inside names (NIFTY 50, T20 World Cup) and, for a headline, digits written in it
  for (const m of facts.mentions) digits(m.en);
  names.forEach(digits);
  lexiconDigits.forEach(digits);
  digits(hindi.replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x966)));
  for (const d of facts.dates) digits(formatDateRange(d.value, d.end));
  return { capitals, numbers };
}

function expectEnglish(en: string, facts: ArticleFacts, names: string[], where: string, hindi = ''): void {
  expect(en, where).not.toMatch(DEVANAGARI);
  expect(en, where).not.toMatch(ROMANISED);
  const { capitals, numbers } = allowed(facts, names, hindi);
  for (const w of en.split(/[\s()'’,.;:·–-]+/).filter((x) => /^[A-Z]/.test(x)).slice(1)) expect(capitals, `"${w}" in ${where}: ${en}`).toContain(w);
  for (const n of en.replace(/(\d),(\d)/g, '$1$2').match(/\d+(\.\d+)?/g) ?? []) expect(numbers, `${n} in ${where}: ${en}`).toContain(n);
}

const only = (a: AnalysedArticle, index: number): ArticleFacts => ({
  dates: a.facts.dates.filter((d) => d.sentence === index),
  numbers: a.facts.numbers.filter((n) => n.sentence === index),
  mentions: a.facts.mentions.filter((m) => m.sentence === index),
});

describe('English lines on unseen Hindi news (full pipeline)', () => {
  it('reads 25+ unseen articles across topics', () => {
    expect(articles.length).toBeGreaterThanOrEqual(25 + 6 + 5);
  });

  it.each(articles.map((a) => [a.id, a] as const))('%s: every sentence line is English built from its own facts', (_id, a) => {
    for (const s of a.sentences) {
      const en = summariser.english(s, a.facts);
      expectEnglish(en, only(a, s.index), [], `${a.id}#${s.index}`);
    }
  });

  it.each(articles.map((a) => [a.id, a] as const))('%s: title and summary are English, one line per Hindi line', (_id, a) => {
    const roles = a.facts.mentions.flatMap((m) => [m.role ?? '', m.country ?? '']);
    const names = [...a.entities.people, ...a.entities.places, ...a.entities.organisations].map((e) => e.en).concat(roles);
    expect(a.summary.en).toHaveLength(a.summary.hi.length);
    expectEnglish(a.title.en, { ...a.facts, mentions: [] }, names, `${a.id} title`, a.title.hi);
    for (const en of a.summary.en) {
      expect(en.length).toBeGreaterThan(0);
      expectEnglish(en, a.facts, names, `${a.id} summary`);
    }
  });
});
