import { TITLE_SENTENCE, type AnalysedArticle, type DateFact, type EntityMention, type NumberFact } from '../types.js';
import type { SentenceFacts } from './fact-guard.js';

/** One Hindi line a provider may translate, with the facts its English must carry. */
export interface TranslationUnit {
  /** The Hindi line as shown to readers. */
  hi: string;
  facts: SentenceFacts;
  published: string;
}

/** The translatable lines of one article: headline, summary lines, dated sentences (event index). */
export interface ArticleUnits {
  title: TranslationUnit;
  summary: TranslationUnit[];
  /** By sentence index, for `article.english`. */
  events: Map<number, TranslationUnit>;
}

/** The cache key of a Hindi line: NFC, one space between words, trimmed. */
export const normaliseSentence = (hi: string): string => hi.normalize('NFC').replace(/\s+/g, ' ').trim();

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Facts of a line: those of its own sentence that lie inside the (cleaned) line, plus facts reported
 * for other sentences whose Hindi text the line repeats (a headline's figure is reported once, from
 * the body; its names are kept per body sentence), so the English must carry them too.
 */
function factsOf(article: AnalysedArticle, line: string, own: number | null): SentenceFacts {
  const text = squash(line);
  const inside = <T extends { text: string; sentence: number }>(facts: readonly T[]): T[] => {
    const mine = facts.filter((f) => f.sentence === own && text.includes(squash(f.text)));
    const repeated = facts.filter((f) => f.sentence !== own && f.text.length > 1 && text.includes(squash(f.text)) && !mine.some((m) => m.text === f.text));
    const firstOfText = repeated.filter((f, i) => repeated.findIndex((g) => g.text === f.text) === i);
    return [...mine, ...firstOfText];
  };
  return {
    dates: inside<DateFact>(article.facts.dates),
    numbers: inside<NumberFact>(article.facts.numbers),
    mentions: inside<EntityMention>(article.facts.mentions),
  };
}

/** Finds the body sentence a summary line was cleaned from (kicker stripped, spaces squashed). */
function sentenceOf(article: AnalysedArticle, line: string): number | null {
  const text = squash(line).trim();
  const found = article.sentences.find((s) => squash(s.text).includes(text));
  return found ? found.index : null;
}

export function articleUnits(article: AnalysedArticle): ArticleUnits {
  const unit = (hi: string, own: number | null): TranslationUnit => ({ hi, facts: factsOf(article, hi, own), published: article.published });
  const events = new Map<number, TranslationUnit>();
  for (const index of article.english.keys()) {
    const sentence = article.sentences[index];
    if (sentence) events.set(index, unit(sentence.text, index));
  }
  return {
    title: unit(article.title.hi, TITLE_SENTENCE),
    summary: article.summary.hi.map((hi) => unit(hi, sentenceOf(article, hi))),
    events,
  };
}

/** Every distinct line of the articles (by normalised Hindi), headlines and summaries first. */
export function snapshotUnits(articles: readonly AnalysedArticle[], withEvents = true): TranslationUnit[] {
  const all = articles.map(articleUnits);
  const ordered = [...all.flatMap((u) => [u.title, ...u.summary]), ...(withEvents ? all.flatMap((u) => [...u.events.values()]) : [])];
  const seen = new Set<string>();
  return ordered.filter((u) => {
    const key = normaliseSentence(u.hi);
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
