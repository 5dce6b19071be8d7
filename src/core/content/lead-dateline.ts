import type { Dateline } from '../types.js';
import type { DatelineSplit } from './dateline.js';
import { endsSentence, hasInnerSentenceEnd, type Removal } from './line-tools.js';

/**
 * Splits the dateline off the lead: the first body paragraph, or the second when the first is a teaser
 * line that ends no sentence (`वह … भाग गया था` above `बेंगलूरु/दक्षिण भारत। बेंगलूरु पुलिस ने …`).
 * Live-blog entries never carry one. `afterDateline` cleans what follows it (a site credit).
 */
export function splitLeadDateline(
  body: string[],
  splitDateline: (paragraph: string) => DatelineSplit | null,
  isEntry: (paragraph: string) => boolean,
  afterDateline: (rest: string, removed: Removal[]) => string,
  removed: Removal[],
): { body: string[]; dateline: Dateline | null } {
  const first = body[0];
  const candidates = first !== undefined && !endsSentence(first) && !hasInnerSentenceEnd(first) ? [0, 1] : [0];
  for (const n of candidates) {
    const paragraph = body[n];
    const split = paragraph === undefined || isEntry(paragraph) ? null : splitDateline(paragraph);
    if (split === null) continue;
    removed.push({ kind: 'dateline', text: split.dateline.text });
    const rest = afterDateline(split.rest, removed);
    return { body: [...body.slice(0, n), ...(rest === '' ? [] : [rest]), ...body.slice(n + 1)], dateline: split.dateline };
  }
  return { body, dateline: null };
}
