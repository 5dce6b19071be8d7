import { TITLE_SENTENCE, type ArticleFacts, type Sentence } from '../types.js';

/**
 * The body sentence a title was built from: a page without a headline line gets the start of its lead
 * sentence as title (cut at a clause boundary), and that sentence stays in the body.
 */
export function leadOfBuiltTitle(title: string, sentences: readonly Sentence[]): Sentence | undefined {
  const head = titleText(title);
  if (head.length === 0) return undefined;
  return sentences.find((s) => s.text.length > head.length && s.text.startsWith(head));
}

/** A title without the ellipsis of its cut (`… में किया…`). */
export const titleText = (title: string): string => title.trim().replace(/\s*(?:…|\.\.\.)$/u, '');

/**
 * A built title's facts are its lead sentence's facts within the title, read in the whole sentence: the cut
 * clause alone lacks the verb that tells `कल` tomorrow from yesterday (कल उनका अंतिम संस्कार … किया जाएगा).
 */
export function readBuiltTitleInLead(all: ArticleFacts, lead: Sentence, titleLength: number): ArticleFacts {
  const inTitle = <T extends { sentence: number; span: { end: number } }>(f: T): boolean => f.sentence === lead.index && f.span.end <= titleLength;
  const asTitle = <T extends { sentence: number }>(f: T): T => ({ ...f, sentence: TITLE_SENTENCE });
  const body = <T extends { sentence: number }>(f: T): boolean => f.sentence !== TITLE_SENTENCE;
  return {
    dates: [...all.dates.filter(inTitle).map(asTitle), ...all.dates.filter(body)],
    numbers: [...all.numbers.filter(inTitle).map(asTitle), ...all.numbers.filter(body)],
    mentions: [...all.mentions.filter(inTitle).map(asTitle), ...all.mentions.filter(body)],
  };
}
