import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, Sentence } from '../types.js';
import type { LexiconData } from './lexicon-data.js';

/** What a date before तक is: how long something lasts ("until"), or a deadline ("by"); or where a count starts ("since"). */
export type Limit = 'until' | 'by' | 'since';

const UNTIL = /^\s*तक(?![\p{L}\p{M}])/u;
/** A count from a date on: `जनवरी से अब तक`, `2019 से आज तक`, `2019 से लेकर अब तक`. */
const SINCE = /^\s*से\s+(?:लेकर\s+)?(?:अब|आज)\s+तक(?![\p{L}\p{M}])/u;
/** … or from an event of that date on, a few words later: `2015 में स्थापना के बाद से`, `2019 के बाद से`. */
const AFTER_SINCE = /(?<![\p{L}\p{M}])के\s+बाद\s+से(?![\p{L}\p{M}])/u;
/** What may not stand between the date and `के बाद से` (a verb's clause, a figure): `… गिरफ्तार किया जो हत्या के बाद से फरार था`. */
const NOT_BETWEEN = /[\p{N}]|(?<![\p{L}\p{M}])(?:कि|जो|जिस|जिसे|जिन्हें|ने|अनुसार|किया|कहा|बताया)(?![\p{L}\p{M}])/u;
/** Most words between the date and `के बाद से`. */
const SINCE_REACH = 6;
/** Where the clause of a तक phrase ends. */
const CLAUSE_END = /[,;।|]/u;
/** An obligation (`31 दिसंबर तक सरेंडर करना होगा`: must surrender by then): an infinitive before होगा / होगी / होंगे. */
const OBLIGATION = /[\p{L}\p{M}](?:ना|नी|ने)\s+(?:होगा|होगी|होंगे|होंगी)(?![\p{L}\p{M}])/u;

/**
 * Dates that are a limit, by start offset: a date right before तक is no time the fact happened —
 * `15 फरवरी तक रद्द` lasts until it, `20 जुलाई तक जवाब मांगा` is due by it (a sentence with a word of an order
 * or a demand, config lexicon `deadlineCues`). A range before तक (`5 से 15 जुलाई तक चलेगा`) is the time itself.
 * A date a count runs from (`जनवरी से अब तक`, a few words before `के बाद से`) is "since".
 */
export function createLimitFinder(data: LexiconData): (sentence: Sentence, facts: ArticleFacts) => Map<number, Limit> {
  const cues = data.deadlineCues.map(foldKey).filter((c) => c.length > 0);
  return (sentence, facts) => {
    const out = new Map<number, Limit>();
    for (const d of facts.dates) {
      if (d.sentence !== sentence.index || (d.end !== undefined && d.end !== d.value)) continue;
      const after = sentence.text.slice(d.span.end);
      // (a count since a date is no time of an event: `2015 में स्थापना के बाद से … 420 शिविर लगाए` is no "when: 2015")
      if (SINCE.test(after) || sinceAfter(after, d.span.end, sentence, facts)) {
        out.set(d.span.start, 'since');
        continue;
      }
      if (!UNTIL.test(after)) continue;
      // the order or obligation must govern the तक phrase: after it, in its clause (`आदेश पर 30 जून तक स्कूल बंद
      // रहेंगे` lasts until then; `15 जुलाई तक ट्रेनें रद्द …, यात्रियों को … लेनी होगी` too)
      const clause = after.split(CLAUSE_END)[0] ?? '';
      const deadline = cues.some((c) => foldKey(clause).includes(c)) || OBLIGATION.test(clause);
      out.set(d.span.start, deadline ? 'by' : 'until');
    }
    return out;
  };
}

/**
 * `के बाद से` a few words after the date in its clause, with no verb, relative word, figure or other date between
 * (`2015 में स्थापना के बाद से`; not `मंगलवार को … गिरफ्तार किया जो हत्या के बाद से फरार था`).
 */
function sinceAfter(after: string, end: number, sentence: Sentence, facts: ArticleFacts): boolean {
  const clause = after.split(CLAUSE_END)[0] ?? '';
  const at = clause.search(AFTER_SINCE);
  if (at < 0) return false;
  const between = clause.slice(0, at);
  const other = facts.dates.some((o) => o.sentence === sentence.index && o.span.start >= end && o.span.start < end + at);
  return !other && !NOT_BETWEEN.test(between) && between.trim().split(/\s+/u).filter(Boolean).length <= SINCE_REACH;
}
