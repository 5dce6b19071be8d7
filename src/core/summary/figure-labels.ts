import type { EntityMention, NumberFact } from '../types.js';
import { eachSuffix, formatNumber, isScoreFact, pluralise, scoreText } from './english-morph.js';
import type { Movement } from './movements.js';
import type { Rate } from './rates.js';

/** The name a figure belongs to (भाजपा 240 …), as the sentence's mention of it says it in English. */
export function ownerOf(n: NumberFact, mentions: readonly EntityMention[]): string | undefined {
  if (!n.owner) return undefined;
  const owner = n.owner;
  return mentions.find((m) => m.text === owner || m.hi === owner || owner.includes(m.text))?.en;
}

/**
 * The two halves of a score in one unit (`66-46` = 66 points and 46 points) as one figure "66–46 points":
 * listed apart, "Delhi · 66 points · 46 points" reads as two figures of Delhi. Runs and wickets (187/5) stay apart.
 */
export type Figure = NumberFact & { score?: string };

export function scoresJoined(numbers: readonly NumberFact[]): Figure[] {
  const out: Figure[] = [];
  for (const n of numbers) {
    const prev = out.at(-1);
    // (a goal score written with a dot, `5.0 से हराकर`, is two figures of one span too)
    const half = prev !== undefined && prev.span.start === n.span.start && prev.span.end === n.span.end && prev.unit === n.unit && isScoreFact(n);
    if (half && prev.unit) out[out.length - 1] = { ...prev, score: `${scoreText(n.text)} ${pluralise(prev.unit)}` };
    else out.push(n);
  }
  return out;
}

/** What a figure is, when the sentence says it: a winning margin, what something costs, someone's age. */
export type FigureLabel = 'margin' | 'cost' | 'age';

/** A figure with the label that says what it counts for: "killed: 9 people", "BJP: 240 seats", "margin: 42,759 votes", "cost: 1.97 crore rupees". */
export function quantity(n: Figure, mentions: readonly EntityMention[], label?: FigureLabel, rate?: Rate, move?: Movement): string {
  if (n.score !== undefined) return n.score;
  const figure = n.unit ? `${formatNumber(n, null)}${eachSuffix(n.text)}` : formatNumber(n, null);
  // a change of up to a figure: "rise of up to Rs 28,000 per kg" ("up up to" read as a price)
  const moved = (move === 'up' || move === 'down') && n.qualifier === 'up to' ? `${move === 'up' ? 'rise' : 'fall'} of` : move;
  const body = figure.trim() ? [moved, figure, rate?.per].filter((w) => w).join(' ') : figure;
  if (!body.trim()) return '';
  // (a cost said in a future sentence is what the work will cost, never "expected" money)
  if (label) return `${label}: ${body}`;
  const owner = ownerOf(n, mentions);
  if (owner && n.role) return `${owner}: ${n.role} ${body}`;
  // a figure of what will or may happen is said as expected, never as an outcome ("expected: 55 seats");
  // a figure with a role is an outcome, never expected (src/core/pipeline/expected-figures.ts)
  if (owner) return `${owner}: ${n.expected ? `expected ${body}` : body}`;
  if (n.role) return `${n.role}: ${body}`;
  return n.expected ? `expected: ${body}` : body;
}
