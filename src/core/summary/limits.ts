import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, Sentence } from '../types.js';
import type { LexiconData } from './lexicon-data.js';

/** What a date before तक is: how long something lasts ("until"), or a deadline ("by"). */
export type Limit = 'until' | 'by';

const UNTIL = /^\s*तक(?![\p{L}\p{M}])/u;
/** An obligation (`31 दिसंबर तक सरेंडर करना होगा`: must surrender by then): an infinitive before होगा / होगी / होंगे. */
const OBLIGATION = /[\p{L}\p{M}](?:ना|नी|ने)\s+(?:होगा|होगी|होंगे|होंगी)(?![\p{L}\p{M}])/u;

/**
 * Dates that are a limit, by start offset: a date right before तक is no time the fact happened —
 * `15 फरवरी तक रद्द` lasts until it, `20 जुलाई तक जवाब मांगा` is due by it (a sentence with a word of an order
 * or a demand, config lexicon `deadlineCues`). A range before तक (`5 से 15 जुलाई तक चलेगा`) is the time itself.
 */
export function createLimitFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Map<number, Limit> {
  const cues = data.deadlineCues.map(foldKey).filter((c) => c.length > 0);
  return (sentence, facts) => {
    const out = new Map<number, Limit>();
    const folded = foldKey(sentence.text);
    const deadline = cues.some((c) => folded.includes(c)) || OBLIGATION.test(sentence.text);
    for (const d of facts.dates) {
      if (d.sentence !== sentence.index || (d.end !== undefined && d.end !== d.value)) continue;
      if (UNTIL.test(sentence.text.slice(d.span.end))) out.set(d.span.start, deadline ? 'by' : 'until');
    }
    return out;
  };
}
