import type { AnalysedArticle, EntitySummary } from '../types.js';
import type { KeyFacts } from './digest-model.js';

export interface FactFormatters {
  /** English for a date fact ("18–19 June 2024"). */
  date: (fact: AnalysedArticle['facts']['dates'][number]) => string;
  /** English for a quantity ("about 50 missiles"). */
  number: (fact: AnalysedArticle['facts']['numbers'][number]) => string;
}

const MAX_DATES = 4;
const MAX_NUMBERS = 4;
const MAX_ENTITIES = 5;

/** Key facts of a story in English: its most repeated specific dates, numbers and entities. */
export function collectKeyFacts(articles: readonly AnalysedArticle[], format: FactFormatters): KeyFacts {
  const dates = ranked(
    articles.flatMap((a) => a.facts.dates.filter((d) => d.granularity === 'day' || d.granularity === 'month').map(format.date)),
    MAX_DATES,
  );
  const numbers = ranked(articles.flatMap((a) => a.facts.numbers.filter((n) => n.unit !== null).map(format.number)), MAX_NUMBERS);
  const merge = (pick: (a: AnalysedArticle) => EntitySummary[]): string[] => {
    const counts = new Map<string, number>();
    for (const entity of articles.flatMap(pick)) counts.set(entity.en, (counts.get(entity.en) ?? 0) + entity.mentions);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_ENTITIES)
      .map(([en]) => en);
  };
  return {
    dates,
    numbers,
    people: merge((a) => a.entities.people),
    places: merge((a) => a.entities.places),
    organisations: merge((a) => a.entities.organisations),
  };
}

/** Distinct values, most frequent first, first-seen order among equals. */
function ranked(values: readonly string[], max: number): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v.length > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([v]) => v);
}
