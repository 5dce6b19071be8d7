import { alternation } from '../text/boundaries.js';
import type { ArticleFacts, Sentence } from '../types.js';
import { MONEY_UNITS } from '../unit-kinds.js';
import type { LexiconData } from './lexicon-data.js';

/** Characters read on either side of an amount for its cost noun. */
const NEAR = 40;

/**
 * Amounts of money that are what something costs: the amount, then (की/का/के and at most one word:
 * अनुमानित, कुल) a cost noun (`1.97 करोड़ रुपये की लागत से नाला बनेगा`, `40 लाख रुपये का खर्च`; `20 लाख रुपये लागत`, but not
 * `24,000 करोड़ रुपये खर्च होंगे`, read as spending), or a cost noun right
 * before it (`परियोजना की लागत करीब 500 करोड़ रुपये`: करीब is the amount's) — never across a word: से, में or a limit
 * (`लागत से 50 करोड़ रुपये अधिक`, `लागत में 200 करोड़ की बचत`, `खर्च सीमा 95 लाख`). Such a figure is labelled "cost:" — said as
 * "expected: 1.97 crore rupees" it read as a forecast of money. Returns the amounts' start offsets.
 */
export function createCostFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Set<number> {
  if (data.costNouns.length === 0) return () => new Set();
  const nouns = alternation(data.costNouns);
  // (a noun that is also a verb's part, खर्च होंगे: "will be spent", needs its genitive: the sentence reads it well)
  const bare = alternation(data.costNouns.filter((n) => !data.costVerbNouns.includes(n)));
  const after = new RegExp(`^\\s*(?:(?:की|का|के)\\s+(?:[\\p{L}\\p{M}]+\\s+)?(?:${nouns})|(?:${bare || '(?!)'}))(?![\\p{L}\\p{M}])`, 'u');
  const before = new RegExp(`(?<![\\p{L}\\p{M}])(?:${nouns})\\s+$`, 'u');
  return (sentence, facts) => {
    const out = new Set<number>();
    for (const n of facts.numbers) {
      if (n.sentence !== sentence.index || n.unit === null || !MONEY_UNITS.has(n.unit)) continue;
      const tail = sentence.text.slice(n.span.end, n.span.end + NEAR);
      const head = sentence.text.slice(Math.max(0, n.span.start - NEAR), n.span.start);
      if (after.test(tail) || before.test(head)) out.add(n.span.start);
    }
    return out;
  };
}
