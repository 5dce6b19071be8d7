import type { EntityMention } from '../types.js';

/**
 * `X, Y और Z (को) छोड़कर`, `X व Y को छोड़`, `X के सिवा`: what the sentence leaves out of what it says (not `के अलावा`, which is as
 * often "besides": दिल्ली के अलावा मुंबई में भी बारिश हुई).
 */
// (`को छोड़` alone only before no verb that makes it "left": रतलाम को छोड़ दिया, छोड़ सकते, छोड़ गए, छोड़ने)
const EXCEPT = /(?:को\s+)?छोड़\s*कर|को\s+छोड़(?![\p{L}\p{M}])(?!\s+(?:दि|दे|दी|रह|सक|ग[एईय]|चुक|जा|ने|ना|दो))|के\s+सिवा(?:य)?/gu;
/** One word after the last excluded name, before को or के: the list's head noun (`… पश्चिमी जिलों को छोड़कर`). */
const HEAD_GAP = /^\s+[\p{L}\p{M}]+\s*$/u;
/** An exception marked by को or के (a bare छोड़कर is as often "having left": `विधायक घर छोड़कर भाग गए`). */
const MARKED = /^(?:को|के)\s/u;

/** True when the text leaves something out of what it says with a marked exception (`… जिलों को छोड़कर सभी में`). */
export const excludes = (text: string): boolean => [...text.matchAll(EXCEPT)].some((m) => MARKED.test(m[0]));

/** Between two names of the excluded list, or after the last: spaces, a comma or a conjunction (which may join one unlisted name: `उज्जैन व नागदा को छोड़`). */
const LIST_GAP = /^[\s,]*(?:(?:और|व|तथा|एवं)\s*(?:[\p{L}\p{M}]+\s*)?)?$/u;

/**
 * Start offsets of the sentence's mentions that it excludes (`बीकानेर, जैसलमेर और श्रीगंगानगर को छोड़कर बाकी सभी
 * जिलों में येलो अलर्ट`): a structured line that listed them bare would say the alert is theirs.
 */
export function excludedMentions(text: string, mentions: readonly EntityMention[]): Set<number> {
  const out = new Set<number>();
  const sorted = [...mentions].sort((a, b) => b.span.start - a.span.start);
  for (const m of text.matchAll(EXCEPT)) {
    let boundary = m.index;
    let first = true;
    for (const mention of sorted) {
      if (mention.span.end > boundary) continue;
      const gap = text.slice(mention.span.end, boundary);
      // the list's head noun may stand before a marked exception (`पश्चिमी और दक्षिणी जिलों को छोड़कर`)
      if (!LIST_GAP.test(gap) && !(first && MARKED.test(m[0]) && HEAD_GAP.test(gap))) break;
      first = false;
      out.add(mention.span.start);
      boundary = mention.span.start;
    }
  }
  return out;
}
