import type { ArticleFacts, BilingualLines, BilingualTitle, Sentence } from '../types.js';
import { createEnglishLines, type EnglishLine } from './english-line.js';
import { createTeaserCut, titleFacts, titleSentence } from './english-title.js';
import type { LexiconData } from './lexicon-data.js';
import { indexLexicon } from './lexicon-index.js';
import { createSelector } from './select-sentences.js';
import { createSentenceFacts } from './sentence-facts.js';

export interface SummaryInput {
  title: string;
  sentences: readonly Sentence[];
  facts: ArticleFacts;
  published: string;
}

/** Receives what went wrong while summarising (a renderer defect or failure); the output stays usable. */
export type SummaryReport = (message: string) => void;

export interface Summariser {
  /** 3–5 central sentences, cleaned, reading order; title.hi from the headline; one English line per Hindi line. */
  summarise(input: SummaryInput, report?: SummaryReport): { title: BilingualTitle; summary: BilingualLines; picked: number[] };
  /** English line for one sentence (used for every dated sentence in the event index). */
  english(sentence: Sentence, facts: ArticleFacts, report?: SummaryReport): string;
  /** English line for one sentence and how it was made (`rules` sentence or `facts` line). */
  englishLine(sentence: Sentence, facts: ArticleFacts, report?: SummaryReport): EnglishLine;
  /** English for a headline (title.en). */
  englishTitle(title: string, facts: ArticleFacts, report?: SummaryReport): string;
  /** English headline and how it was made. */
  titleLine(title: string, facts: ArticleFacts, report?: SummaryReport): EnglishLine;
}

const ignore: SummaryReport = () => undefined;

const EMPTY_FACTS: ArticleFacts = { dates: [], numbers: [], mentions: [] };

/** Compiles the lexicon once; the returned summariser never throws at a caller. */
export function createSummariser(data: LexiconData): Summariser {
  const index = indexLexicon(data);
  const lines = createEnglishLines(index);
  const select = createSelector(index.stopwords);
  // every source was checked to compile when the lexicon was loaded (lexicon-data.ts)
  const strips = data.leadStrip.map((source) => new RegExp(source, 'u'));
  const cleanHindi = (text: string): string => {
    let out = text.replace(/\s+/g, ' ').trim();
    for (const re of strips) {
      const next = out.replace(re, '').trim();
      // a kicker is short: never strip most of a line
      if (next.length >= out.length * 0.5) out = next;
    }
    return out;
  };
  const safe = <T>(what: string, report: SummaryReport, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (cause) {
      report(`${what} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
      return fallback;
    }
  };
  const leaked = (what: string, report: SummaryReport) => (line: string) => report(`${what} kept Hindi text, shown as a facts line instead: ${line}`);
  /** Rounds of selection that replace sentences with no English line. */
  const RESELECT_ROUNDS = 8;
  const NONE: EnglishLine = { text: '', source: 'facts' };
  const factsOf = createSentenceFacts();
  const englishLine = (sentence: Sentence, facts: ArticleFacts, report = ignore): EnglishLine =>
    safe(`English of sentence ${sentence.index}`, report, () => lines.line(sentence, factsOf(facts ?? EMPTY_FACTS, sentence.index), false, leaked(`English of sentence ${sentence.index}`, report)), NONE);
  const teaserCut = createTeaserCut(data.teasers);
  const titleLine = (title: string, facts: ArticleFacts, report = ignore): EnglishLine =>
    safe('English headline', report, () => {
      const cut = teaserCut(title ?? '');
      return lines.line(titleSentence(title ?? '', cut), titleFacts(facts ?? EMPTY_FACTS, cut), true, leaked('English headline', report));
    }, NONE);

  return {
    english: (sentence, facts, report) => englishLine(sentence, facts, report).text,
    englishLine,
    englishTitle: (title, facts, report) => titleLine(title, facts, report).text,
    titleLine,
    summarise(input, report = ignore) {
      const sentences = input.sentences ?? [];
      const facts = input.facts ?? EMPTY_FACTS;
      const title = input.title ?? '';
      // a sentence whose English line comes out empty gives way to the next best one (a reader of the
      // English summary would see a blank line); a few rounds at most
      const avoid = new Set<number>();
      let chosen: Sentence[] = [];
      let rendered: EnglishLine[] = [];
      for (let round = 0; round < RESELECT_ROUNDS; round++) {
        const picked = safe('sentence selection', report, () => select({ title, sentences, facts, avoid }), sentences.slice(0, 3).map((s) => s.index));
        chosen = picked.map((i) => sentences.find((s) => s.index === i)).filter((s): s is Sentence => s !== undefined);
        rendered = chosen.map((s) => englishLine(s, facts, report));
        const blank = chosen.filter((s, k) => rendered[k]?.text === '' && !avoid.has(s.index));
        if (blank.length === 0) break;
        for (const s of blank) avoid.add(s.index);
      }
      const head = titleLine(title, facts, report);
      return {
        title: { hi: cleanHindi(title), en: head.text, enSource: head.source },
        summary: { hi: chosen.map((s) => cleanHindi(s.text)), en: rendered.map((l) => l.text), enSource: rendered.map((l) => l.source) },
        picked: chosen.map((s) => s.index),
      };
    },
  };
}
