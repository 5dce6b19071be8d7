import { foldKey } from '../text/devanagari.js';
import type { ArticleFacts, Sentence } from '../types.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { Item } from './tokens.js';

/**
 * Headlines put the light verb first ("पुतिन करेंगे इस सप्ताह उत्तर कोरिया का दौरा"): when a
 * sentence has no verb, a light-verb form followed later by a verbal noun that forms a lexicon
 * predicate with it ("दौरा" + "करेंगे") becomes that predicate, at the noun's place.
 */
export function reorderHeadlineVerb(items: readonly Item[], index: LexiconIndex): Item[] {
  // each comma-separated report of a headline is reordered on its own
  const comma = items.findIndex((i) => i.kind === 'punct' && i.text === ',');
  if (comma > 0) return [...reorderPart(items.slice(0, comma), index), items[comma] as Item, ...reorderHeadlineVerb(items.slice(comma + 1), index)];
  return reorderPart(items, index);
}

function reorderPart(items: readonly Item[], index: LexiconIndex): Item[] {
  // a lone bare light verb ("दी दस्तक": दी read as "give") may still be the front of a predicate
  const verbs = items.filter((i) => i.kind === 'verb');
  if (verbs.length > 1 || (verbs[0] && verbs[0].entry?.words.length !== 1)) return [...items];
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    const light = out[i] as Item;
    if (light.kind !== 'aux' && light.kind !== 'word' && light.kind !== 'verb') continue;
    const form = light.text;
    for (let j = i + 1; j < out.length; j++) {
      const noun = out[j] as Item;
      if (noun.kind !== 'noun') continue;
      const fold = noun.entry?.words.join(' ') ?? '';
      const entry = (index.byFirst.get(noun.entry?.words[0] ?? '') ?? []).find((e) =>
        e.kind === 'verb' && e.words.join(' ') === `${fold} ${foldKey(form)}`);
      if (!entry) continue;
      out[j] = { ...noun, kind: 'verb', en: entry.en, entry, text: `${noun.text} ${form}`, tail: [] };
      out.splice(i, 1);
      return out;
    }
  }
  return out;
}

/** Words of a headline with their offsets. */
const WORDS = /[\p{L}\p{M}]+/gu;
/** Words a teaser's question word may stand after its verb (`जानें अब कहां`). */
const TEASER_REACH = 3;

/**
 * Where a headline's teaser tail starts (`…, जानें कहां किसने दर्ज की जीत`: a verb inviting the reader and a question word
 * within a few words after it), or the headline's length when it has none. Only after the headline's first words.
 */
export function createTeaserCut(teasers: { verbs: readonly string[]; questions: readonly string[] }): (title: string) => number {
  const verbs = new Set(teasers.verbs.map(foldKey));
  const questions = new Set(teasers.questions.map(foldKey));
  return (title) => {
    const words = [...title.matchAll(WORDS)];
    const at = words.findIndex((w, k) => k > 0 && verbs.has(foldKey(w[0])) && words.slice(k + 1, k + 1 + TEASER_REACH).some((q) => questions.has(foldKey(q[0]))));
    return at > 0 ? title.slice(0, words[at]?.index).replace(/[\s,;:|–—-]+$/u, '').length : title.length;
  };
}

/** The title as a sentence with index -1, as the caller computed its facts (up to `length`: a teaser tail cut off). */
export function titleSentence(title: string, length = title.length): Sentence {
  return { index: -1, text: title.slice(0, length), paragraph: -1 };
}

/** Only the facts the caller computed for the title (within its first `length` characters). */
export function titleFacts(facts: ArticleFacts, length = Number.MAX_SAFE_INTEGER): ArticleFacts {
  const mine = <T extends { sentence: number; span: { end: number } }>(list: readonly T[]): T[] => list.filter((f) => f.sentence === -1 && f.span.end <= length);
  return { dates: mine(facts.dates), numbers: mine(facts.numbers), mentions: mine(facts.mentions) };
}
