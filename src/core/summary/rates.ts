import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, NumberFact, Sentence } from '../types.js';
import { formatNumber } from './english-morph.js';
import { MONEY_UNITS } from '../unit-kinds.js';
import type { LexiconData } from './lexicon-data.js';

/** A figure that is a rate: what it is per, and the figure inside that (`प्रति 10 ग्राम`), which is no figure of its own. */
export interface Rate {
  per: string;
  absorbs?: number;
}

/** प्रति or a slash right after the figure, then what follows (sticky: no copy of the sentence per figure). */
const PER = /\s*(?:प्रति|\/)\s*/uy;
const SPACE = /\s+/uy;
const END = /^(?![\p{L}\p{M}\p{N}])/u;

/**
 * Figures that are rates, by start offset: a figure then प्रति (or /) and a rate unit of config
 * (`2275 रुपये प्रति क्विंटल` → "per quintal", `95 रुपये/लीटर` → "per litre"), or a figure of its own
 * (`प्रति 10 ग्राम` → "per 10 grams", absorbed); a price also before a bare mass or volume unit
 * (`64711 रुपये किलो`). A facts line without it says "Rs 2,275", the price of nothing.
 */
export function createRateFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Map<number, Rate> {
  // longest unit first: वर्ग फुट before a shorter unit it starts with
  const units = Object.entries(data.rateUnits).map(([hi, en]) => [foldKey(hi), en] as const).sort((a, b) => b[0].length - a[0].length);
  const bare = new Set(data.bareRateUnits.map(foldKey));
  const unitAt = (text: string, at: number, only?: ReadonlySet<string>): string | undefined => {
    const rest = foldKey(text.slice(at, at + 24));
    return units.find(([hi]) => (!only || only.has(hi)) && rest.startsWith(hi) && END.test(rest.slice(hi.length)))?.[1];
  };
  // how often, right before the figure and its qualifier (`रोज सवा करोड़ से भी अधिक श्रद्धालु`: a day)
  const often = Object.entries(data.frequencies).flatMap(([en, his]) => his.map((hi) => [foldKey(hi), en] as const)).sort((a, b) => b[0].length - a[0].length);
  const howOften = (before: string): string | undefined => {
    const tail = foldKey(before).trimEnd();
    return often.find(([hi]) => tail.endsWith(hi) && !/[\p{L}\p{M}]$/u.test(tail.slice(0, tail.length - hi.length)))?.[1];
  };
  return (sentence, facts) => {
    const out = new Map<number, Rate>();
    const mine = facts.numbers.filter((n) => n.sentence === sentence.index);
    for (const n of mine) {
      if (n.unit === null) continue;
      const every = howOften(sentence.text.slice(Math.max(0, n.span.start - 16), n.span.start));
      if (every !== undefined) {
        out.set(n.span.start, { per: every });
        continue;
      }
      PER.lastIndex = n.span.end;
      if (PER.exec(sentence.text)) {
        const at = PER.lastIndex;
        const inner = mine.find((m: NumberFact) => m !== n && m.span.start === at && m.unit !== null);
        if (inner) out.set(n.span.start, { per: `per ${formatNumber({ ...inner, qualifier: 'exact', approx: false }, null)}`, absorbs: inner.span.start });
        else {
          const unit = unitAt(sentence.text, at);
          if (unit) out.set(n.span.start, { per: `per ${unit}` });
        }
        continue;
      }
      SPACE.lastIndex = n.span.end;
      // (only a price names a rate with no प्रति: `64711 रुपये किलो`)
      if (!MONEY_UNITS.has(n.unit) || !SPACE.exec(sentence.text)) continue;
      const unit = unitAt(sentence.text, SPACE.lastIndex, bare);
      if (unit) out.set(n.span.start, { per: `per ${unit}` });
    }
    return out;
  };
}
