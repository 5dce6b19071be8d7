import type { AnalysedArticle, DateFact, EnSource, NumberFact, NumberQualifier, NumberRole } from '../types.js';

/** The `facts --json` contract shape of one article (no internal fields such as spans). */
export interface ArticleFactsJson {
  article: string;
  published: string;
  /** `enSource`: how `en` was made (`rules` sentence, `facts` line); optional in the type so older producers still fit. */
  title: { hi: string; en: string; enSource?: EnSource };
  /** `enSource[i]` says how `en[i]` was made. */
  summary: { hi: string[]; en: string[]; enSource?: EnSource[] };
  facts: {
    dates: { text: string; value: string; end?: string; granularity: DateFact['granularity']; sentence: number }[];
    numbers: {
      text: string;
      value: number;
      unit: string | null;
      approx: boolean;
      /** Always written; optional in the type so older producers still fit the contract. */
      qualifier?: NumberQualifier;
      end?: number;
      role?: NumberRole;
      owner?: string;
      /** A figure of what will or may happen (future, forecast), not an outcome. */
      expected?: true;
    }[];
    people: { hi: string; en: string; mentions: number }[];
    places: { hi: string; en: string; mentions: number }[];
    organisations: { hi: string; en: string; mentions: number }[];
  };
}

export function toFactsJson(article: AnalysedArticle): ArticleFactsJson {
  return {
    article: article.id,
    published: article.published,
    title: { hi: article.title.hi, en: article.title.en, enSource: article.title.enSource },
    summary: { hi: article.summary.hi, en: article.summary.en, enSource: article.summary.enSource },
    facts: {
      dates: article.facts.dates.map(dateJson),
      numbers: article.facts.numbers.map(numberJson),
      people: article.entities.people,
      places: article.entities.places,
      organisations: article.entities.organisations,
    },
  };
}

function dateJson(d: DateFact): ArticleFactsJson['facts']['dates'][number] {
  return {
    text: d.text,
    value: d.value,
    ...(d.end ? { end: d.end } : {}),
    granularity: d.granularity,
    sentence: d.sentence,
  };
}

function numberJson(n: NumberFact): ArticleFactsJson['facts']['numbers'][number] {
  return {
    text: n.text,
    value: n.value,
    unit: n.unit,
    approx: n.approx,
    qualifier: n.qualifier,
    ...(n.end !== undefined ? { end: n.end } : {}),
    ...(n.role !== undefined ? { role: n.role } : {}),
    ...(n.owner !== undefined ? { owner: n.owner } : {}),
    ...(n.expected ? { expected: true as const } : {}),
  };
}
