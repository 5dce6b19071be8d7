import type { ArticleFacts, DateFact, EntityMention, Granularity, NumberFact, Sentence } from '../../../src/core/types.js';

/** Builds a sentence and its facts by locating each fact's Hindi text in the sentence. */
export interface FactSpec {
  people?: [text: string, en: string, role?: string, country?: string][];
  places?: [text: string, en: string, adjective?: boolean][];
  orgs?: [text: string, en: string, country?: string][];
  dates?: [text: string, value: string, granularity: Granularity, end?: string][];
  numbers?: [text: string, value: number, unit: string | null, approx?: boolean][];
}

function spanOf(sentence: Sentence, text: string): { start: number; end: number } {
  const start = sentence.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${sentence.text}"`);
  return { start, end: start + text.length };
}

export function build(text: string, spec: FactSpec = {}, index = 0): { sentence: Sentence; facts: ArticleFacts } {
  const sentence: Sentence = { index, text, paragraph: 0 };
  // every occurrence of an entity's text is a mention, as an extractor would report it
  const mention = (kind: EntityMention['kind'], t: string, en: string): EntityMention[] => {
    spanOf(sentence, t);
    const found: EntityMention[] = [];
    for (let at = sentence.text.indexOf(t); at >= 0; at = sentence.text.indexOf(t, at + t.length)) {
      found.push({ kind, en, hi: t, text: t, sentence: index, span: { start: at, end: at + t.length } });
    }
    return found;
  };
  const mentions: EntityMention[] = [
    ...(spec.people ?? []).flatMap(([t, en, role, country]) => mention('person', t, en).map((m) => ({ ...m, role, country }))),
    ...(spec.places ?? []).flatMap(([t, en, adjective]) => mention('place', t, en).map((m) => ({ ...m, adjective }))),
    ...(spec.orgs ?? []).flatMap(([t, en, country]) => mention('organisation', t, en).map((m) => ({ ...m, country }))),
  ];
  const dates: DateFact[] = (spec.dates ?? []).map(([t, value, granularity, end]) => ({
    text: t, value, end, granularity, sentence: index, span: spanOf(sentence, t), kind: 'relative',
  }));
  const numbers: NumberFact[] = (spec.numbers ?? []).map(([t, value, unit, approx]) => ({
    text: t, value, unit, qualifier: approx === true ? 'about' : 'exact', approx: approx ?? false, sentence: index, span: spanOf(sentence, t),
  }));
  return { sentence, facts: { dates, numbers, mentions } };
}
