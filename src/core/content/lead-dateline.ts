import type { Dateline } from '../types.js';
import type { DatelineSplit } from './dateline.js';
import { endsSentence, hasInnerSentenceEnd, type Removal } from './line-tools.js';
import { lineKey, MIN_TEASER_KEY } from './repeats.js';

/** The lead is one of the first three paragraphs. */
const MAX_LEAD = 3;

/**
 * Splits the dateline off the lead: the first body paragraph, or a later one when those above it are
 * lines that end no sentence (`वह … भाग गया था` above `बेंगलूरु/दक्षिण भारत। बेंगलूरु पुलिस ने …`).
 * Live-blog entries never carry one. `afterDateline` cleans what follows it (a site credit).
 */
export function splitLeadDateline(
  body: string[],
  splitDateline: (paragraph: string) => DatelineSplit | null,
  isEntry: (paragraph: string) => boolean,
  afterDateline: (rest: string, removed: Removal[]) => string,
  removed: Removal[],
): { body: string[]; dateline: Dateline | null } {
  // the lead is the first paragraph of prose; lines above it that end no sentence (a teaser, a
  // byline in Latin letters: `Mahendra Upadhyay` above `नीमच।महेंद्र उपाध्याय।…`) are passed over
  const prose = body.slice(0, MAX_LEAD).findIndex((p) => endsSentence(p) || hasInnerSentenceEnd(p));
  // (and the paragraph after a teaser that repeats its text after a dateline: `<teaser>` above `बस्ती। <teaser> …`)
  const key = prose < 0 ? '' : lineKey(body[prose] ?? '');
  const next = prose + 1 + body.slice(prose + 1, prose + 1 + MAX_LEAD).findIndex((p) => endsSentence(p) || hasInnerSentenceEnd(p));
  const teaser = key.length >= MIN_TEASER_KEY && next > prose && lineKey(body[next] ?? '').includes(key);
  // (only that paragraph, not a caption or credit line between them: `पटना (एएनआई)`)
  // (and the paragraph after a lead of one sentence, a subheading above the dateline, when its dateline names the reporter
  // or a date: `<one sentence>` above `रामगढ़। (सुरेश पाल) गांव में …`; a bare `place।` there may be a short sentence)
  const subheaded = prose >= 0 && !hasInnerSentenceEnd(body[prose] ?? '') && !teaser ? prose + 1 : -1;
  const candidates = [...Array.from({ length: prose < 0 ? 1 : prose + 1 }, (_, n) => n), ...(teaser ? [next] : []), ...(subheaded > 0 ? [subheaded] : [])];
  for (const n of candidates) {
    const paragraph = body[n];
    const found = paragraph === undefined || isEntry(paragraph) ? null : splitDateline(paragraph);
    const split = n === subheaded && found !== null && found.dateline.credit === undefined && found.dateline.date === null ? null : found;
    if (split === null) continue;
    removed.push({ kind: 'dateline', text: split.dateline.text });
    const rest = afterDateline(split.rest, removed);
    // a teaser that repeats the lead (`लुधियाना- चौथे … के ...` above `लुधियाना- चौथे … है। …`) carries the
    // same dateline twice: the lead after it loses it too
    const after = body.slice(n + 1);
    const next = after[0];
    if (next !== undefined && next.startsWith(split.dateline.text) && next.length > split.dateline.text.length) {
      removed.push({ kind: 'dateline', text: split.dateline.text });
      after[0] = afterDateline(next.slice(split.dateline.text.length).trim(), removed);
    }
    // a dateline alone on its line (`सीतापुर/ दिनांक 12 मई 2023`) above a lead opening with its place again
    // (`सीतापुर। विधायक …`): the lead loses that place too
    const again = rest === '' && next !== undefined && !isEntry(next) ? splitDateline(next) : null;
    if (again !== null && again.dateline.date === null && again.dateline.place !== '' && split.dateline.text.includes(again.dateline.place)) {
      removed.push({ kind: 'dateline', text: again.dateline.text });
      after[0] = afterDateline(again.rest, removed);
    }
    return { body: [...body.slice(0, n), ...(rest === '' ? [] : [rest]), ...after], dateline: split.dateline };
  }
  return { body, dateline: null };
}
