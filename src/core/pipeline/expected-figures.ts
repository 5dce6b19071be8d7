import type { DatesData } from '../facts/dates/dates-data.js';
import { createDateLexicon } from '../facts/dates/lexicon.js';
import { createTenseDetector, lightFold } from '../facts/dates/tense.js';
import { alternation } from '../text/boundaries.js';
import type { ArticleFacts, Sentence } from '../types.js';

/**
 * Units of a span of time: in a future clause the span is the plan's length (`दो दिन के दौरे पर जाएंगे`),
 * not an outcome a reader could take for done, and "expected: two days" would say nothing more.
 */
const SPANS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century']);
/** Words read after a figure for a prospective participle that closes its noun phrase (होने वाले). */
const PHRASE_WORDS = 5;

/**
 * Marks the figures of clauses about what will or may happen — the future (`55 सीटें हासिल करेंगी`), a
 * forecast (`40 डिग्री तक पहुंचने का अनुमान है`) or a possibility (`हो सकती है`) — as `expected`: an
 * English line says "expected: 55 seats", never "55 seats" as if they were won. The tense is read as for
 * dates. Not a figure inside a noun phrase about what is to come (`4 राज्यों में होने वाले चुनाव`: the states
 * are four), a past base (`पिछले साल के 1.77 लाख करोड़ रुपए`), nor a level kept by a decision (`5.5 फीसदी पर बरकरार रहेगा`).
 */
export function createExpectedFigures(dates: DatesData): (facts: ArticleFacts, sentences: readonly Sentence[]) => ArticleFacts {
  const tense = createTenseDetector(createDateLexicon(dates));
  const prospective = new Set(dates.tense.prospective.map(lightFold));
  const baseline = dates.tense.baselines.length === 0 ? null : new RegExp(`(?:${alternation(dates.tense.baselines.map(lightFold))})\\s+(?:के|की|का)\\s*$`, 'u');
  const unchanged = dates.tense.unchanged.map(lightFold);
  /** A level the clause keeps as it is (बरकरार रहेगा): a decision, not a forecast. */
  const kept = (sentence: string, end: number): boolean => {
    const after = ` ${lightFold(sentence.slice(end)).split(/\s+/u).slice(0, PHRASE_WORDS + 1).join(' ')} `;
    return unchanged.some((w) => after.includes(` ${w} `));
  };
  const inPhrase = (sentence: string, end: number): boolean =>
    lightFold(sentence.slice(end)).split(/\s+/u).slice(0, PHRASE_WORDS).some((w) => prospective.has(w.replace(/[^\p{L}\p{M}]/gu, '')));
  return (facts, sentences) => {
    const text = new Map(sentences.map((s) => [s.index, s.text]));
    const numbers = facts.numbers.map((n) => {
      const sentence = text.get(n.sentence);
      if (sentence === undefined || (n.unit !== null && SPANS.has(n.unit))) return n;
      if (baseline?.test(lightFold(sentence.slice(0, n.span.start))) || inPhrase(sentence, n.span.end) || kept(sentence, n.span.end)) return n;
      return tense(sentence, n.span.start, n.span.end) === 'future' ? { ...n, expected: true as const } : n;
    });
    return { ...facts, numbers };
  };
}
