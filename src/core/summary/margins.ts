import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, Sentence } from '../types.js';
import { isScoreFact } from './english-morph.js';
import type { LexiconData } from './lexicon-data.js';

/** What may stand between a margin figure and its verb: `से`, `के अंतर से`, and one more word (`से मात दी`, `से जीत दर्ज की`). */
const AFTER = /\s*(?:के\s+(?:अंतर|अन्तर|फासले)\s+)?से\s+([\p{L}\p{M}]+)/uy;
/** The other side's score right before a figure (`5 के मुकाबले 27 अंकों से`): the two are a score, no margin. */
const VERSUS = /[0-9०-९]+\s*(?:के\s+)?(?:मुकाबले|मुक़ाबले|बनाम|विरुद्ध)\s*$/u;

/**
 * Figures that are a winning margin (`दारा सिंह चौहान को 42,759 वोटों से हरा दिया`: by 42,759 votes,
 * not Chauhan's votes): a figure in a margin unit (config lexicon `marginUnits`), then से and a verb of
 * winning or losing (`marginVerbs`). Returns the start offsets of those figures in the sentence.
 */
export function createMarginFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Set<number> {
  const units = new Set(data.marginUnits);
  const verbs = data.marginVerbs.map(foldKey);
  const isVerb = (word: string): boolean => {
    const w = foldKey(word);
    return verbs.some((v) => w.startsWith(v));
  };
  return (sentence, facts) => {
    const out = new Set<number>();
    for (const n of facts.numbers) {
      // a score (`3-1 से हराया`, `21-15`) is both sides' figures, not a margin
      if (n.sentence !== sentence.index || n.unit === null || !units.has(n.unit) || (isScoreFact(n) && n.qualifier !== 'range')) continue;
      if (VERSUS.test(sentence.text.slice(Math.max(0, n.span.start - 24), n.span.start))) continue;
      // sticky at the figure's end: no copy of the rest of the sentence per figure
      AFTER.lastIndex = n.span.end;
      const word = AFTER.exec(sentence.text)?.[1];
      if (word !== undefined && isVerb(word)) out.add(n.span.start);
    }
    return out;
  };
}
