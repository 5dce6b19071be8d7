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

/** The title as a sentence with index -1, as the caller computed its facts. */
export function titleSentence(title: string): Sentence {
  return { index: -1, text: title, paragraph: -1 };
}

/** Only the facts the caller computed for the title. */
export function titleFacts(facts: ArticleFacts): ArticleFacts {
  return {
    dates: facts.dates.filter((d) => d.sentence === -1),
    numbers: facts.numbers.filter((n) => n.sentence === -1),
    mentions: facts.mentions.filter((m) => m.sentence === -1),
  };
}
