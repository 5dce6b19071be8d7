import { expect } from 'vitest';
import { formatDateRange } from '../../../src/core/summary/english-date.js';
import type { LexiconData } from '../../../src/core/summary/lexicon-data.js';
import type { ArticleFacts } from '../../../src/core/types.js';

const DEVANAGARI = /[\u0900-\u097F]/u;
/** Romanised Hindi function words: their presence means Hindi was transliterated, not translated. */
const ROMANISED = /\b(ne|ka|ki|ke|ko|mein|par|hai|hain|tha|kaha|kiya|aur|yatra|mantralaya|sarkar)\b/i;

/** Capitalised words an English line may use: facts, lexicon English, calendar words. */
function allowedCapitals(facts: ArticleFacts, lexicon: LexiconData): Set<string> {
  // "Rs" is how formatNumber prints rupees
  const words = new Set<string>(['According', 'I', 'Rs']);
  const add = (text: string | undefined): void => {
    for (const w of (text ?? '').split(/[\s()'’,.·–-]+/)) if (w) words.add(w);
  };
  for (const m of facts.mentions) [m.en, m.role, m.country].forEach(add);
  for (const d of Object.values(lexicon.demonyms)) add(d);
  for (const dict of [lexicon.roles, lexicon.institutions, lexicon.nouns, lexicon.adjectives, lexicon.adverbs]) {
    Object.values(dict).forEach(add);
  }
  for (let m = 0; m < 12; m++) add(new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date(2024, m, 1)));
  for (let d = 1; d <= 7; d++) add(new Intl.DateTimeFormat('en-GB', { weekday: 'long' }).format(new Date(2024, 0, d)));
  return words;
}

/** Numbers an English line may print: the facts' values (rupees also in lakh/crore) and the dates' English digits. */
function allowedNumbers(facts: ArticleFacts, en: string): Set<string> {
  const nums = new Set<string>();
  for (const n of facts.numbers) {
    nums.add(String(n.value));
    if (n.end !== undefined) nums.add(String(n.end));
    // rupees print in the Indian scale the Hindi uses: 5 lakh, 400 crore, 18 lakh crore
    if (n.unit === 'rupee') for (const scale of [1e5, 1e7, 1e12]) nums.add(String(Number((n.value / scale).toFixed(2))));
  }
  for (const d of facts.dates) for (const x of formatDateRange(d.value, d.end).match(/\d+/g) ?? []) nums.add(x);
  // (the digits of a name the line says: NIFTY 50, Chandrayaan-3)
  for (const m of facts.mentions) if (en.includes(m.en)) for (const x of m.en.match(/\d+/g) ?? []) nums.add(x);
  return nums;
}

/** The line is English: no Devanagari, no romanised Hindi, no name or number absent from the facts. */
export function expectCleanEnglish(en: string, facts: ArticleFacts, lexicon: LexiconData): void {
  expect(en).not.toMatch(DEVANAGARI);
  expect(en).not.toMatch(ROMANISED);
  const capitals = allowedCapitals(facts, lexicon);
  const words = en.split(/[\s()'’,.;:·–-]+/).filter((w) => /^[A-Z]/.test(w));
  for (const w of words.slice(1)) expect(capitals, `"${w}" in "${en}"`).toContain(w);
  const numbers = allowedNumbers(facts, en);
  for (const n of en.replace(/(\d),(\d)/g, '$1$2').match(/\d+(\.\d+)?/g) ?? []) {
    expect(numbers, `${n} in "${en}"`).toContain(n);
  }
}
