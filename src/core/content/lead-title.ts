import { alternation, NOT_AFTER } from '../text/boundaries.js';
import { splitSentences } from '../text/sentences.js';
import type { CleaningData } from './cleaning-data.js';

const DEVANAGARI = /\p{Script=Devanagari}/u;

/** A dash or bullet and a space opening the lead. */
const LEADING_BULLET = /^[-–—•*·]+\s+/u;

/** Punctuation after which a clause may end: comma, semicolon, colon, dashes — not a comma or colon inside a figure (4,15,20,600; 10:30). */
const PUNCTUATION = /(?<![0-9०-९])[,:]|[,:](?![0-9०-९])|[;，؛—–]|\s-\s/gu;

/**
 * The title of a page without a headline line: its first sentence, cut at the last clause boundary
 * (punctuation, or before a clause word like `और`, `लेकिन`, `कि`) that keeps it within
 * `leadMaxChars`, but not before `leadMinChars`; a sentence without such a boundary is cut at a
 * word and marked with `…`. The sentence itself stays in the body; a date opening it is left out of the title.
 */
export function createLeadTitle(data: CleaningData, months: string): (body: string) => string {
  // a full date opening the story with a comma (`अक्टूबर 30, 2016, भारत और …`) is no part of a headline
  const openingDate = new RegExp(`^(?:(?:${months})\\.?\\s+[0-9०-९]{1,2}|[0-9०-९]{1,2}\\s+(?:${months})\\.?),?\\s+[0-9०-९]{4},\\s*`, 'iu');
  const { leadMaxChars: max, leadMinChars: min } = data.title;
  const words = alternation(data.title.clauseWords);
  const clauseWord = words ? new RegExp(`\\s(?=(?:${words})${NOT_AFTER})`, 'gu') : null;

  const dangling = new Set(data.title.danglingWords);
  const endings = data.title.danglingEndings;
  const FIGURE = /^[0-9०-९.,]+$/u;
  // the words a cut title may not end on: a case marker or joiner, a figure, a modifier of the next word (94 वर्षीया)
  const dropDangling = (cut: string, least: number): string => {
    const words = cut.split(/\s+/u);
    while (words.length > 1 && words.join(' ').length > least) {
      const last = words.at(-1) ?? '';
      // (and a figure's unit, `88 साल`: the cut leaves what the figure is of unsaid)
      const unitOfFigure = words.length > 2 && FIGURE.test(words.at(-2) ?? '');
      if (!dangling.has(last) && !FIGURE.test(last) && !unitOfFigure && !endings.some((e) => last.endsWith(e))) break;
      words.pop();
    }
    return words.join(' ');
  };
  return (body) => {
    // a pipe used as a danda ends the first sentence (`… घोषित कर दिए हैं| नोएडा की …`): the title is the words before it
    // (and a bullet opening it is no word of it: `- भारतीय फुटबॉल टीम …`)
    // (a Latin phrase before the first danda of a Hindi page is an SEO kicker, `Jalaun news today । …`: the first Hindi sentence)
    const sentences = splitSentences(body);
    const lead = DEVANAGARI.test(body) ? sentences.find((x) => DEVANAGARI.test(x.text)) : sentences[0];
    const first = (lead?.text ?? '').replace(/\s?\|$/u, '').replace(LEADING_BULLET, '').replace(openingDate, '');
    if (first.length <= max) return first;
    const cuts: number[] = [];
    for (const m of first.matchAll(PUNCTUATION)) cuts.push(m.index);
    if (clauseWord) for (const m of first.matchAll(clauseWord)) cuts.push(m.index);
    // a cut that leaves only a Latin kicker (`India vs Australia, 1st Test Highlights`) is no Hindi title
    const hindi = DEVANAGARI.test(first);
    const fits = cuts.filter((c) => c >= min && c <= max && (!hindi || DEVANAGARI.test(first.slice(0, c)))).sort((a, b) => b - a);
    const cut = fits[0];
    if (cut !== undefined) return first.slice(0, cut).replace(/[\s,;:，؛—–-]+$/u, '');
    const space = first.lastIndexOf(' ', max);
    return `${dropDangling(first.slice(0, space > min ? space : max).trim(), min)}…`;
  };
}
