import { foldKey } from '../text/devanagari.js';
import type { VerbEntry } from './lexicon-data.js';
import type { Item } from './tokens.js';

/** A stretch of a clause ended by a postposition, an agent marker, a source marker or a comma. */
export interface Chunk {
  items: Item[];
  post?: Item;
}

/** The roles of a clause's chunks around its main verb. */
export interface ClauseParts {
  verb?: Item;
  /** Item right before the verb (negation check). */
  beforeVerb?: Item;
  subject?: Chunk;
  object?: Chunk;
  /** Adverbs, English. */
  adverbs: string[];
  /** "X के अनुसार" sources. */
  sources: Chunk[];
  /** Other chunks, Hindi order. */
  adjuncts: Chunk[];
}

const CHUNK_END = new Set(['post', 'agent', 'according']);

const HEADS = new Set(['role', 'inst', 'noun', 'number']);

/**
 * Two noun phrases side by side with no postposition between them ("पुतिन उत्तर कोरिया पहुंचे",
 * "पुतिन विदेश मंत्री लावरोव के साथ"): a new phrase starts at a name or title that follows a
 * name, or at a place after a title or noun. Places listed before "और" stay one list.
 */
function startsNewPhrase(prev: Item | undefined, it: Item, rest: readonly Item[]): boolean {
  if (!prev) return false;
  if (it.converted) return true;
  const pm = prev.mention;
  // "पुलिस मामले की जांच": an institution as subject, then the object
  if (prev.kind === 'inst' && it.kind === 'noun' && !it.converted) return true;
  if (it.kind === 'number' && (HEADS.has(prev.kind) || (pm !== undefined && !pm.adjective))) return true;
  const m = it.mention;
  const opensPerson = it.kind === 'role' || (m !== undefined && (m.kind === 'person' || m.adjective === true));
  if (pm && !pm.adjective && (opensPerson || (m && m.kind !== pm.kind))) return true;
  if (pm && m && m.kind === pm.kind && !m.adjective) return !rest.some((r) => r.kind === 'conj');
  // Hindi adjectives precede their noun: one after a noun opens the next phrase
  if (it.kind === 'adj' && prev.kind !== 'number' && (HEADS.has(prev.kind) || (pm !== undefined && !pm.adjective))) return true;
  // "राज्य समाचार एजेंसी TASS" is one phrase; a place after a noun starts another
  return HEADS.has(prev.kind) && m !== undefined && m.kind === 'place' && !m.adjective;
}

/** Splits items into chunks at postpositions, punctuation and phrase starts; genitives stay inside a chunk. */
export function chunk(items: readonly Item[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Item[] = [];
  items.forEach((it, i) => {
    if (CHUNK_END.has(it.kind)) {
      chunks.push({ items: current, post: it });
      current = [];
    } else if (it.kind === 'punct' || it.kind === 'quote' || it.kind === 'adv') {
      if (current.length > 0) chunks.push({ items: current });
      current = [];
    } else {
      if (startsNewPhrase(current[current.length - 1], it, items.slice(i + 1)) && current.length > 0) {
        chunks.push({ items: current });
        current = [];
      }
      current.push(it);
    }
  });
  if (current.length > 0) chunks.push({ items: current });
  return chunks;
}

const content = (c: Chunk): boolean => c.items.some((i) => i.kind !== 'word' && i.kind !== 'aux' && i.kind !== 'neg');
/** Ends in a genitive (adjectives of the verbal noun may follow it). */
const dangling = (c: Chunk): boolean => {
  if (c.post) return false;
  const rest = c.items.filter((i) => i.kind !== 'adj' && i.kind !== 'word');
  return rest.length > 0 && rest[rest.length - 1]?.kind === 'gen';
};
const ERGATIVE = foldKey('ने');
const GENITIVE = new Set(['का', 'की', 'के'].map(foldKey));

const COPULA: VerbEntry = { hi: ['है'], en: 'be', say: false, mutual: false };

/** The main verb: the last verb, else a final copula (है, था …) read as "be". */
function mainVerb(items: readonly Item[], copula: ReadonlySet<string>): [number, Item | undefined] {
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i]?.kind === 'verb' && !items[i]?.entry?.conjunctive) return [i, items[i]];
  }
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i] as Item;
    const prev = items[i - 1]?.kind;
    if (it.kind === 'aux' && copula.has(foldKey(it.text)) && prev !== 'word' && prev !== 'neg' && prev !== 'aux') {
      const entry = { kind: 'verb' as const, words: [foldKey(it.text)], en: 'be', plural: false, verb: COPULA, key: foldKey(it.text) };
      return [i, { ...it, kind: 'verb', en: 'be', entry, tail: [] }];
    }
    if (it.kind !== 'punct' && it.kind !== 'aux') break;
  }
  return [-1, undefined];
}

/**
 * Finds the main verb and assigns subject, object, sources and adjuncts. `continued`: a clause
 * after "और" that shares the first clause's subject (an unmarked noun is then its object).
 */
export function parseClause(
  items: readonly Item[],
  copula: ReadonlySet<string>,
  ing: (en: string) => string,
  continued = false,
): ClauseParts {
  const [v, verb] = mainVerb(items, copula);
  // earlier verbs are verbal nouns inside chunks ("करने के लिए")
  // earlier verbs read as gerunds before a postposition ("करने के लिए"), else they are dropped
  const source = v >= 0 ? items.slice(0, v) : [...items];
  const before = source.map((it, i): Item => {
    if (it.kind !== 'verb') return it;
    const next = source[i + 1]?.kind;
    const gerund = it.entry?.verb && (next === 'post' || next === 'gen');
    if (!gerund) return { ...it, kind: 'punct', text: '' };
    return { ...it, kind: 'noun', en: it.entry?.verb ? ing(it.entry.verb.en) : '', converted: true };
  });
  const after = v >= 0 ? items.slice(v + 1).filter((it) => it.kind !== 'aux') : [];
  const afterChunks = chunk(after);
  const chunks = chunk(before).concat(afterChunks);
  const sources = chunks.filter((c) => c.post?.kind === 'according');
  const rest = chunks.filter((c) => c.post?.kind !== 'according');
  const entry = verb?.entry?.verb;
  const agents = rest.filter((c) => c.post?.kind === 'agent' && content(c));
  let subject = agents.find((c) => c.post?.entry?.key === ERGATIVE) ?? agents[0];
  if (!subject && entry?.mutual) subject = [...rest].reverse().find((c) => dangling(c) && content(c));
  // headline inversion: "North Korea पहुंचे पुतिन" — a person after the verb is its subject
  if (!subject) subject = afterChunks.find((c) => !c.post && c.items.some((i) => i.mention?.kind === 'person'));
  if (!subject && !continued) subject = rest.find((c) => !c.post && !dangling(c) && content(c));
  let object: Chunk | undefined;
  if (entry && entry.obj !== undefined) {
    const key = foldKey(entry.obj);
    const candidates = rest.filter((c) => c !== subject && content(c));
    if (GENITIVE.has(key)) object = candidates.reverse().find(dangling);
    else if (key === '') object = candidates.reverse().find((c) => !c.post && !dangling(c));
    else object = candidates.reverse().find((c) => c.post?.entry?.key === key);
    // Hindi leaves inanimate objects unmarked: "प्रणाली स्थापित करेंगे"
    if (!object && key === foldKey('को')) object = rest.filter((c) => c !== subject && !c.post && !dangling(c) && content(c)).pop();
  }
  return {
    verb,
    beforeVerb: v > 0 ? items[v - 1] : undefined,
    subject,
    object,
    sources,
    adverbs: items.filter((i) => i.kind === 'adv').map((i) => i.en),
    adjuncts: rest.filter((c) => c !== subject && c !== object),
  };
}
