import { FRAGMENT_SENTENCE, SUBHEADING_SENTENCE, TITLE_SENTENCE, type ArticleFacts, type DateExtractor, type EntityExtractor, type NumberExtractor, type NumberFact, type NumberScope, type Sentence, type Span } from '../types.js';


export interface Extractors {
  dates: DateExtractor;
  numbers: NumberExtractor;
  entities: EntityExtractor;
  /** The sports of the whole article, for scores in sentences that name none. */
  numberScope?: (sentences: readonly Sentence[]) => NumberScope;
}

/** Called with the fact kind and the error when an extractor fails: the failure is reported, not hidden. */
export type ExtractorFailure = (kind: 'dates' | 'numbers' | 'entities', cause: unknown) => void;

/**
 * Facts of an article's headline, dateline and body. Each extractor runs under a guard: a defect in
 * one loses that kind of fact for this article (and is reported through `failed`), not the others.
 * Dates and names claim their text first (`निफ्टी 50` is an index, `2024` a year, not quantities).
 */
export function extractArticleFacts(x: Extractors, sentences: readonly Sentence[], published: string, failed: ExtractorFailure): ArticleFacts {
  const guard = <T>(kind: 'dates' | 'numbers' | 'entities', fn: () => T[]): T[] => {
    try {
      return fn();
    } catch (cause) {
      failed(kind, cause);
      return [];
    }
  };
  const dates = guard('dates', () => sentences.flatMap((s) => x.dates(s, { published })));
  // a subheading may be a related story's headline: its names must not resolve the body's short forms
  const mentions = guard('entities', () => x.entities(sentences.filter((s) => s.index !== SUBHEADING_SENTENCE), published));
  // spans claimed per sentence, grouped once (filtering all facts for every sentence was quadratic)
  const claimed = new Map<number, Span[]>();
  const people = new Map<number, Span[]>();
  const add = (map: Map<number, Span[]>, sentence: number, span: Span): void => {
    const spans = map.get(sentence);
    if (spans) spans.push(span);
    else map.set(sentence, [span]);
  };
  for (const f of [...dates, ...mentions]) add(claimed, f.sentence, f.span);
  for (const m of mentions) if (m.kind === 'person') add(people, m.sentence, m.span);
  const numbers = guard('numbers', () => {
    const scope = x.numberScope?.(sentences);
    let previous: NumberFact[] = [];
    // a figure with no counted noun that ends a cut-off page's last words in digits may have lost its scale
    // (`चार अरब 24 [करोड]`): not read (one ending in its unit, `13 लाख से अधिक`, or counted by its context is whole)
    const fragmentEnd = sentences.find((s) => s.index === FRAGMENT_SENTENCE)?.text.trimEnd().length ?? 0;
    return sentences.flatMap((s) => (previous = x.numbers(s, claimed.get(s.index) ?? [], scope, people.get(s.index) ?? [], previous)))
      .filter((n) => n.sentence !== FRAGMENT_SENTENCE || n.unit !== null || !/[0-9०-९]$/u.test(n.text) || n.span.end < fragmentEnd);
  });
  return { dates, numbers, mentions };
}

/**
 * A subheading may be a pasted headline of a related story: of its facts only quantities with a unit
 * are kept (`170 अंकों की गिरावट`), and only where the body does not state them (see below).
 */
export const subheadingQuantities = (all: ArticleFacts): ArticleFacts => ({
  dates: all.dates.filter((d) => d.sentence !== SUBHEADING_SENTENCE),
  numbers: all.numbers.filter((n) => n.sentence !== SUBHEADING_SENTENCE || n.unit !== null),
  mentions: all.mentions.filter((m) => m.sentence !== SUBHEADING_SENTENCE),
});

/**
 * What the article reports: headline and dateline dates and numbers count. A headline fact that only
 * repeats the body is reported once, from the body (where the event index finds its sentence); the
 * dateline's report date always stands (it dates the report, whatever the body says). Names are
 * listed per article by `summariseEntities`; `mentions` keeps the body's.
 */
export const reportedFacts = (all: ArticleFacts): ArticleFacts => ({
  dates: withoutRepeats(all.dates, (a, b) => a.value === b.value && a.end === b.end && a.granularity === b.granularity),
  numbers: withoutRepeats(all.numbers, sameQuantity),
  mentions: all.mentions.filter((m) => m.sentence >= 0),
});

/**
 * A headline rounds or shortens the body's figure (`617 अंक` for `616.75 अंक`, `48.8 डिग्री` for
 * `48.8 डिग्री सेल्सियस`): within 1%, with no unit, the same unit or one that refines it, is a repeat.
 */
const sameQuantity = (a: NumberFact, b: NumberFact): boolean =>
  Math.abs(a.value - b.value) <= 0.01 * Math.abs(b.value) && sameUnit(a.unit, b.unit);
const sameUnit = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

/** Body and dateline facts, then each headline and subheading fact that none of them (nor an earlier one) states. */
function withoutRepeats<T extends { sentence: number }>(facts: T[], same: (a: T, b: T) => boolean): T[] {
  const heading = (f: T): boolean => f.sentence === TITLE_SENTENCE || f.sentence === SUBHEADING_SENTENCE;
  const kept: T[] = facts.filter((f) => !heading(f));
  for (const f of facts) if (heading(f) && !kept.some((k) => same(f, k))) kept.push(f);
  const order = new Map(facts.map((f, i) => [f, i]));
  return kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Only the body's facts: what the summariser ranks sentences by. */
export const bodyFacts = (facts: ArticleFacts): ArticleFacts => ({
  dates: facts.dates.filter((d) => d.sentence >= 0),
  numbers: facts.numbers.filter((n) => n.sentence >= 0),
  mentions: facts.mentions.filter((m) => m.sentence >= 0),
});

/** Only the headline's facts: what the English headline is rendered from. */
export const titleFacts = (facts: ArticleFacts): ArticleFacts => ({
  dates: facts.dates.filter((d) => d.sentence === TITLE_SENTENCE),
  numbers: facts.numbers.filter((n) => n.sentence === TITLE_SENTENCE),
  mentions: facts.mentions.filter((m) => m.sentence === TITLE_SENTENCE),
});
