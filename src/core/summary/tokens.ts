import { foldKey } from '../text/devanagari.js';
import { isVerbalNoun } from '../text/verbal-nouns.js';
import type { ArticleFacts, DateFact, EntityMention, NumberFact, Sentence } from '../types.js';
import { dropGlosses } from './bracket-glosses.js';
import { createOrdinalOther } from './ordinal-other.js';
import type { LexEntry, LexiconIndex, LexKind } from './lexicon-index.js';
import { trainNamesOf } from './train-names.js';

export type ItemKind = LexKind | 'mention' | 'date' | 'number' | 'word' | 'aux' | 'neg' | 'punct' | 'quote';

/** One unit of a sentence: a fact, a lexicon phrase, an unknown word or a punctuation mark. */
export interface Item {
  kind: ItemKind;
  start: number;
  end: number;
  text: string;
  en: string;
  plural: boolean;
  entry?: LexEntry;
  mention?: EntityMention;
  date?: DateFact;
  number?: NumberFact;
  /** A verb read as a verbal noun or dropped inside a phrase ("करने के लिए"). */
  converted?: boolean;
  /** A negation stood inside the verb phrase ("निर्माण नहीं किया"). */
  negated?: boolean;
  /** Folded auxiliaries after a verb (है, गया, रहे …), for tense. */
  tail?: string[];
  /** A name the sentence gives a thing, read as one noun (a train's: `जनता एक्सप्रेस`). */
  name?: true;
}

interface Word {
  start: number;
  end: number;
  text: string;
  fold: string;
}

type Fact = { start: number; end: number; item: Item };

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‑.,:/][\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const QUOTES = /^["“”'‘’]$/u;

/** The facts of one sentence as items, overlaps resolved (longest wins). */
function factItems(sentence: Sentence, facts: ArticleFacts): Fact[] {
  const mine = (f: { sentence: number }): boolean => f.sentence === sentence.index;
  const base = (start: number, end: number): Pick<Item, 'start' | 'end' | 'text' | 'en' | 'plural'> => ({
    start, end, text: sentence.text.slice(start, end), en: '', plural: false,
  });
  const all: Fact[] = [
    ...facts.dates.filter(mine).map((d) => ({ ...d.span, item: { ...base(d.span.start, d.span.end), kind: 'date' as const, date: d } })),
    ...facts.numbers.filter(mine).map((n) => ({ ...n.span, item: { ...base(n.span.start, n.span.end), kind: 'number' as const, number: n } })),
    ...facts.mentions.filter(mine).map((m) => ({ ...m.span, item: { ...base(m.span.start, m.span.end), kind: 'mention' as const, en: m.en, mention: m } })),
  ].filter((f) => f.end > f.start && f.start >= 0 && f.end <= sentence.text.length);
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Fact[] = [];
  for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  // a name said again right after itself, as a nickname in quotes or brackets (पुष्प कमल दहल ‘प्रचंड’), is one mention
  return kept.filter((f, i) => {
    const prev = kept[i - 1];
    return !(prev && f.item.kind === 'mention' && prev.item.kind === 'mention' && f.item.en === prev.item.en && APPOSITIVE_GAP.test(sentence.text.slice(prev.end, f.start)));
  });
}

/** Only spaces, quotes and brackets between two mentions of one name. */
const APPOSITIVE_GAP = /^[\s"“”'‘’(]*$/u;

/** Words an entry spans at `i` (0 = no match); a verb phrase may hold one negation inside. */
function span(entry: LexEntry, words: readonly Word[], i: number, negation: ReadonlySet<string>): number {
  let at = i;
  for (let k = 0; k < entry.words.length; k++) {
    let w = words[at];
    if (k > 0 && entry.kind === 'verb' && w && w.fold !== entry.words[k] && negation.has(w.fold) && at === i + k) w = words[++at];
    if (w === undefined || w.fold !== entry.words[k]) return 0;
    at++;
  }
  const first = words[i] as Word;
  if (entry.kind === 'comp' && first.text !== 'कि') return 0;
  if (entry.kind === 'gen' && entry.words.length === 1 && first.text === 'कि') return 0;
  return at - i;
}

function best(cands: LexEntry[], words: readonly Word[], i: number, index: LexiconIndex): [LexEntry, number] | undefined {
  const ok = cands.map((c): [LexEntry, number] => [c, span(c, words, i, index.negation)]).filter(([, n]) => n > 0);
  const verbToo = ok.some(([c]) => c.kind === 'verb');
  const rank = ([c, n]: [LexEntry, number]): number => {
    const next = words[i + n];
    const auxAfter = next !== undefined && index.aux.has(next.fold);
    // before a genitive a listed noun beats a verb form spelled the same (उस घटना के दोषी: the incident,
    // not "to fall")
    const nominal = c.kind === 'noun' && verbToo && next !== undefined && GENITIVE.has(next.fold);
    const tier = c.kind === 'verb' ? (c.bare || c.conjunctive ? (auxAfter && !c.conjunctive ? 2 : 0) : 2) : nominal ? 3 : 1;
    return c.words.length * 10 + tier;
  };
  return ok.sort((a, b) => rank(b) - rank(a))[0];
}

const GENITIVE = new Set(['का', 'की', 'के'].map(foldKey));
const ERGATIVE = (fold: string): LexEntry => ({ kind: 'agent', words: [fold], en: '', plural: false, key: foldKey('ने') });

/** दूसरा's reading ("another", "other" or "second"), built once per lexicon index. */
const ordinals = new WeakMap<LexiconIndex, (items: Item[]) => Item[]>();
const ordinalOf = (index: LexiconIndex): ((items: Item[]) => Item[]) => {
  let made = ordinals.get(index);
  if (!made) ordinals.set(index, (made = createOrdinalOther(index.data)));
  return made;
};

/** कि folds like की: the complementiser is never an auxiliary. */
const isAux = (w: Word, index: LexiconIndex): boolean => w.text !== 'कि' && index.aux.has(w.fold);

/** के and पूर्व, folded. */
const [OF, EARLIER] = [foldKey('के'), foldKey('पूर्व')];

/** Tokenises a sentence into facts, lexicon phrases, unknown words and punctuation. */
export function tokenize(sentence: Sentence, facts: ArticleFacts, index: LexiconIndex): Item[] {
  const text = sentence.text;
  const facts1 = factItems(sentence, facts);
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const last = words[words.length - 1];
    // an abbreviation and its stop read as the word it stands for (`अति.` → अतिरिक्त)
    // (own keys only: a Latin word such as `constructor` before a stop is no abbreviation)
    const full = m[0] === '.' && last !== undefined && last.end === start && Object.hasOwn(index.data.abbreviations, last.text) ? index.data.abbreviations[last.text] : undefined;
    if (full !== undefined && last !== undefined) words[words.length - 1] = { ...last, end: start + 1, text: `${last.text}.`, fold: foldKey(full) };
    else words.push({ start, end: start + m[0].length, text: m[0], fold: foldKey(m[0]) });
  }
  const items: Item[] = [];
  // a train's name is one noun, over the places and words in it (जनता एक्सप्रेस: never "people")
  const figures = [...facts.dates, ...facts.numbers].filter((f) => f.sentence === sentence.index).map((f) => f.span);
  const trains = new Map(trainNamesOf(index)(words, facts.mentions.filter((m) => m.sentence === sentence.index), figures).map((t) => [t.from, t] as const));
  let fi = 0;
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const train = trains.get(i);
    if (train) {
      const end = (words[train.to - 1] as Word).end;
      items.push({ kind: 'noun', start: w.start, end, text: text.slice(w.start, end), en: train.en, plural: train.en.includes(' and '), name: true });
      i = train.to;
      while (fi < facts1.length && (facts1[fi] as Fact).start < end) fi++;
      continue;
    }
    while (fi < facts1.length && (facts1[fi] as Fact).end <= w.start) fi++;
    const fact = facts1[fi];
    if (fact && fact.start < w.end) {
      items.push(fact.item);
      while (i < words.length && (words[i] as Word).start < fact.end) i++;
      fi++;
      // places hyphened into one word (भारत-अमेरिका का साझा बयान, रूस-यूक्रेन युद्ध) are both named: India and the
      // United States, never India's alone
      const end = (words[i - 1] as Word).end;
      const pair = facts1[fi];
      if (pair !== undefined && pair.start >= fact.end && pair.end <= end && fact.item.mention?.kind === 'place' && pair.item.mention?.kind === 'place') {
        items.push({ kind: 'conj', start: fact.end, end: pair.start, text: text.slice(fact.end, pair.start), en: 'and', plural: false }, pair.item);
        fi++;
      }
      continue;
    }
    // के पूर्व after a verbal noun is "before" (`फैसला आने के पूर्व`), never the "former" of a title after it
    const earlier = words[i + 1];
    if (w.fold === OF && earlier?.fold === EARLIER && isVerbalNoun(words[i - 1]?.fold ?? '') && !(fact && fact.start < earlier.end)) {
      items.push({ kind: 'post', start: w.start, end: earlier.end, text: text.slice(w.start, earlier.end), en: 'before', plural: false });
      i += 2;
      continue;
    }
    // a lexicon phrase must not run into a fact
    const limit = fact ? words.findIndex((x) => x.end > fact.start) : words.length;
    const run = words.slice(0, limit === -1 ? words.length : limit);
    let found = best(index.byFirst.get(w.fold) ?? [], run, i, index);
    if (found && found[0].kind !== 'verb' && found[1] > 1) {
      const tailStart = i + found[1] - 1;
      const verbThere = best((index.byFirst.get((words[tailStart] as Word).fold) ?? []).filter((e) => e.kind === 'verb' && e.words.length > 1), run, tailStart, index);
      const after = words[i + found[1]];
      const verbAfter = after && (index.byFirst.get(after.fold) ?? []).some((e) => e.kind === 'verb' && span(e, run, i + found![1], index.negation) > 0);
      if (verbThere && !verbAfter) {
        const shorter = (index.byFirst.get(w.fold) ?? []).filter((e) => e.words.length < found![1]);
        found = best(shorter, run, i, index);
      }
    }
    // a verb phrase whose last word opens a longer postposition ("गोल की बदौलत": thanks to the goal,
    // not "scored"): the postposition wins, the verb's noun stays a noun
    if (found && found[0].kind === 'verb' && found[1] > 1) {
      const tailStart = i + found[1] - 1;
      const postThere = best((index.byFirst.get((words[tailStart] as Word).fold) ?? []).filter((e) => e.kind === 'post' && e.words.length > 1), run, tailStart, index);
      if (postThere && postThere[1] > 1) found = best((index.byFirst.get(w.fold) ?? []).filter((e) => e.words.length < found![1]), run, i, index);
    }
    if (found) {
      const [entry, length] = found;
      const last = words[i + length - 1] as Word;
      const item: Item = { kind: entry.kind, start: w.start, end: last.end, text: text.slice(w.start, last.end), en: entry.en, plural: entry.plural, entry };
      if (length > entry.words.length) item.negated = true;
      i += length;
      if (entry.kind === 'verb') {
        item.tail = [];
        // an infinitive ("भेजने की तैयारी") keeps its genitive: only है/था follow it as auxiliaries
        const infinitive = /(ना|ने|नि)$/.test(last.fold);
        while (i < run.length && isAux(words[i] as Word, index) && !(infinitive && GENITIVE.has((words[i] as Word).fold))) {
          item.tail.push((words[i++] as Word).fold);
        }
      }
      items.push(item);
      continue;
    }
    const pronoun = index.ergative.get(w.fold);
    if (pronoun) {
      items.push({ kind: 'noun', start: w.start, end: w.end, text: w.text, en: pronoun, plural: pronoun !== 'it' && pronoun !== 'I' });
      items.push({ kind: 'agent', start: w.end, end: w.end, text: '', en: '', plural: false, entry: ERGATIVE(w.fold) });
      i++;
      continue;
    }
    const kind: ItemKind = QUOTES.test(w.text) ? 'quote'
      : /^[^\p{L}\p{M}\p{N}]$/u.test(w.text) ? 'punct'
      : index.negation.has(w.fold) ? 'neg'
      : isAux(w, index) ? 'aux' : 'word';
    items.push({ kind, start: w.start, end: w.end, text: w.text, en: '', plural: false });
    i++;
  }
  return dropGlosses(ordinalOf(index)(items));
}

export const isFactItem = (it: Item): boolean => it.kind === 'mention' || it.kind === 'date' || it.kind === 'number';
