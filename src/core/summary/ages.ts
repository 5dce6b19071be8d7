import { alternation } from '../text/boundaries.js';
import type { ArticleFacts, Sentence } from '../types.js';
import type { LexiconData } from './lexicon-data.js';

/** Characters read after a figure for its age noun. */
const NEAR = 24;

/**
 * Spans of years that are someone's age: the figure, की/का/के and an age noun (`92 वर्ष की आयु में निधन`,
 * `85 साल की उम्र में`). Such a figure is labelled "age:" — alone, "92 years" reads as a span of time, and the
 * sentence renderer made "Manmohan Singh's 92 years" of it. Returns the figures' start offsets.
 */
export function createAgeFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Set<number> {
  if (data.ageNouns.length === 0) return () => new Set();
  const after = new RegExp(`^\\s*(?:की|का|के)\\s+(?:${alternation(data.ageNouns)})(?![\\p{L}\\p{M}])`, 'u');
  return (sentence, facts) => new Set(facts.numbers
    .filter((n) => n.sentence === sentence.index && n.unit === 'year' && after.test(sentence.text.slice(n.span.end, n.span.end + NEAR)))
    .map((n) => n.span.start));
}
