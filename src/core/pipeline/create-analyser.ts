import { createCleaner } from '../content/create-cleaner.js';
import type { KhabarData } from '../data/load-data.js';
import { createDateExtractor } from '../facts/dates/create-date-extractor.js';
import { createEntityExtractor } from '../facts/entities/create-entity-extractor.js';
import { summariseEntities } from '../facts/entities/summarise-entities.js';
import { createNumberExtractor } from '../facts/numbers/create-number-extractor.js';
import { createSummariser } from '../summary/create-summariser.js';
import { splitSentences } from '../text/sentences.js';
import type { AnalysedArticle, ArticleFacts, Sentence, SourceArticle } from '../types.js';

export type Analyser = (source: SourceArticle) => AnalysedArticle;

/** Index used for the headline when it is run through the extractors like a sentence. */
export const TITLE_SENTENCE = -1;

/**
 * Builds the article pipeline once per data snapshot: clean → sentences → facts (dates, numbers,
 * entities) → summaries (hi + en). Regexes and lexicons are compiled here, not per article.
 */
export function createAnalyser(data: KhabarData): Analyser {
  const clean = createCleaner(data.cleaning);
  const extractDates = createDateExtractor(data.dates);
  const extractNumbers = createNumberExtractor(data.numbers);
  const extractEntities = createEntityExtractor(data.gazetteer, data.entities);
  const summariser = createSummariser(data.lexicon);

  const factsOf = (sentences: readonly Sentence[], mentionsFrom: readonly Sentence[], published: string): ArticleFacts => {
    const dates = sentences.flatMap((s) => extractDates(s, { published }));
    const mentions = extractEntities(mentionsFrom);
    // Dates and names claim their text first: `निफ्टी 50` is an index, `2024` a year, not quantities.
    const taken = (s: Sentence) => [...dates, ...mentions].filter((f) => f.sentence === s.index).map((f) => f.span);
    const numbers = sentences.flatMap((s) => extractNumbers(s, taken(s)));
    return { dates, numbers, mentions };
  };

  return (source) => {
    const page = clean(source.raw);
    const sentences = splitSentences(page.body);
    const title: Sentence = { index: TITLE_SENTENCE, text: page.title, paragraph: TITLE_SENTENCE };
    // Entities are resolved over title + body together so short forms in either find full names.
    const all = factsOf(sentences, [title, ...sentences], source.published);
    const facts: ArticleFacts = {
      dates: all.dates,
      numbers: all.numbers,
      mentions: all.mentions.filter((m) => m.sentence !== TITLE_SENTENCE),
    };
    const titleMentions = all.mentions.filter((m) => m.sentence === TITLE_SENTENCE);
    const titleDates = extractDates(title, { published: source.published });
    const titleFacts: ArticleFacts = {
      dates: titleDates,
      numbers: extractNumbers(title, [...titleDates, ...titleMentions].map((f) => f.span)),
      mentions: titleMentions,
    };
    const summary = summariser.summarise({ title: page.title, sentences, facts, published: source.published });
    const english = new Map<number, string>();
    for (const index of new Set(facts.dates.map((d) => d.sentence))) {
      const sentence = sentences[index];
      if (sentence) english.set(index, summariser.english(sentence, facts));
    }
    return {
      id: source.id,
      file: source.file,
      published: source.published,
      publishedAt: source.publishedAt,
      title: { hi: page.title, en: summariser.englishTitle(page.title, titleFacts) },
      summary: summary.summary,
      sentences,
      facts,
      entities: summariseEntities(all.mentions),
      english,
    };
  };
}
