import { foldKey } from '../text/devanagari.js';
import type { VerbEntry } from './lexicon-data.js';
import { chunk } from './clause-chunk.js';
import { applyFrame, type Chunk, type Frame } from './clause-frames.js';
import type { Item } from './tokens.js';

export type { Chunk } from './clause-frames.js';
export { chunk } from './clause-chunk.js';

/** The roles of a clause's chunks around its main verb (subject, object, predicate as the verb's frame set them). */
export interface ClauseParts extends Omit<Frame, 'noSubject'> {
  verb?: Item;
  /** Item right before the verb (negation check). */
  beforeVerb?: Item;
  /** Adverbs, English. */
  adverbs: string[];
  /** "X के अनुसार" sources. */
  sources: Chunk[];
  /** Other chunks, Hindi order. */
  adjuncts: Chunk[];
}

const content = (c: Chunk): boolean => c.items.some((i) => i.kind !== 'word' && i.kind !== 'aux' && i.kind !== 'neg');
/** `होकर`, having become, folded. */
const BECOMING = foldKey('होकर');

/** Ends in a genitive (adjectives of the verbal noun may follow it). */
const dangling = (c: Chunk): boolean => {
  if (c.post) return false;
  const rest = c.items.filter((i) => i.kind !== 'adj' && i.kind !== 'word');
  return rest.length > 0 && rest[rest.length - 1]?.kind === 'gen';
};
const ERGATIVE = foldKey('ने');
const GENITIVE = new Set(['का', 'की', 'के'].map(foldKey));

/** A verb that takes an unmarked or को object ("मैच देखने", "दर को स्थिर रखने"). */
const DATIVE = foldKey('को');
/** A verb whose object is marked by को (हरा: "defeat"). */
const dative = (it: Item): boolean => it.entry?.verb?.obj !== undefined && foldKey(it.entry.verb.obj) === DATIVE;
/** A verb whose object is unmarked or marked by को. */
const direct = (it: Item | undefined): boolean =>
  it?.kind === 'verb' && it.entry?.verb?.obj !== undefined && (dative(it) || foldKey(it.entry.verb.obj) === '');
/** A verb before a postposition or a genitive is a gerund ("करने के लिए": "for doing"). */
const isGerund = (it: Item, next: Item | undefined): boolean => it.kind === 'verb' && !!it.entry?.verb && (next?.kind === 'post' || next?.kind === 'gen');

const COPULA: VerbEntry = { hi: ['है'], en: 'be', say: false, mutual: false, infinitive: false, durative: false, needsFigure: false, notOfMoney: false };

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
  // earlier verbs read as gerunds before a postposition ("करने के लिए"), else they are dropped;
  // a bare noun right before a gerund is its object ("मैच देखने के लिए" → "for watching match")
  const source = v >= 0 ? items.slice(0, v) : [...items];
  // …and a name or noun marked by को right before a gerund that takes को is its object too ("भारत को हराने के लिए" →
  // "for defeating India", never "for defeating to India")
  const marked = new Set(source.flatMap((it, i) => (isGerund(it, source[i + 1]) && dative(it) && source[i - 1]?.kind === 'post'
    && source[i - 1]?.entry?.key === DATIVE && ['noun', 'mention'].includes(source[i - 2]?.kind ?? '') && source[i - 2]?.en ? [i - 2, i - 1] : [])));
  const before = source.map((it, i): Item => {
    const next = source[i + 1];
    if (marked.has(i) || (it.kind === 'noun' && direct(next) && ['post', 'gen'].includes(source[i + 2]?.kind ?? ''))) {
      return { ...it, kind: 'punct', text: '' };
    }
    // an adjective before होकर (having become) is its predicate (`अनियंत्रित होकर बस से टकरा गई`: the bike went out of
    // control), never the next noun's adjective ("hit uncontrolled truck")
    if (it.kind === 'adj' && next?.kind === 'aux' && foldKey(next.text) === BECOMING) return { ...it, kind: 'punct', text: '' };
    if (it.kind !== 'verb') return it;
    const gerund = isGerund(it, next);
    if (!gerund) return { ...it, kind: 'punct', text: '' };
    const prev = source[i - 1];
    const obj = marked.has(i - 1) ? ` ${source[i - 2]?.en ?? ''}` : prev?.kind === 'noun' && prev.en && direct(it) ? ` ${prev.en}` : '';
    return { ...it, kind: 'noun', en: it.entry?.verb ? `${ing(it.entry.verb.en)}${obj}` : '', converted: true };
  });
  const after = v >= 0 ? items.slice(v + 1).filter((it) => it.kind !== 'aux') : [];
  const afterChunks = chunk(after);
  const beforeChunks = chunk(before);
  const chunks = beforeChunks.concat(afterChunks);
  const sources = chunks.filter((c) => c.post?.kind === 'according');
  const rest = chunks.filter((c) => c.post?.kind !== 'according');
  const entry = verb?.entry?.verb;
  const agents = rest.filter((c) => c.post?.kind === 'agent' && content(c));
  let subject = agents.find((c) => c.post?.entry?.key === ERGATIVE) ?? agents[0];
  if (!subject && entry?.mutual) subject = [...rest].reverse().find((c) => dangling(c) && content(c));
  // headline inversion: "North Korea पहुंचे पुतिन" — a person after the verb is its subject
  if (!subject) subject = afterChunks.find((c) => !c.post && c.items.some((i) => i.mention?.kind === 'person'));
  // a later clause shares the first one's subject, unless its verb takes no object ("और जांच जारी है")
  if (!subject && (!continued || (entry !== undefined && entry.obj === undefined))) subject = rest.find((c) => !c.post && !dangling(c) && content(c));
  // a place alone right before a verb whose object goes unmarked (`… राष्ट्राध्यक्ष आज दिल्ली पहुंच रहे हैं`) is where, not
  // who: with the doer unread, no subject ("Delhi is arriving several countries")
  if (subject && entry?.obj === '' && subject === beforeChunks.at(-1) && subject.items.some((i) => i.mention?.kind === 'place')
    && subject.items.every((i) => i.mention?.kind === 'place' || i.kind === 'date' || i.kind === 'punct')) subject = undefined;
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
  const frame = applyFrame(entry, subject, rest, beforeChunks.filter((c) => c.post?.kind !== 'according').pop());
  if (frame.subject) subject = frame.subject;
  if (frame.noSubject) subject = undefined;
  if (frame.object || frame.subject) object = frame.object;
  const roles = [subject, object, frame.predicate];
  return {
    verb,
    beforeVerb: v > 0 ? items[v - 1] : undefined,
    subject,
    object,
    predicate: frame.predicate,
    en: frame.en,
    bareObject: frame.bareObject,
    prep: frame.prep,
    sources,
    adverbs: items.filter((i) => i.kind === 'adv').map((i) => i.en),
    adjuncts: rest.filter((c) => !roles.includes(c)),
  };
}
