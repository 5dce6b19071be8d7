import type { AnalysedArticle, DateFact, EnSource, EntitySummary, Granularity } from '../../src/core/types.js';

export interface ArticleSpec {
  id: string;
  published: string;
  sentences?: string[];
  /** [sentence, text, value, granularity, end?] */
  dates?: [number, string, string, Granularity, string?][];
  people?: string[];
  places?: string[];
  organisations?: string[];
  /** `enSource` defaults to `rules` for every line. */
  summary?: { hi: string[]; en: string[]; enSource?: EnSource[] };
}

const summary = (s: NonNullable<ArticleSpec['summary']>): AnalysedArticle['summary'] =>
  ({ hi: s.hi, en: s.en, enSource: s.enSource ?? s.en.map(() => 'rules') });

const entity = (en: string): EntitySummary => ({ hi: en, en, mentions: 1 });

/** A hand-built analysed article for tests of the layers above the extractors. */
export function makeArticle(spec: ArticleSpec): AnalysedArticle {
  const sentences = (spec.sentences ?? ['पहला वाक्य।']).map((text, index) => ({ index, text, paragraph: 0 }));
  const dates: DateFact[] = (spec.dates ?? []).map(([sentence, text, value, granularity, end]) => {
    const start = sentences[sentence]?.text.indexOf(text) ?? 0;
    return { text, value, granularity, sentence, span: { start, end: start + text.length }, kind: 'absolute', ...(end ? { end } : {}) };
  });
  const english = new Map<number, string>();
  for (const d of dates) english.set(d.sentence, `English of sentence ${d.sentence} of ${spec.id}`);
  return {
    id: spec.id,
    file: `${spec.id}.txt`,
    published: spec.published,
    title: { hi: `शीर्षक ${spec.id}`, en: `Title ${spec.id}`, enSource: 'rules' },
    summary: summary(spec.summary ?? { hi: [`सार ${spec.id}`], en: [`Summary ${spec.id}`] }),
    sentences,
    facts: { dates, numbers: [], mentions: [] },
    entities: {
      people: (spec.people ?? []).map(entity),
      places: (spec.places ?? []).map(entity),
      organisations: (spec.organisations ?? []).map(entity),
    },
    english,
  };
}
