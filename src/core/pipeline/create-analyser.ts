import { createCleaner } from '../content/create-cleaner.js';
import type { KhabarData } from '../data/load-data.js';
import { boundText, partlyAnalysed } from './bounded-input.js';
import { leadOfBuiltTitle, readBuiltTitleInLead, titleText } from './built-title.js';
import { bodyFacts, extractArticleFacts, reportedFacts, subheadingQuantities, titleFacts, type ExtractorFailure, type Extractors } from './article-facts.js';
import { createDateExtractor } from '../facts/dates/create-date-extractor.js';
import { citySources } from '../facts/entities/cities.js';
import { createEntityExtractor } from '../facts/entities/create-entity-extractor.js';
import { summariseEntities } from '../facts/entities/summarise-entities.js';
import { createNumberExtractor } from '../facts/numbers/create-number-extractor.js';
import { createNumberScope } from '../facts/numbers/number-scope.js';
import { createSummariser } from '../summary/create-summariser.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../text/sentences.js';
import { titleFallback } from './title-fallback.js';
import { createExpectedFigures } from './expected-figures.js';
import { DATELINE_SENTENCE, FRAGMENT_SENTENCE, SUBHEADING_SENTENCE, TITLE_SENTENCE, type AnalysedArticle, type CleanedPage, type Dateline, type Problem, type Sentence, type SourceArticle } from '../types.js';

export type Analyser = (source: SourceArticle, report?: (problem: Problem) => void) => AnalysedArticle;

/**
 * Builds the article pipeline once per data snapshot: clean → sentences → facts (dates, numbers,
 * entities of headline and body) → summaries (hi + en). Regexes and lexicons are compiled here, not
 * per article. An extractor that fails is reported for the article (`report`), never hidden.
 */
export function createAnalyser(data: KhabarData): Analyser {
  const clean = createCleaner(data.cleaning, { places: datelinePlaces(data), commonWords: data.commonWords, organisations: data.gazetteer.organisations.flatMap((o) => [...o.hi, ...(o.short ?? [])]),
    givenNames: [...data.entities.givenNames, ...data.entities.weakGivenNames, ...data.entities.middleNames], surnames: data.entities.surnames,
    monthSpellings: Object.values(data.dates.months).flat() });
  const extractors: Extractors = {
    dates: createDateExtractor(data.dates),
    numbers: createNumberExtractor(data.numbers),
    numberScope: createNumberScope(data.numbers),
    entities: createEntityExtractor(data.gazetteer, data.entities, data.commonWords, data.numbers.words),
  };
  const summariser = createSummariser(data.lexicon);
  const expectedFigures = createExpectedFigures(data.dates);

  return (source, report = () => undefined) => {
    // a page longer than the bound is read up to it, and says so: the cost of a page stays bounded
    const bounded = boundText(typeof source.raw === 'string' ? source.raw : '');
    if (bounded.cut) report({ file: source.file, message: partlyAnalysed(bounded), severity: 'warning' });
    const page = clean(bounded.text);
    const sentences = splitSentences(page.body);
    const cut = sentences.filter((s) => s.cut).length;
    if (cut > 0) report({ file: source.file, message: `text without sentence ends was cut into ${cut} pieces of at most ${MAX_SENTENCE_CHARS} characters`, severity: 'warning' });
    const title: Sentence = { index: TITLE_SENTENCE, text: page.title, paragraph: TITLE_SENTENCE };
    // the dateline's place and report date are facts of the article, read apart from the lead sentence;
    // its site credit (`बेंगलूरु/दक्षिण भारत।`) is furniture, never a place or organisation
    // (a label of place names above the headline, `उत्तर प्रदेश कैराना`, says where the story is, like a dateline)
    const placed = [...(page.dateline ? [datelineFacts(page.dateline)] : []), ...page.removed.filter((r) => r.kind === 'title-places').map((r) => r.text)].join(' । ');
    const dateline: Sentence[] = placed ? [{ index: DATELINE_SENTENCE, text: placed, paragraph: DATELINE_SENTENCE }] : [];
    const fragment = cutOffFragment(page.removed);
    const failed: ExtractorFailure = (kind, cause) =>
      report({ file: source.file, message: `${kind} extractor failed: ${cause instanceof Error ? cause.message : String(cause)}`, severity: 'error' });
    // Entities are resolved over title + body together so short forms in either find full names.
    const lead = leadOfBuiltTitle(page.title, sentences);
    // (a title built from the lead is read in the lead alone: its cut clause, read apart, ends a name before the head it
    // is part of, `… डॉ. रमेश बघेल` of a scheme named after him)
    const read = subheadingQuantities(extractArticleFacts(extractors, [...(lead ? [] : [title]), ...dateline, ...sentences, ...fragment, ...subheadings(page.removed)], source.published, failed));
    const all = expectedFigures(lead ? readBuiltTitleInLead(read, lead, titleText(page.title).length) : read, [title, ...dateline, ...sentences, ...fragment]);
    const facts = reportedFacts(all);
    const summaryProblem = (message: string) => report({ file: source.file, message, severity: 'warning' });
    const summary = summariser.summarise({ title: page.title, sentences, facts: bodyFacts(all), published: source.published }, summaryProblem);
    const english = new Map<number, string>();
    for (const index of new Set([0, ...facts.dates.map((d) => d.sentence)])) {
      const sentence = sentences[index];
      if (sentence) english.set(index, summariser.english(sentence, facts, summaryProblem));
    }
    const entities = summariseEntities(all.mentions);
    const headFacts = titleFacts(all);
    // a headline whose structured line holds no name and no figure says little ("State"): thin
    const thin = headFacts.mentions.length === 0 && headFacts.numbers.length === 0;
    const head = titleFallback(summariser.titleLine(page.title, headFacts, summaryProblem), summary.summary, entities, thin);
    return {
      id: source.id,
      file: source.file,
      published: source.published,
      publishedAt: source.publishedAt,
      title: { hi: page.title, en: head.text, enSource: head.source },
      summary: summary.summary,
      sentences,
      facts,
      entities,
      english,
    };
  };
}

/**
 * The sentence a cut-off page ends with is no summary line, but the facts before its last word are
 * real (`… कुमाते, धरमण और हल्ला पंचायत में बादल फटने से टांग`). The last word may be cut, so it is left out.
 */
function cutOffFragment(removed: CleanedPage['removed']): Sentence[] {
  const text = removed.find((r) => r.kind === 'cut-off')?.text.replace(/\s*\S+\s*$/u, '').trim() ?? '';
  return text.split(/\s+/u).length >= 3 ? [{ index: FRAGMENT_SENTENCE, text, paragraph: FRAGMENT_SENTENCE }] : [];
}

/** What a dateline says of the story: all of it but the site's credit and the reporter (agencies are known media). */
function datelineFacts(dateline: Dateline): string {
  return [dateline.credit, dateline.reporter].reduce<string>((text, furniture) => (furniture === undefined ? text : text.replace(furniture, '')), dateline.text);
}

/** Subheadings on the story's topic before its last paragraph (alone or in a run), read as one sentence (only their quantities are kept). */
function subheadings(removed: CleanedPage['removed']): Sentence[] {
  const text = removed.filter((r) => r.kind === 'subheading' && r.trailing !== true).map((r) => r.text).join('। ');
  return text ? [{ index: SUBHEADING_SENTENCE, text, paragraph: SUBHEADING_SENTENCE }] : [];
}

/** Place types a dateline names: cities, towns, districts, states (gazetteer), and CLDR's cities. */
const DATELINE_TYPES = new Set(['capital', 'city', 'town', 'district', 'state', 'union territory', 'province', 'territory']);

function datelinePlaces(data: KhabarData): string[] {
  const gazetteer = data.gazetteer.places.filter((p) => DATELINE_TYPES.has((p.type ?? '').trim())).flatMap((p) => p.hi);
  return [...gazetteer, ...citySources(data.entities).flatMap((c) => c.hi)];
}
