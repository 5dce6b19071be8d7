import { foldKey } from '../text/devanagari.js';
import type { Chunk } from './clause-frames.js';
import type { Item } from './tokens.js';

const CHUNK_END = new Set(['post', 'agent', 'according']);

const HEADS = new Set(['role', 'inst', 'noun', 'number']);

/** Demonstratives that open a topicalised object (यह जानकारी, इसकी सूचना). */
const DEMONSTRATIVE = new Set(['यह', 'यही', 'ये', 'इस', 'इसी', 'इसकी', 'इसका', 'इसके', 'उसकी', 'उसका', 'उसके', 'वह'].map(foldKey));

/** Nouns of a contest a genitive owns across `Y पर` (मेघालय की राजस्थान पर जीत). */
const CONTEST = /^(?:जीत|हार|बढ़त|विजय)(?![\p{L}\p{M}])/u;

/** Postpositions of an opponent: a genitive's name before one never owns the name after it. */
const AGAINST = new Set(['के खिलाफ', 'के विरुद्ध', 'के ख़िलाफ़']);

/** English of nouns that a place name right after stands in apposition to (राजधानी दिल्ली = the capital, Delhi). */
const APPOSITION = /^(?:capital|city|district|state|village|town|country|metropolis|area)$/u;

/**
 * Two noun phrases side by side with no postposition between them ("पुतिन उत्तर कोरिया पहुंचे",
 * "पुतिन विदेश मंत्री लावरोव के साथ"): a new phrase starts at a name or title that follows a
 * name, or at a place after a title or noun. Places listed before "और" stay one list.
 */
function startsNewPhrase(prev: Item | undefined, it: Item, rest: readonly Item[], before: readonly Item[] = []): boolean {
  if (!prev) return false;
  if (it.converted) return true;
  const pm = prev.mention;
  // "मेघालय की राजस्थान पर जीत": a name's genitive before a name of its own kind and पर owns the
  // noun further on (Meghalaya's win over Rajasthan), never the second name (no "Meghalaya's Rajasthan")
  const owner = before[before.length - 2]?.mention;
  // (with में it is a place in a place: दक्षिण अफ्रीका के जोहान्सबर्ग में)
  // — before a win, defeat or lead, or where the second name is not one inside the first (`दिल्ली के जंतर मंतर पर
  // प्रदर्शन`: Jantar Mantar, New Delhi is a place in Delhi)
  const contest = rest.slice(1, 3).some((r) => CONTEST.test(r.text));
  const inside = owner !== undefined && it.mention !== undefined && it.mention.en.includes(owner.en);
  const post = rest[0]?.kind === 'post' ? rest[0].text : '';
  // against someone (`भारत की इंग्लैंड के खिलाफ जीत`, `… की पाकिस्तान से हार`) the second name is never owned
  const split = (post === 'पर' && (contest || !inside)) || AGAINST.has(post) || (post === 'से' && contest);
  if (prev.kind === 'gen' && owner && !owner.adjective && it.mention?.kind === owner.kind && !it.mention.adjective && split) return true;
  // "पुलिस मामले की जांच": an institution as subject, then the object
  if (prev.kind === 'inst' && it.kind === 'noun' && !it.converted) return true;
  // "यह जानकारी पुलिस ने दी": a thing put first with its demonstrative, then the doer right before ने — two
  // phrases, not one subject ("Information police gave"); without the demonstrative a noun before an office is
  // a compound (जिला प्रशासन, खेल मंत्री)
  const doer = it.kind === 'role' || it.kind === 'inst' || (it.mention !== undefined && !it.mention.adjective && it.mention.kind !== 'place');
  const pointed = DEMONSTRATIVE.has(foldKey(before[before.length - 2]?.text ?? ''));
  if (prev.kind === 'noun' && !prev.converted && pointed && doer && rest[0]?.kind === 'agent') return true;
  if (it.kind === 'number' && (HEADS.has(prev.kind) || (pm !== undefined && !pm.adjective))) return true;
  const m = it.mention;
  const opensPerson = it.kind === 'role' || (m !== undefined && (m.kind === 'person' || m.adjective === true));
  // a party's or body's office (`कांग्रेस नेता`, `लोकसभा अध्यक्ष`) is one phrase: the role belongs to the name before it
  const office = it.kind === 'role' && pm !== undefined && pm.kind !== 'person';
  if (pm && !pm.adjective && !office && (opensPerson || (m && m.kind !== pm.kind))) return true;
  if (pm && m && m.kind === pm.kind && !m.adjective) return !rest.some((r) => r.kind === 'conj');
  // "भारत दुनिया की … अर्थव्यवस्था": a name, then a noun that opens a genitive phrase
  if (pm && !pm.adjective && pm.kind !== 'organisation' && it.kind === 'noun' && rest[0]?.kind === 'gen') return true;
  // Hindi adjectives precede their noun: one after a noun opens the next phrase
  if (it.kind === 'adj' && prev.kind !== 'number' && (HEADS.has(prev.kind) || (pm !== undefined && !pm.adjective))) return true;
  // "राज्य समाचार एजेंसी TASS" is one phrase; a place after a noun starts another
  // "सभी जानकारी चुनाव आयोग को": an organisation after a common noun starts another phrase
  // an unknown word between does not join them ("चक्रवात रेमल बंगाल तट से")
  // "राजधानी दिल्ली", "जिला गया": a place noun right before a place is its apposition, one phrase
  if (prev.kind === 'noun' && APPOSITION.test(prev.en) && m?.kind === 'place' && !m.adjective) return false;
  const head = prev.kind === 'word' ? [...before].reverse().find((x) => x.kind !== 'word') : prev;
  return head !== undefined && HEADS.has(head.kind) && m !== undefined && !m.adjective && (m.kind === 'place' || (m.kind === 'organisation' && head.kind === 'noun'));
}

/**
 * A comma inside a list of names of one kind that ends in और before the list's postposition
 * ("हरमनप्रीत सिंह, दिलप्रीत सिंह और मनदीप सिंह ने"): the names are one subject, not three phrases.
 */
function listComma(current: readonly Item[], items: readonly Item[], i: number): boolean {
  const it = items[i];
  if (it?.kind !== 'punct' || it.text !== ',') return false;
  // (and a list of figures: दो गोल्ड, एक सिल्वर और तीन ब्रॉन्ज जीते — one object, never "three bronze medals two gold medals")
  // (the figures' list ends at its verb: any other item closes it)
  if (current[current.length - 1]?.kind === 'number' && items[i + 1]?.kind === 'number') return conjunctionAhead(items, i, NUMBERS, false);
  // each name may carry its office (राष्ट्रपति द्रौपदी मुर्मू, उपराष्ट्रपति जगदीप धनखड़ और प्रधानमंत्री नरेंद्र मोदी से)
  const [prev, next] = [current[current.length - 1]?.mention, (items[i + 1]?.kind === 'role' ? items[i + 2] : items[i + 1])?.mention];
  if (!prev || !next || prev.kind !== next.kind || prev.adjective || next.adjective) return false;
  return conjunctionAhead(items, i, NAMES, true);
}

/** Items a list of names or of figures is made of (besides its commas). */
const NAMES: ReadonlySet<Item['kind']> = new Set(['mention', 'role', 'punct']);
const NUMBERS: ReadonlySet<Item['kind']> = new Set(['number', 'punct']);

/**
 * An और (or other conjunction) among the list's members after the comma at `i`, before the list ends (a postposition,
 * a sign other than a comma); another item refuses the list (`strict`) or ends it.
 */
function conjunctionAhead(items: readonly Item[], i: number, members: ReadonlySet<Item['kind']>, strict: boolean): boolean {
  let conj = false;
  for (let k = i + 1; k < items.length; k++) {
    const r = items[k] as Item;
    if (CHUNK_END.has(r.kind) || (r.kind === 'punct' && r.text !== ',')) break;
    if (r.kind === 'conj') conj = true;
    else if (!members.has(r.kind)) return strict ? false : conj;
  }
  return conj;
}

/** Splits items into chunks at postpositions, punctuation and phrase starts; genitives stay inside a chunk. */
export function chunk(items: readonly Item[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Item[] = [];
  items.forEach((it, i) => {
    if (CHUNK_END.has(it.kind)) {
      chunks.push({ items: current, post: it });
      current = [];
    } else if (listComma(current, items, i)) {
      current.push({ ...it, kind: 'conj' });
    } else if (it.kind === 'punct' || it.kind === 'quote' || it.kind === 'adv' || it.kind === 'rel') {
      if (current.length > 0) chunks.push({ items: current });
      current = [];
    } else {
      if (startsNewPhrase(current[current.length - 1], it, items.slice(i + 1), current) && current.length > 0) {
        chunks.push({ items: current });
        current = [];
      }
      current.push(it);
    }
  });
  if (current.length > 0) chunks.push({ items: current });
  return chunks;
}
