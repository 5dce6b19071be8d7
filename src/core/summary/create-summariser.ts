import type { ArticleFacts, Bilingual, Sentence } from '../types.js';
import { createEnglishLines, tidyEnglish } from './english-line.js';
import { titleFacts, titleSentence } from './english-title.js';
import type { LexiconData } from './lexicon-data.js';
import { indexLexicon } from './lexicon-index.js';
import { createSelector } from './select-sentences.js';

export interface SummaryInput {
  title: string;
  sentences: readonly Sentence[];
  facts: ArticleFacts;
  published: string;
}

export interface Summariser {
  /** 3–5 central sentences, cleaned, reading order; title.hi from the headline; one English line per Hindi line. */
  summarise(input: SummaryInput): { title: Bilingual; summary: { hi: string[]; en: string[] }; picked: number[] };
  /** English line for one sentence (used for every dated sentence in the event index). */
  english(sentence: Sentence, facts: ArticleFacts): string;
  /** English for a headline (title.en). */
  englishTitle(title: string, facts: ArticleFacts): string;
}

const EMPTY_FACTS: ArticleFacts = { dates: [], numbers: [], mentions: [] };

/** Compiles the lexicon once; the returned summariser never throws at a caller. */
export function createSummariser(data: LexiconData): Summariser {
  const index = indexLexicon(data);
  const lines = createEnglishLines(index);
  const select = createSelector(index.stopwords);
  const strips = data.leadStrip.flatMap((source) => {
    try {
      return [new RegExp(source, 'u')];
    } catch {
      return [];
    }
  });
  const cleanHindi = (text: string): string => {
    let out = text.replace(/\s+/g, ' ').trim();
    for (const re of strips) {
      const next = out.replace(re, '').trim();
      // a kicker is short: never strip most of a line
      if (next.length >= out.length * 0.5) out = next;
    }
    return out;
  };
  const safe = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  const english = (sentence: Sentence, facts: ArticleFacts): string =>
    safe(() => lines.line(sentence, facts ?? EMPTY_FACTS), '');
  const englishTitle = (title: string, facts: ArticleFacts): string =>
    safe(() => lines.line(titleSentence(title ?? ''), titleFacts(facts ?? EMPTY_FACTS), true), '');

  return {
    english,
    englishTitle,
    summarise(input) {
      const sentences = input.sentences ?? [];
      const facts = input.facts ?? EMPTY_FACTS;
      const title = input.title ?? '';
      const picked = safe(() => select({ title, sentences, facts }), sentences.slice(0, 3).map((s) => s.index));
      const chosen = picked
        .map((i) => sentences.find((s) => s.index === i))
        .filter((s): s is Sentence => s !== undefined);
      return {
        title: { hi: cleanHindi(title), en: tidyEnglish(englishTitle(title, facts)) },
        summary: { hi: chosen.map((s) => cleanHindi(s.text)), en: chosen.map((s) => english(s, facts)) },
        picked: chosen.map((s) => s.index),
      };
    },
  };
}
