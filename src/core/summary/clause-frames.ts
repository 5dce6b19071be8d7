import { foldKey } from '../text/devanagari.js';
import type { VerbEntry } from './lexicon-data.js';
import type { Item } from './tokens.js';

/** A stretch of a clause ended by a postposition, an agent marker, a source marker or a comma. */
export interface Chunk {
  items: Item[];
  post?: Item;
}

/** What a verb frame changes in a parsed clause. */
export interface Frame {
  subject?: Chunk;
  object?: Chunk;
  /** Predicate after the object ("declared X unconstitutional", "became Prime Minister"). */
  predicate?: Chunk;
  /** English verb replacing the entry's (dative "get", complement "call" …). */
  en?: string;
  /** The object keeps no preposition (a dative subject's thing got). */
  bareObject?: boolean;
  /** Preposition of the object instead of the entry's ("suffered a loss of …"). */
  prep?: string;
  /** The chunk read as subject is the predicate: the clause has no subject. */
  noSubject?: boolean;
}

const DATIVE = foldKey('को');
const content = (c: Chunk): boolean => c.items.some((i) => i.kind !== 'word' && i.kind !== 'aux' && i.kind !== 'neg');
const unmarked = (c: Chunk): boolean => !c.post && content(c) && [...c.items].reverse().find((i) => i.kind !== 'adj' && i.kind !== 'word')?.kind !== 'gen';

/**
 * Frames that Hindi marks with को: a dative subject ("भाजपा को 240 सीटें मिलीं" → "BJP got 240
 * seats") and an object with a predicate ("योजना को असंवैधानिक करार दिया" → "declared the scheme
 * unconstitutional", "आतिशी को नेता चुना गया" → "Atishi was elected leader").
 */
export function applyFrame(entry: VerbEntry | undefined, subject: Chunk | undefined, rest: readonly Chunk[], lastBeforeVerb: Chunk | undefined): Frame {
  if (!entry) return {};
  const agentless = !subject || subject.post?.kind !== 'agent';
  const dative = rest.find((c) => c.post?.entry?.key === DATIVE && content(c));
  if (entry.dative && agentless && dative) {
    const thing = rest.filter((c) => c !== dative && unmarked(c)).pop();
    if (thing) return { subject: dative, object: thing, en: entry.dative, bareObject: true };
    // "निवेशकों को 15 लाख करोड़ रुपये का नुकसान हुआ" → "investors suffered a loss of Rs 15 trillion"
    const of = rest.filter((c) => c !== dative && !c.post && content(c)).pop();
    return { subject: dative, object: of, en: entry.dative, prep: of ? 'of' : undefined };
  }
  // "डेंगू के 22 नए मरीज मिले" → "22 new dengue patients were found": no one met anyone
  const withObject = entry.obj !== undefined && rest.some((c) => c.post?.entry?.key === foldKey(entry.obj ?? ''));
  // (nor with a को phrase left unread: `दुकानदार को इनाम मिलेगा` is got by someone, never "will be found")
  const anyDative = rest.some((c) => c.post?.entry?.key === DATIVE);
  if (entry.found && agentless && !anyDative && !withObject && !meets(subject)) return { en: entry.found };
  // "यह टीका स्वदेशी है" → "the vaccine is indigenous"
  if (entry.en === 'be' && lastBeforeVerb && lastBeforeVerb !== subject && unmarked(lastBeforeVerb)) return { predicate: lastBeforeVerb };
  // the predicate may have been read as the subject of a passive ("X को कप्तान चुना गया")
  const free = !subject || subject === lastBeforeVerb || subject.post?.kind === 'agent';
  if (entry.complement && dative && free && lastBeforeVerb && lastBeforeVerb !== dative && unmarked(lastBeforeVerb)) {
    return { object: dative, predicate: lastBeforeVerb, en: entry.complement, noSubject: subject === lastBeforeVerb };
  }
  return {};
}

/**
 * "X ने Y को [… सौंपने] का निर्देश दिया": the infinitive clause before the genitive that ends right
 * at a verb with `infinitive` is cut out, to be read "ordered Y to hand over …". Returns the main
 * clause's items and the infinitive clause's items, or null.
 */
export function splitInfinitive(items: readonly Item[], isGen: (it: Item) => boolean): { main: Item[]; inner: Item[] } | null {
  let v = -1;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i]?.kind === 'verb' && !items[i]?.entry?.conjunctive) { v = i; break; }
  }
  const verb = items[v];
  if (!verb?.entry?.verb?.infinitive || v < 2) return null;
  const gen = items[v - 1] as Item;
  const inf = items[v - 2] as Item;
  if (!isGen(gen) || inf.kind !== 'verb' || !/(ना|ने|नि)$/.test(foldKey(inf.text))) return null;
  // the infinitive clause starts after the agent, or after the addressee (को) of a verb that takes one
  let start = items.findIndex((i) => i.kind === 'agent') + 1;
  if (verb.entry.verb.obj !== undefined && foldKey(verb.entry.verb.obj) === DATIVE) {
    const to = items.findIndex((i, k) => k >= start && k < v - 2 && i.kind === 'post' && i.entry?.key === DATIVE && items[k - 1]?.kind !== 'punct');
    if (to >= 0) start = to + 1;
  }
  if (start <= 0 || start >= v - 2) return null;
  return { main: [...items.slice(0, start), ...items.slice(v)], inner: items.slice(start, v - 1) };
}

const BOTH = foldKey('दोनों');

/** A subject that can meet: people, offices, bodies, or more than one of anything (मोदी और बाइडन, दोनों देशों के मंत्री). */
function meets(subject: Chunk | undefined): boolean {
  if (!subject) return true;
  return subject.items.some((i) => i.kind === 'conj' || i.kind === 'role' || i.kind === 'inst' || (i.kind === 'mention' && i.mention?.kind !== 'place') || foldKey(i.text) === BOTH);
}
