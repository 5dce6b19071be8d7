import { romanise } from '../facts/entities/romanise.js';
import { foldKey } from '../text/devanagari.js';
import type { EntityMention } from '../types.js';
import type { LexiconIndex } from './lexicon-index.js';

/** A word of the sentence, with its folded form. */
interface NameWord {
  start: number;
  end: number;
  text: string;
  fold: string;
}

/** A train's name as one English noun (`जनता एक्सप्रेस` → "Janata Express"), or a list of trains that share the head. */
export interface TrainName {
  /** Index of the first word and one past the head word. */
  from: number;
  to: number;
  en: string;
}

/** Words of one name before the head (`सरयू यमुना`, `बरेली-वाराणसी`). */
const MAX_NAME_WORDS = 2;
/** Kinds of lexicon entries a name word never is: verbs, postpositions, genitives, agents, conjunctions. */
const GRAMMAR = new Set(['verb', 'post', 'gen', 'agent', 'conj', 'comp']);

/**
 * Train names (config lexicon `trainNames`): the one or two words before एक्सप्रेस are the train's name,
 * never words of the sentence — `जनता एक्सप्रेस` was "people", `किसान` (the Kisan Express) "farmers", and a
 * list that shares the head (`फरक्का, किसान, सरयू यमुना … और सद्भावना एक्सप्रेस`) names a train in each item.
 * A name word is no stop word, auxiliary, negation or grammar word; a place in the name keeps its English.
 */
export function createTrainNames(index: LexiconIndex): (words: readonly NameWord[], mentions: readonly EntityMention[], figures: readonly { start: number; end: number }[]) => TrainName[] {
  const heads = new Set(index.data.trainNames.heads.map(foldKey));
  const joiners = new Set(index.data.trainNames.joiners.map(foldKey));
  const notNames = new Set(index.data.trainNames.notNames.map(foldKey));
  const notAfter = new Set(index.data.trainNames.notAfter.map(foldKey));
  const known = new Map(Object.entries(index.data.trainNames.words).map(([hi, en]) => [foldKey(hi), en] as const));
  /** The second word of a two-word grammar phrase (`के कारण`) is read with the first, never as a name. */
  const tailOfGrammar = (prev: NameWord | undefined, w: NameWord): boolean =>
    prev !== undefined && (index.byFirst.get(prev.fold) ?? []).some((e) => GRAMMAR.has(e.kind) && e.words.length === 2 && e.words[1] === w.fold);
  const nameWord = (words: readonly NameWord[], k: number): boolean => {
    const w = words[k];
    return w !== undefined && !tailOfGrammar(words[k - 1], w) && /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u.test(w.text) && !heads.has(w.fold) && !joiners.has(w.fold) && !notNames.has(w.fold) && !index.stopwords.has(w.fold)
    && !index.aux.has(w.fold) && !index.negation.has(w.fold) && !(index.byFirst.get(w.fold) ?? []).some((e) => GRAMMAR.has(e.kind) && e.words.length === 1);
  };
  return (words, mentions, figures) => {
    // a date or figure is no name word (`सोमवार रात राजधानी एक्सप्रेस`, reviewer); an organisation's name holding the
    // head is no train (`एयर इंडिया एक्सप्रेस`, `इंडियन एक्सप्रेस की रिपोर्ट`)
    const inFigure = (w: NameWord): boolean => figures.some((f) => f.start < w.end && w.start < f.end);
    const inBody = (w: NameWord): boolean => mentions.some((m) => m.kind !== 'place' && m.span.start < w.end && w.start < m.span.end);
    /** A word's English: a place it is keeps the gazetteer's, else the romanised Hindi (hyphened parts each). */
    const english = (w: NameWord): string => {
      let at = w.start;
      return w.text.split('-').map((part) => {
        const start = at;
        at += part.length + 1;
        const place = mentions.find((m) => m.kind === 'place' && m.span.start <= start && m.span.end >= start + part.length);
        return place?.en ?? known.get(foldKey(part)) ?? romanise(part);
      }).join('–');
    };
    const out: TrainName[] = [];
    for (let h = 1; h < words.length; h++) {
      // (an expressway is no train: `एक्सप्रेस वे`)
      if (!heads.has((words[h] as NameWord).fold) || notAfter.has(words[h + 1]?.fold ?? '') || inBody(words[h] as NameWord)) continue;
      const items: string[] = [];
      let start = h;
      // the item before the head, then items back across a joiner (`, ` or `और`)
      for (let at = h; ;) {
        let from = at;
        while (from > 0 && at - from < MAX_NAME_WORDS && nameWord(words, from - 1) && !inFigure(words[from - 1] as NameWord)) from--;
        if (from === at) break;
        items.unshift([...new Set(words.slice(from, at).map(english))].join(' '));
        start = from;
        if (!joiners.has(words[from - 1]?.fold ?? '')) break;
        at = from - 1;
      }
      if (items.length === 0 || words.slice(start, h).some(inBody)) continue;
      const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items[0];
      out.push({ from: start, to: h + 1, en: `${list} Express` });
    }
    return out;
  };
}

const finders = new WeakMap<LexiconIndex, ReturnType<typeof createTrainNames>>();
/** The train-name finder of a lexicon index, made once per index. */
export function trainNamesOf(index: LexiconIndex): ReturnType<typeof createTrainNames> {
  const found = finders.get(index) ?? createTrainNames(index);
  finders.set(index, found);
  return found;
}
